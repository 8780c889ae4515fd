package org.migracode.talent.portal.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.migracode.talent.core.report.Count;
import org.migracode.talent.core.report.FunnelCalculator;
import org.migracode.talent.core.report.FunnelFigures;
import org.migracode.talent.core.report.FunnelStage;
import org.migracode.talent.core.report.HalfYear;
import org.migracode.talent.core.report.ProposalHistory;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.outcomes.ReportFacts;
import org.migracode.talent.index.proposals.DeclineReason;
import org.migracode.talent.portal.reports.ReportService.FunnelReport;
import org.migracode.talent.portal.school.SchoolSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The proposal funnel (how far proposals got, conversion, exits and days per stage) per cohort,
 * company or half-year, and why proposals ended. Roles are {@link ReportService}'s.
 */
@Component
class FunnelReports {

    private final ReportFacts facts;
    private final CompanyRepository companies;
    private final JdbcTemplate jdbc;
    private final SchoolSettings school;
    private final ReportTexts texts;

    FunnelReports(ReportFacts facts, CompanyRepository companies, JdbcTemplate jdbc, SchoolSettings school, ReportTexts texts) {
        this.facts = facts;
        this.companies = companies;
        this.jdbc = jdbc;
        this.school = school;
        this.texts = texts;
    }

    FunnelReport funnel(GroupBy groupBy, Locale locale) {
        List<ReportFacts.ProposalRow> proposals = facts.proposals();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, List<ProposalHistory>> grouped = new LinkedHashMap<>();
        Map<UUID, String> cohortNames = new LinkedHashMap<>();
        facts.cohorts().forEach(c -> cohortNames.put(c.id(), c.name()));
        Map<UUID, String> companyNames = new LinkedHashMap<>();
        if (groupBy == GroupBy.COMPANY) {
            companies.findAll().forEach(c -> companyNames.put(c.getId(), c.getName()));
        }
        Function<ReportFacts.ProposalRow, String> key = switch (groupBy) {
            case COHORT -> p -> p.cohortId() == null ? "-" : p.cohortId().toString();
            case COMPANY -> p -> p.companyId().toString();
            case PERIOD -> p -> HalfYear.of(LocalDate.ofInstant(p.history().createdAt(), school.zone())).key();
        };
        List<ReportFacts.ProposalRow> sorted = new ArrayList<>(proposals);
        if (groupBy == GroupBy.COHORT) {
            List<UUID> order = new ArrayList<>(cohortNames.keySet());
            sorted.sort(Comparator.comparingInt(p -> p.cohortId() == null ? Integer.MAX_VALUE : order.indexOf(p.cohortId())));
        } else if (groupBy == GroupBy.PERIOD) {
            sorted.sort(Comparator.comparing(p -> p.history().createdAt()));
        } else {
            sorted.sort(Comparator.comparing(p -> companyNames.getOrDefault(p.companyId(), "")));
        }
        for (ReportFacts.ProposalRow p : sorted) {
            String k = key.apply(p);
            grouped.computeIfAbsent(k, x -> new ArrayList<>()).add(p.history());
            labels.computeIfAbsent(k, x -> switch (groupBy) {
                case COHORT -> p.cohortId() == null ? texts.msg("reports.noCohort", locale) : cohortNames.getOrDefault(p.cohortId(), "?");
                case COMPANY -> companyNames.getOrDefault(p.companyId(), "?");
                case PERIOD -> texts.periodLabel(HalfYear.parse(k), locale);
            });
        }
        List<FunnelFigures> figures = grouped.values().stream().map(FunnelCalculator::compute).toList();
        ReportTable table = funnelTable(figures, new ArrayList<>(labels.values()), groupBy, locale);
        FunnelFigures total = FunnelCalculator.compute(proposals.stream().map(ReportFacts.ProposalRow::history).toList());
        return new FunnelReport(LocalDate.now(), groupBy, table, funnelChart(total, locale));
    }

    /** See {@link ReportService#exitReasons}. */
    ReportTable exitReasons(Locale locale) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query("""
                select coalesce(t.reason, case when t.to_stage = 'DECLINED_BY_EMPLOYER' then p.decline_reason end) as reason,
                       count(*) as n
                from proposal_transition t join proposal p on p.id = t.proposal_id
                where t.to_stage in ('DECLINED_BY_EMPLOYER', 'WITHDRAWN_BY_GRADUATE')
                group by 1""", rs -> {
            if (rs.getString("reason") != null) {
                counts.put(rs.getString("reason"), rs.getInt("n"));
            }
        });
        List<ReportTable.Row> rows = new ArrayList<>();
        for (DeclineReason r : DeclineReason.values()) {
            rows.add(new ReportTable.Row("reason." + r.name(), texts.msg("proposals.reason." + r.name(), locale), texts.msg("reports.def.reason", locale),
                    List.of(cells().of(new Count(counts.getOrDefault(r.name(), 0))))));
        }
        return new ReportTable(texts.msg("reports.reasons.title", locale), texts.msg("reports.reasons.group", locale),
                List.of(texts.msg("reports.reasons.all", locale)), rows);
    }

    private BarChart funnelChart(FunnelFigures total, Locale locale) {
        List<FunnelStage> stages = FunnelStage.PIPELINE;
        return BarChart.of(texts.msg("reports.chart.funnel", locale), texts.msg("reports.chart.proposals", locale),
                stages.stream().map(s -> texts.msg("reports.stage." + s.name(), locale)).toList(),
                stages.stream().map(s -> cells().shown(total.reached().get(s))).toList(),
                stages.stream().map(s -> cells().display(total.reached().get(s))).toList(),
                Math.max(1, total.proposals().value()), null, null, "");
    }

    private ReportTable funnelTable(List<FunnelFigures> figures, List<String> columns, GroupBy groupBy, Locale locale) {
        List<ReportTable.Row> rows = new ArrayList<>();
        ReportTexts.Rows<FunnelFigures> add = texts.rows(rows, figures, locale);
        add.row("proposals", f -> cells().of(f.proposals()));
        for (FunnelStage s : FunnelStage.PIPELINE) {
            add.row("reached." + s.name(), f -> cells().of(f.reached().get(s)));
        }
        for (FunnelStage s : FunnelStage.PIPELINE.subList(1, FunnelStage.PIPELINE.size())) {
            add.row("conversion." + s.name(), f -> cells().of(f.conversion().get(s)));
        }
        for (FunnelStage s : FunnelStage.EXITS) {
            add.row("exit." + s.name(), f -> cells().of(f.exits().get(s)));
        }
        for (FunnelStage s : FunnelStage.PIPELINE.subList(0, FunnelStage.PIPELINE.size() - 1)) {
            add.row("daysIn." + s.name(), f -> cells().of(f.daysInStage().get(s)));
        }
        add.row("answered", f -> cells().of(f.answeredOfProposed()));
        add.row("daysToAnswer", f -> cells().of(f.daysToAnswer()));
        add.row("daysToHire", f -> cells().of(f.daysToHire()));
        return new ReportTable(texts.msg("reports.funnel.title", locale), texts.msg("reports.groupBy." + groupBy.param(), locale), columns, rows);
    }

    /** The small-group rule with the school's threshold. */
    private Cells cells() {
        return new Cells(school.suppressionThreshold());
    }
}
