package org.migracode.talent.portal.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.migracode.talent.core.report.EmploymentKind;
import org.migracode.talent.core.report.NotSeekingReason;
import org.migracode.talent.core.report.OutcomeStatus;
import org.migracode.talent.core.report.PlacementFact;
import org.migracode.talent.core.report.SalaryBand;
import org.migracode.talent.core.report.StudentFacts;
import org.migracode.talent.portal.register.FollowUpSchedule.FollowUp;
import org.migracode.talent.portal.register.FollowUpSchedule.Started;
import org.migracode.talent.portal.school.SchoolSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the register from the stored rows with a few plain queries, in a fixed order (so a report
 * built from them is the same byte for byte while the rows are). No access rules here: the
 * services that call it check roles and tenancy.
 */
@Repository
public class RegisterFacts {

    private final JdbcTemplate jdbc;
    private final SchoolSettings school;

    RegisterFacts(JdbcTemplate jdbc, SchoolSettings school) {
        this.jdbc = jdbc;
        this.school = school;
    }

    /** A graduate's check-ins with whom they are about (for staff lists). */
    public record StudentFollowUps(UUID studentId, UUID graduateId, UUID cohortId, String displayName, List<FollowUp> followUps) {
    }

    /** Every student of every cohort (or of one cohort), ordered by cohort and id. */
    public List<RegisterRecord> records(UUID onlyCohort) {
        Map<UUID, List<PlacementFact>> placements = new HashMap<>();
        Map<UUID, LocalDate> employerConfirmed = new HashMap<>();
        jdbc.query("""
                select student_outcome_id, kind, in_field, start_date, salary_band, hired_by_school,
                       (employer_confirmed_at at time zone 'UTC')::date as confirmed
                from placement where student_outcome_id is not null order by start_date, id""", rs -> {
            UUID s = rs.getObject("student_outcome_id", UUID.class);
            placements.computeIfAbsent(s, k -> new ArrayList<>()).add(new PlacementFact(EmploymentKind.valueOf(rs.getString("kind")),
                    rs.getBoolean("in_field"), rs.getObject("start_date", LocalDate.class),
                    rs.getString("salary_band") == null ? null : SalaryBand.valueOf(rs.getString("salary_band")),
                    rs.getBoolean("hired_by_school")));
            LocalDate confirmed = rs.getObject("confirmed", LocalDate.class);
            if (confirmed != null) {
                employerConfirmed.merge(s, confirmed, (a, b) -> a.isAfter(b) ? a : b);
            }
        });
        Map<UUID, LocalDate> answered = new HashMap<>();
        jdbc.query("select student_outcome_id, max(answered_on) from follow_up_answer group by student_outcome_id",
                rs -> {
                    answered.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
                });
        String where = onlyCohort == null ? "" : " where s.cohort_id = ?";
        Object[] args = onlyCohort == null ? new Object[0] : new Object[] {onlyCohort};
        return jdbc.query("""
                select s.id, s.cohort_id, c.name, s.enrolled_on, s.intends_to_seek, s.graduated_on, s.status, s.not_seeking_reason,
                       s.exclusion_reason, s.last_confirmed_on, c.start_date,
                       coalesce(c.program_length_days, greatest(c.graduation_date - c.start_date, 1)) as length
                from student_outcome s join cohort c on c.id = s.cohort_id""" + where + " order by c.graduation_date, c.name, s.id",
                (rs, i) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    StudentFacts facts = new StudentFacts(rs.getObject("start_date", LocalDate.class), rs.getInt("length"),
                            rs.getBoolean("intends_to_seek"), rs.getObject("graduated_on", LocalDate.class),
                            OutcomeStatus.valueOf(rs.getString("status")),
                            rs.getString("not_seeking_reason") == null ? null : NotSeekingReason.valueOf(rs.getString("not_seeking_reason")),
                            placements.getOrDefault(id, List.of()));
                    return new RegisterRecord(id, rs.getObject("cohort_id", UUID.class), rs.getString("name"),
                            rs.getObject("enrolled_on", LocalDate.class),
                            rs.getString("exclusion_reason") == null ? null : ExclusionReason.valueOf(rs.getString("exclusion_reason")),
                            rs.getObject("last_confirmed_on", LocalDate.class), answered.get(id), employerConfirmed.get(id), facts);
                }, args);
    }

    /** Each cohort's scheduled graduation date (the half-year the CIRR report puts it in). */
    public Map<UUID, LocalDate> cohortGraduations() {
        Map<UUID, LocalDate> out = new HashMap<>();
        jdbc.query("select id, graduation_date from cohort", rs -> {
            out.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
        });
        return out;
    }

    /**
     * The check-ins of graduates with a profile (a student who erased their account or never
     * graduated has none), each graduate's list by due date; {@code onlyGraduate} narrows to one.
     */
    public List<StudentFollowUps> followUps(UUID onlyGraduate, LocalDate today) {
        Map<UUID, List<Started>> placements = new HashMap<>();
        jdbc.query("select student_outcome_id, id, start_date from placement where student_outcome_id is not null", rs -> {
            placements.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new Started(rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class)));
        });
        Map<UUID, Set<String>> answered = new HashMap<>();
        jdbc.query("select student_outcome_id, mark, placement_id from follow_up_answer", rs -> {
            answered.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                    .add(FollowUpSchedule.key(rs.getString(2), rs.getObject(3, UUID.class)));
        });
        jdbc.query("""
                select p.student_outcome_id, ci.months, p.id from employment_check_in ci join placement p on p.id = ci.placement_id
                where p.student_outcome_id is not null""", rs -> {
            answered.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                    .add(FollowUpSchedule.key("P" + rs.getInt(2), rs.getObject(3, UUID.class)));
        });
        List<Integer> months = school.checkInMonths();
        String where = onlyGraduate == null ? "" : " and s.graduate_id = ?";
        Object[] args = onlyGraduate == null ? new Object[0] : new Object[] {onlyGraduate};
        return jdbc.query("""
                select s.id, s.graduate_id, s.cohort_id, g.display_name, s.graduated_on
                from student_outcome s join graduate_profile g on g.id = s.graduate_id
                where s.graduated_on is not null""" + where + " order by s.graduated_on, s.id",
                (rs, i) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new StudentFollowUps(id, rs.getObject("graduate_id", UUID.class), rs.getObject("cohort_id", UUID.class),
                            rs.getString("display_name"), FollowUpSchedule.of(rs.getObject("graduated_on", LocalDate.class),
                                    placements.getOrDefault(id, List.of()), months, answered.getOrDefault(id, Set.of()), today));
                }, args);
    }
}
