package org.migracode.talent.portal.graduates;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.portal.security.Viewer;

/**
 * What one feature puts on the coach's view of a graduate ({@code /graduates/{id}}), like
 * {@link org.migracode.talent.portal.home.HomeSection} for home pages: each feature renders its
 * part with its own services (which check roles) and its own fragment, so the page asks the same
 * queries as the feature's own pages.
 */
public interface GraduateFileSection {

    /**
     * This feature's part for the graduate, or empty when it has nothing for this viewer.
     *
     * @return the section; its template must define {@code th:fragment="section(data)"}
     */
    Optional<Section> section(Viewer viewer, UUID graduateId, Locale locale);

    /**
     * One part of the page.
     *
     * @param order    where it goes: lower first (the page's own parts are 10 profile, 40 proposals, 50 placements, 60 log)
     * @param template the Thymeleaf template holding {@code section(data)}
     * @param data     what the fragment renders
     */
    record Section(String id, int order, String template, Object data) {
    }
}
