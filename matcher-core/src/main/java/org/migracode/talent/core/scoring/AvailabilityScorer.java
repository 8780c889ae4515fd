package org.migracode.talent.core.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * AVAILABILITY: {@code max(0, 1 − gap / 90)} where gap is the number of days the graduate's
 * availability date falls after the reference date (the listing's start date, or today when the
 * listing has none); 1 when on time, 0 from 90 days late. Availability not stated:
 * {@value #UNKNOWN} (between on time and clearly late). Range [0, 1]; cost O(1).
 */
final class AvailabilityScorer {

    static final double UNKNOWN = 0.5;
    static final int ZERO_AT_DAYS = 90;

    private AvailabilityScorer() {
    }

    static AvailabilityFit fit(LocalDate startDate, LocalDate availableFrom, LocalDate today) {
        LocalDate reference = startDate != null ? startDate : today;
        if (availableFrom == null) {
            return new AvailabilityFit(false, 0, startDate != null);
        }
        long days = ChronoUnit.DAYS.between(reference, availableFrom);
        int gap = (int) Math.max(0, Math.min(days, Integer.MAX_VALUE));
        return new AvailabilityFit(true, gap, startDate != null);
    }

    static double value(AvailabilityFit fit) {
        if (!fit.known()) {
            return UNKNOWN;
        }
        return Math.max(0.0, 1.0 - (double) fit.gapDays() / ZERO_AT_DAYS);
    }
}
