package org.migracode.talent.portal.register;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.portal.register.FollowUpSchedule.FollowUp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One graduate's place in the register, for staff: the status at graduation (seeking, not seeking,
 * excluded with its CIRR reason), the CIRR category, whether it is documented, and every check-in
 * with where it stands. The status itself is the outcome row's (student_outcome); only the
 * exclusion reason is recorded here.
 */
@Service
@Transactional
public class RegisterStatusService {

    /** The graduate's register entry. */
    public record Entry(UUID graduateId, String displayName, String registerStatus, ExclusionReason exclusion, CirrOutcome cirr,
            boolean windowClosed, boolean documented, LocalDate lastDocumentedOn, List<FollowUp> followUps) {
    }

    private final RegisterFacts facts;
    private final JdbcTemplate jdbc;
    private final FollowUpService followUps;

    RegisterStatusService(RegisterFacts facts, JdbcTemplate jdbc, FollowUpService followUps) {
        this.facts = facts;
        this.jdbc = jdbc;
        this.followUps = followUps;
    }

    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public Entry entry(UUID graduateId) {
        Student s = student(graduateId);
        RegisterRecord r = facts.records(s.cohortId()).stream().filter(x -> x.studentId().equals(s.studentId())).findFirst()
                .orElseThrow(() -> new RegisterNotFoundException("graduate"));
        List<FollowUp> list = facts.followUps(graduateId, followUps.today()).stream().flatMap(f -> f.followUps().stream()).toList();
        return new Entry(graduateId, s.displayName(), r.registerStatus(), r.exclusion(), r.cirr(followUps.today()), r.windowClosed(followUps.today()),
                r.documentedAt180(), r.lastDocumentedOn(), list);
    }

    /** Records why a student who did not intend to seek is excluded; only for such a student (else a form error). */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public void recordExclusion(UUID graduateId, String reason) {
        Student s = student(graduateId);
        ExclusionReason r;
        try {
            r = reason == null || reason.isBlank() ? null : ExclusionReason.valueOf(reason);
        } catch (IllegalArgumentException e) {
            throw new InvalidRegisterInputException(java.util.Map.of("exclusion", "register.error.exclusion"));
        }
        if (r != null && s.intendsToSeek()) {
            throw new InvalidRegisterInputException(java.util.Map.of("exclusion", "register.error.exclusion.intends"));
        }
        jdbc.update("update student_outcome set exclusion_reason = ?, updated_at = now(), version = version + 1 where id = ?",
                r == null ? null : r.name(), s.studentId());
    }

    private record Student(UUID studentId, UUID cohortId, String displayName, boolean intendsToSeek) {
    }

    private Student student(UUID graduateId) {
        return jdbc.query("""
                select s.id, s.cohort_id, g.display_name, s.intends_to_seek from student_outcome s
                join graduate_profile g on g.id = s.graduate_id where s.graduate_id = ?""",
                (rs, i) -> new Student(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getBoolean(4)),
                graduateId).stream().findFirst().orElseThrow(() -> new RegisterNotFoundException("graduate"));
    }
}
