package org.migracode.talent.core.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One enrolled student, as the outcome report needs them: their cohort's start and program length
 * (the graduation windows are measured from the cohort's start), the intent declared at
 * enrolment, their own graduation date (null: not graduated), their outcome status and placements.
 */
public record StudentFacts(LocalDate cohortStart, int programLengthDays, boolean intendsToSeek, LocalDate graduatedOn,
        OutcomeStatus status, NotSeekingReason notSeekingReason, List<PlacementFact> placements) {

    public StudentFacts {
        Objects.requireNonNull(cohortStart, "cohortStart");
        Objects.requireNonNull(status, "status");
        if (programLengthDays < 1) {
            throw new IllegalArgumentException("program length must be at least 1 day, got " + programLengthDays);
        }
        placements = List.copyOf(placements);
    }

    /** Graduated no later than the cohort start plus 100% of the program length. */
    public boolean graduatedOnTime() {
        return graduatedOn != null && !graduatedOn.isAfter(cohortStart.plusDays(programLengthDays));
    }

    /**
     * Graduated no later than the cohort start plus 150% of the program length (rounded up to a
     * whole day); includes the on-time graduates. These are "the graduates" of every later figure.
     */
    public boolean graduatedWithin150() {
        return graduatedOn != null && !graduatedOn.isAfter(cohortStart.plusDays((programLengthDays * 3L + 1) / 2));
    }

    /**
     * The earliest in-field placement; its days after graduation (0 when it started on or before
     * the graduation day). Null when there is none or the student did not graduate.
     */
    public Integer daysToInFieldPlacement() {
        PlacementFact first = firstInField();
        if (first == null || graduatedOn == null) {
            return null;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(graduatedOn, first.startDate());
        return (int) Math.max(0, days);
    }

    /** The earliest in-field placement by start date, or null. */
    public PlacementFact firstInField() {
        return placements.stream().filter(PlacementFact::inField)
                .min(java.util.Comparator.comparing(PlacementFact::startDate)).orElse(null);
    }

    /** Placed in field with a start no later than {@code days} days after graduating. */
    public boolean placedInFieldWithin(int days) {
        Integer d = daysToInFieldPlacement();
        return d != null && d <= days;
    }
}
