package org.migracode.talent.core.report;

import java.util.List;
import java.util.Map;

/**
 * Every outcome figure of one group of students (a cohort, or the cohorts of a half-year period).
 * docs/reports.md defines each. Rates name their denominator in the field name: {@code …OfEnrolled},
 * {@code …OfGraduates} (graduated within 150%), {@code …OfSeeking} (graduates minus not seeking).
 *
 * @param window90Open true when some graduate's 90-day window had not ended on the as-of date:
 *     the figure can still grow
 */
public record OutcomeFigures(
        Count enrolled,
        Rate intendsToSeekOfEnrolled,
        Rate onTimeOfEnrolled,
        Rate within150OfEnrolled,
        Count graduates,
        Count notSeeking,
        Count seekingGraduates,
        Rate inField90OfGraduates,
        Rate inField90OfSeeking,
        Rate inField180OfGraduates,
        Rate inField180OfSeeking,
        Map<OutcomeStatus, Rate> statusOfGraduates,
        Map<NotSeekingReason, Count> notSeekingReasons,
        Map<EmploymentKind, Rate> kindOfPlaced180,
        Rate internshipsOfPlaced180,
        Rate jobsOfPlaced180,
        Count hiredBySchool,
        Median daysToPlacement,
        BandMedian medianSalaryBand,
        List<Bucket> timeToPlacement,
        Goal goal,
        boolean window90Open,
        boolean window180Open) {

    /** A bar of the time-to-placement distribution: in-field placements starting {@code fromDay}–{@code toDay} days after graduating. */
    public record Bucket(String label, int fromDay, Integer toDay, Count people) {
    }

    /**
     * The median salary band of the in-field placements that state one (lower median by band
     * order); null band and suppressed below five.
     */
    public record BandMedian(SalaryBand band, int people) {
        public boolean suppressed() {
            return Suppression.tooSmall(people);
        }

        public String display() {
            return suppressed() || band == null ? Suppression.LABEL : band.label();
        }

        public SalaryBand shown() {
            return suppressed() ? null : band;
        }
    }

    /**
     * Progress against the school's promise: {@code rate} (placed in field within 180 days, of
     * seeking graduates) against {@code targetPercent}.
     */
    public record Goal(Rate rate, int targetPercent) {
        /** Percentage points still missing (negative: above target), or null when the rate is not shown. */
        public java.math.BigDecimal gapPoints() {
            return rate.shownPercent() == null ? null : java.math.BigDecimal.valueOf(targetPercent).subtract(rate.shownPercent());
        }

        public boolean reached() {
            return rate.shownPercent() != null && rate.shownPercent().compareTo(java.math.BigDecimal.valueOf(targetPercent)) >= 0;
        }
    }
}
