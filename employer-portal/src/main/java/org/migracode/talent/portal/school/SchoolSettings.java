package org.migracode.talent.portal.school;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * What the school configured about itself. Pages show every timestamp in {@link #zone()} (and say
 * so); reports and their PDF carry {@link #name()} and the logo. An admin edits these on the
 * settings page ({@code /admin/settings}); the {@code talent.school.*} properties are the values
 * of a fresh database.
 */
public interface SchoolSettings {

    String name();

    ZoneId zone();

    Locale defaultLocale();

    /** Placement-rate goal in percent (CIRR-style reports compare against it). */
    int placementGoalPercent();

    /** Groups smaller than this are shown as "&lt;n" in anything that names groups of graduates. */
    int suppressionThreshold();

    /** Months after a placement starts at which a coach checks in with the graduate, ascending. */
    default List<Integer> checkInMonths() {
        return List.of(3, 6, 12);
    }

    /** Whether recruiters see their listings' ranking directly or only graduates a coach released. */
    default RankingPolicy rankingPolicy() {
        return RankingPolicy.DIRECT;
    }

    /** True when the school uploaded a logo ({@code GET /school/logo}). */
    default boolean hasLogo() {
        return false;
    }
}
