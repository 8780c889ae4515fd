package org.migracode.talent.index.search;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Counts over every match of a query, most frequent first.
 *
 * @param skills       skills held (taxonomy ids)
 * @param languages    languages spoken (ISO 639-1 codes)
 * @param cohorts      cohorts, with their names
 * @param availability how many can start now, within 30 and within 90 days (cumulative; no date given counts as now)
 */
public record GraduateFacets(List<TermCount> skills, List<TermCount> languages, List<CohortCount> cohorts,
                             List<AvailabilityCount> availability) {

    public GraduateFacets {
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
        cohorts = List.copyOf(cohorts);
        availability = List.copyOf(availability);
    }

    static GraduateFacets empty() {
        return new GraduateFacets(List.of(), List.of(), List.of(), List.of());
    }

    /** A facet value and how many matches have it. */
    public record TermCount(String value, long count) {
    }

    /** A cohort and how many matches belong to it. */
    public record CohortCount(UUID id, String name, long count) {
    }

    /** How many matches can start by {@code by} (the window's end). */
    public record AvailabilityCount(AvailabilityWindow window, LocalDate by, long count) {
    }

    /** The availability facet's windows, cumulative. */
    public enum AvailabilityWindow {
        NOW(0), WITHIN_30_DAYS(30), WITHIN_90_DAYS(90);

        private final int days;

        AvailabilityWindow(int days) {
            this.days = days;
        }

        public int days() {
            return days;
        }
    }
}
