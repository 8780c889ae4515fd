package org.migracode.talent.portal.reports;

import java.util.Locale;

/** What a report's columns are. Outcomes: COHORT or PERIOD; the funnel also COMPANY. */
public enum GroupBy {
    COHORT, PERIOD, COMPANY;

    static GroupBy parse(String value, GroupBy fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("groupBy must be cohort, period or company, got " + value);
        }
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
