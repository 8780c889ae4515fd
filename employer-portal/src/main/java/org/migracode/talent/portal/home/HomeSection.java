package org.migracode.talent.portal.home;

import java.util.List;
import java.util.Locale;
import org.migracode.talent.portal.security.Viewer;

/**
 * What one feature puts on the signed-in person's home page. Each feature package implements it
 * with its own services (which check roles and tenancy), so the home page asks the same queries
 * as the feature's own pages, and a card links to the page where the work is done.
 */
public interface HomeSection {

    /** The cards for this person; empty when the feature has nothing for their role. */
    List<HomeCard> cards(Viewer viewer, Locale locale);
}
