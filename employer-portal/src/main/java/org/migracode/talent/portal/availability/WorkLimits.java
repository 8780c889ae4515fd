package org.migracode.talent.portal.availability;

import java.time.LocalDate;

/**
 * The school's staff-only record of what limits a graduate's start: never shown to an employer,
 * never indexed, never an input of a score.
 *
 * @param workPermitFrom      no work before this date (a permit's start), or {@code null}
 * @param hoursAllowedPerWeek at most this many hours a week (1 to 60), or {@code null}
 * @param internshipOnly      only internships are possible
 * @param staffNote           the staff's own words (at most 2000 characters), or {@code null}
 */
record WorkLimits(LocalDate workPermitFrom, Integer hoursAllowedPerWeek, boolean internshipOnly, String staffNote) {

    static final WorkLimits NONE = new WorkLimits(null, null, false, null);
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** @throws IllegalArgumentException naming the field of a value out of range */
    WorkLimits {
        if (workPermitFrom != null && (workPermitFrom.isBefore(EARLIEST) || workPermitFrom.isAfter(LATEST))) {
            throw new IllegalArgumentException("workPermitFrom: must be between " + EARLIEST + " and " + LATEST);
        }
        if (hoursAllowedPerWeek != null && (hoursAllowedPerWeek < 1 || hoursAllowedPerWeek > 60)) {
            throw new IllegalArgumentException("hoursAllowedPerWeek: a whole number from 1 to 60");
        }
        staffNote = staffNote == null || staffNote.isBlank() ? null : staffNote.strip();
        if (staffNote != null && (staffNote.length() > 2000 || staffNote.indexOf('\u0000') >= 0)) {
            throw new IllegalArgumentException("staffNote: at most 2000 characters, without control characters");
        }
    }
}
