package org.migracode.talent.portal.school;

import java.time.ZoneId;
import java.util.Locale;

/**
 * What the school configured about itself. Pages show every timestamp in {@link #zone()} (and say
 * so); reports and their PDF carry {@link #name()}.
 */
public interface SchoolSettings {

    String name();

    ZoneId zone();

    Locale defaultLocale();

    /** Placement-rate goal in percent (CIRR-style reports compare against it). */
    int placementGoalPercent();

    /** Groups smaller than this are shown as "&lt;n" in anything that names groups of graduates. */
    int suppressionThreshold();
}
