package org.migracode.talent.portal.school;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** One consistent set of the school's settings, as stored (or as the properties give them). */
public record Settings(String name, ZoneId zone, Locale defaultLocale, int placementGoalPercent, int suppressionThreshold,
        List<Integer> checkInMonths, RankingPolicy rankingPolicy, boolean hasLogo, long version) implements SchoolSettings {

    public Settings {
        checkInMonths = List.copyOf(checkInMonths);
    }

    static Settings of(SchoolSettings s) {
        return new Settings(s.name(), s.zone(), s.defaultLocale(), s.placementGoalPercent(), s.suppressionThreshold(),
                s.checkInMonths(), s.rankingPolicy(), false, 0);
    }
}
