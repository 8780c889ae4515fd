package org.migracode.talent.index.fairness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migracode.talent.core.metrics.AdverseImpact;
import org.migracode.talent.core.metrics.GroupImpact;
import org.migracode.talent.core.metrics.GroupOutcome;
import org.migracode.talent.index.fairness.FairnessReport.GroupRow;
import org.migracode.talent.index.fairness.FairnessReport.StepImpact;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's fairness report: for each self-declared group, how many were proposed (of all who
 * declared), how many of those reached an interview, and how many of those were hired, with the
 * four-fifths ratio of {@link AdverseImpact} and its flag below {@value AdverseImpact#THRESHOLD}.
 * Groups of fewer than {@value AdverseImpact#DEFAULT_MIN_GROUP_SIZE} at a step are suppressed.
 * "Prefer not to say" and missing answers form no group. One SQL aggregate per dimension over
 * {@code proposal} and {@code proposal_transition} (V2); no person-level row leaves the database.
 */
@Service
public class FairnessMonitor {

    /** Stages that mean the graduate was interviewed (reaching a later stage implies it). */
    static final String INTERVIEW_STAGES = "('INTERVIEWING', 'OFFER', 'HIRED')";

    private final JdbcTemplate jdbc;

    public FairnessMonitor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public FairnessReport report() {
        Integer declared = jdbc.queryForObject("select count(*) from fairness_declaration", Integer.class);
        Map<String, List<StepImpact>> dimensions = new LinkedHashMap<>();
        dimensions.put("gender", dimension("gender"));
        dimensions.put("region", dimension("region"));
        return new FairnessReport(declared == null ? 0 : declared, dimensions);
    }

    private List<StepImpact> dimension(String column) {
        if (!column.equals("gender") && !column.equals("region")) {
            throw new IllegalArgumentException("no dimension " + column);
        }
        String sql = "with people as (select d." + column + " as grp,"
                + " exists (select 1 from proposal p where p.graduate_id = d.graduate_id) as proposed,"
                + " exists (select 1 from proposal p where p.graduate_id = d.graduate_id and (p.stage in " + INTERVIEW_STAGES
                + "   or exists (select 1 from proposal_transition t where t.proposal_id = p.id and t.to_stage in "
                + INTERVIEW_STAGES + "))) as interviewed,"
                + " exists (select 1 from proposal p where p.graduate_id = d.graduate_id and p.stage = 'HIRED') as hired"
                + " from fairness_declaration d where d." + column + " is not null and d." + column + " <> 'PREFER_NOT_TO_SAY')"
                + " select grp, count(*), count(*) filter (where proposed), count(*) filter (where proposed and interviewed),"
                + " count(*) filter (where proposed and interviewed and hired) from people group by grp order by grp";
        List<GroupOutcome> proposed = new ArrayList<>();
        List<GroupOutcome> interviewed = new ArrayList<>();
        List<GroupOutcome> hired = new ArrayList<>();
        jdbc.query(sql, rs -> {
            String group = rs.getString(1);
            int all = rs.getInt(2);
            int p = rs.getInt(3);
            int i = rs.getInt(4);
            int h = rs.getInt(5);
            proposed.add(new GroupOutcome(group, all, p));
            interviewed.add(new GroupOutcome(group, p, i));
            hired.add(new GroupOutcome(group, i, h));
        });
        return List.of(step("PROPOSED", proposed), step("INTERVIEWED", interviewed), step("HIRED", hired));
    }

    private static StepImpact step(String name, List<GroupOutcome> outcomes) {
        List<GroupRow> rows = new ArrayList<>();
        for (GroupImpact g : AdverseImpact.analyse(outcomes)) {
            rows.add(g.suppressed()
                    ? new GroupRow(g.group(), true, null, null, null, null, false)
                    : new GroupRow(g.group(), false, g.considered(), g.selected(), g.selectionRate().getAsDouble(),
                            g.impactRatio().getAsDouble(), g.flagged()));
        }
        return new StepImpact(name, rows);
    }
}
