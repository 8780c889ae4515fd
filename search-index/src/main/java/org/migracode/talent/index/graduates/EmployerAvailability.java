package org.migracode.talent.index.graduates;

import java.time.LocalDate;

/**
 * When and how much a graduate can work, as an employer may see it and the matcher filters on it:
 * the earliest start, whether an internship, a part-time or a full-time job is possible, and the
 * hours per week. Built from the graduate's own wishes and what the school's staff-only work
 * limits imply ({@link GraduateProfile#applyWorkLimits}), never from the limits' reasons.
 *
 * @param startFrom    the earliest start, or {@code null}: now
 * @param internship   an internship is possible and wanted
 * @param partTime     a part-time job is possible and wanted
 * @param fullTime     a full-time job is possible and wanted: jobs wanted, allowed, and no weekly limit below
 *                     {@value #FULL_TIME_HOURS} hours
 * @param hoursPerWeek at most this many hours a week, or {@code null}: no limit known
 */
public record EmployerAvailability(LocalDate startFrom, boolean internship, boolean partTime, boolean fullTime, Integer hoursPerWeek) {

    /** The weekly hours of a full-time job in Spain (Estatuto de los Trabajadores, art. 34). */
    public static final int FULL_TIME_HOURS = 40;

    public static EmployerAvailability of(GraduateProfile g) {
        boolean jobs = g.isWantsJob() && g.isJobsEligible();
        Integer hours = g.getHoursPerWeek();
        return new EmployerAvailability(g.getEarliestStart(), g.isWantsInternship(), jobs,
                jobs && (hours == null || hours >= FULL_TIME_HOURS), hours);
    }
}
