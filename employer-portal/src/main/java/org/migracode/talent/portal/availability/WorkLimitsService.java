package org.migracode.talent.portal.availability;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.index.graduates.EmployerAvailability;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.portal.audit.AuditRecorder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes a graduate's work limits (staff only) and keeps what they imply on the profile
 * in step, in the same transaction: the earliest start, the weekly hours, whether a job is
 * possible. The index and the matcher see the new availability when the transaction commits.
 */
@Service
@PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
class WorkLimitsService {

    private final JdbcTemplate jdbc;
    private final GraduateRepository graduates;
    private final AuditRecorder audit;
    private final Clock clock;

    WorkLimitsService(JdbcTemplate jdbc, GraduateRepository graduates, AuditRecorder audit, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.graduates = graduates;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The limits and what employers see, with the graduate's name. Recorded as a profile view. */
    record View(UUID graduateId, String displayName, WorkLimits limits, EmployerAvailability shown) {
    }

    @Transactional(readOnly = true)
    public View get(UUID graduateId) {
        GraduateProfile g = graduates.findById(graduateId).orElseThrow(GraduateUnknown::new);
        audit.profileViewed(graduateId);
        return new View(graduateId, g.getDisplayName(), limits(graduateId), EmployerAvailability.of(g));
    }

    @Transactional
    public View save(UUID graduateId, WorkLimits limits) {
        GraduateProfile g = graduates.findById(graduateId).orElseThrow(GraduateUnknown::new);
        jdbc.update("""
                insert into graduate_work_limits (graduate_id, work_permit_from, hours_allowed_per_week, internship_only, staff_note,
                    updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (graduate_id) do update set work_permit_from = excluded.work_permit_from,
                    hours_allowed_per_week = excluded.hours_allowed_per_week, internship_only = excluded.internship_only,
                    staff_note = excluded.staff_note, updated_at = excluded.updated_at, updated_by = excluded.updated_by""",
                graduateId, limits.workPermitFrom() == null ? null : Date.valueOf(limits.workPermitFrom()), limits.hoursAllowedPerWeek(),
                limits.internshipOnly(), limits.staffNote(), Timestamp.from(clock.instant()), AuditRecorder.currentActor().accountId());
        g.applyWorkLimits(limits.workPermitFrom(), limits.hoursAllowedPerWeek(), !limits.internshipOnly());
        graduates.flush();
        audit.profileViewed(graduateId);
        return new View(graduateId, g.getDisplayName(), limits, EmployerAvailability.of(g));
    }

    WorkLimits limits(UUID graduateId) {
        List<WorkLimits> found = jdbc.query("""
                select work_permit_from, hours_allowed_per_week, internship_only, staff_note from graduate_work_limits
                where graduate_id = ?""", (rs, i) -> new WorkLimits(rs.getObject(1, java.time.LocalDate.class),
                (Integer) rs.getObject(2, Integer.class), rs.getBoolean(3), rs.getString(4)), graduateId);
        return found.isEmpty() ? WorkLimits.NONE : found.get(0);
    }

    /** No graduate with this id. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    static class GraduateUnknown extends RuntimeException {
        GraduateUnknown() {
            super("There is no graduate with this id.");
        }
    }
}
