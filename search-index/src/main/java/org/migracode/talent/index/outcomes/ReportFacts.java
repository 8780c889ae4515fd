package org.migracode.talent.index.outcomes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.core.report.CheckInFigures;
import org.migracode.talent.core.report.CheckInStatus;
import org.migracode.talent.core.report.EmploymentKind;
import org.migracode.talent.core.report.FunnelStage;
import org.migracode.talent.core.report.NotSeekingReason;
import org.migracode.talent.core.report.OutcomeStatus;
import org.migracode.talent.core.report.PlacementFact;
import org.migracode.talent.core.report.ProposalHistory;
import org.migracode.talent.core.report.SalaryBand;
import org.migracode.talent.core.report.StudentFacts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads what the reports compute from, with plain SQL (a few queries per report, no entity
 * graphs): cohorts, students with their placements, proposals with their stage history, and
 * check-ins. Everything it returns is already in matcher-core's report types.
 */
@Repository
public class ReportFacts {

    private final JdbcTemplate jdbc;

    public ReportFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A cohort as the reports need it. {@code publishedAt} is null until an admin publishes its report. */
    public record CohortRow(UUID id, String name, LocalDate startDate, LocalDate graduationDate, int programLengthDays,
            Instant publishedAt) {
    }

    /** A student's facts, with their cohort. */
    public record StudentRow(UUID cohortId, StudentFacts facts) {
    }

    /** A proposal's history with what the funnel groups by. */
    public record ProposalRow(UUID id, UUID companyId, UUID cohortId, ProposalHistory history) {
    }

    /** Every cohort, oldest graduation first. */
    public List<CohortRow> cohorts() {
        return jdbc.query("""
                select c.id, c.name, c.start_date, c.graduation_date,
                       coalesce(c.program_length_days, greatest(c.graduation_date - c.start_date, 1)) as length, p.published_at
                from cohort c left join cohort_report_publication p on p.cohort_id = c.id
                order by c.graduation_date, c.name""",
                (rs, i) -> new CohortRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("start_date", LocalDate.class),
                        rs.getObject("graduation_date", LocalDate.class), rs.getInt("length"), instant(rs, "published_at")));
    }

    /** The students of every cohort, each with their placements. */
    public List<StudentRow> students() {
        Map<UUID, List<PlacementFact>> byStudent = new HashMap<>();
        jdbc.query("""
                select student_outcome_id, kind, in_field, start_date, salary_band, hired_by_school
                from placement where student_outcome_id is not null""", rs -> {
            byStudent.computeIfAbsent(rs.getObject("student_outcome_id", UUID.class), k -> new ArrayList<>())
                    .add(new PlacementFact(EmploymentKind.valueOf(rs.getString("kind")), rs.getBoolean("in_field"),
                            rs.getObject("start_date", LocalDate.class),
                            rs.getString("salary_band") == null ? null : SalaryBand.valueOf(rs.getString("salary_band")),
                            rs.getBoolean("hired_by_school")));
        });
        return jdbc.query("""
                select s.id, s.cohort_id, s.intends_to_seek, s.graduated_on, s.status, s.not_seeking_reason, c.start_date,
                       coalesce(c.program_length_days, greatest(c.graduation_date - c.start_date, 1)) as length
                from student_outcome s join cohort c on c.id = s.cohort_id order by s.cohort_id, s.id""",
                (rs, i) -> new StudentRow(rs.getObject("cohort_id", UUID.class), new StudentFacts(
                        rs.getObject("start_date", LocalDate.class), rs.getInt("length"), rs.getBoolean("intends_to_seek"),
                        rs.getObject("graduated_on", LocalDate.class), OutcomeStatus.valueOf(rs.getString("status")),
                        rs.getString("not_seeking_reason") == null ? null : NotSeekingReason.valueOf(rs.getString("not_seeking_reason")),
                        byStudent.getOrDefault(rs.getObject("id", UUID.class), List.of()))));
    }

    /**
     * Every proposal with its stage history. The stage it was created in is the target of its
     * first transition without a {@code from_stage}, or else follows from who started it.
     */
    public List<ProposalRow> proposals() {
        record Head(UUID companyId, UUID cohortId, Instant createdAt, String origin) {
        }
        Map<UUID, Head> heads = new LinkedHashMap<>();
        jdbc.query("""
                select p.id, p.company_id, g.cohort_id, p.created_at, p.origin
                from proposal p left join graduate_profile g on g.id = p.graduate_id order by p.created_at, p.id""",
                rs -> {
                    heads.put(rs.getObject("id", UUID.class), new Head(rs.getObject("company_id", UUID.class),
                            rs.getObject("cohort_id", UUID.class), instant(rs, "created_at"), rs.getString("origin")));
                });
        Map<UUID, List<ProposalHistory.Move>> moves = new HashMap<>();
        Map<UUID, FunnelStage> createdIn = new HashMap<>();
        jdbc.query("select proposal_id, from_stage, to_stage, at from proposal_transition order by at, id", rs -> {
            UUID id = rs.getObject("proposal_id", UUID.class);
            FunnelStage to = FunnelStage.valueOf(rs.getString("to_stage"));
            if (rs.getString("from_stage") == null) {
                createdIn.putIfAbsent(id, to);
            } else {
                moves.computeIfAbsent(id, k -> new ArrayList<>()).add(new ProposalHistory.Move(to, instant(rs, "at")));
            }
        });
        List<ProposalRow> out = new ArrayList<>();
        heads.forEach((id, h) -> {
            FunnelStage created = createdIn.getOrDefault(id,
                    "RECRUITER".equals(h.origin()) ? FunnelStage.EMPLOYER_INTERESTED : FunnelStage.PROPOSED);
            out.add(new ProposalRow(id, h.companyId(), h.cohortId(),
                    new ProposalHistory(h.createdAt(), created, moves.getOrDefault(id, List.of()))));
        });
        return out;
    }

    /** The check-ins of the placements at one company. */
    public List<CheckInFigures.CheckIn> checkInsAt(UUID companyId) {
        return jdbc.query("""
                select ci.months, ci.status from employment_check_in ci join placement p on p.id = ci.placement_id
                where p.company_id = ?""",
                (rs, i) -> new CheckInFigures.CheckIn(rs.getInt("months"), CheckInStatus.valueOf(rs.getString("status"))),
                companyId);
    }

    /** Placements at one company by kind. */
    public Map<EmploymentKind, Integer> placementKindsAt(UUID companyId) {
        Map<EmploymentKind, Integer> out = new LinkedHashMap<>();
        jdbc.query("select kind, count(*) as n from placement where company_id = ? group by kind", rs -> {
            out.put(EmploymentKind.valueOf(rs.getString("kind")), rs.getInt("n"));
        }, companyId);
        return out;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
