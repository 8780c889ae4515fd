package org.migracode.talent.core.scoring;

/**
 * When the graduate can start compared with when the listing needs someone.
 *
 * @param known            the graduate stated an availability date
 * @param gapDays          days between the reference date and the availability date, 0 when on time or unknown
 * @param againstStartDate the reference is the listing's start date; otherwise it is today
 */
public record AvailabilityFit(boolean known, int gapDays, boolean againstStartDate) {

    public AvailabilityFit {
        if (gapDays < 0) {
            throw new IllegalArgumentException("availability gap must not be negative, got " + gapDays);
        }
        if (!known && gapDays != 0) {
            throw new IllegalArgumentException("availability gap must be 0 when availability is unknown, got " + gapDays);
        }
    }
}
