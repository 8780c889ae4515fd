package org.migracode.talent.portal.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.migracode.talent.core.report.EmploymentKind;
import org.migracode.talent.core.report.HalfYear;
import org.migracode.talent.core.report.NotSeekingReason;
import org.migracode.talent.core.report.OutcomeCalculator;
import org.migracode.talent.core.report.OutcomeFigures;
import org.migracode.talent.core.report.OutcomeStatus;
import org.migracode.talent.core.report.Rate;
import org.migracode.talent.core.report.StudentFacts;
import org.migracode.talent.index.outcomes.ReportFacts;
import org.migracode.talent.index.outcomes.ReportFacts.CohortRow;
import org.migracode.talent.portal.register.RegisterReportService;
import org.migracode.talent.portal.reports.ReportService.Group;
import org.migracode.talent.portal.reports.ReportService.OutcomeReport;
import org.migracode.talent.portal.school.SchoolSettings;
import org.springframework.stereotype.Component;

/**
 * The outcome report (CIRR-style figures per cohort or half-year, the time-to-placement
 * distribution and their charts) from {@link ReportFacts} and matcher-core's
 * {@link OutcomeCalculator}. Roles and tenancy are {@link ReportService}'s.
 */
@Component
class OutcomeReports {

    private final ReportFacts facts;
    private final RegisterReportService register;
    private final SchoolSettings school;
    private final ReportTexts texts;

    OutcomeReports(ReportFacts facts, RegisterReportService register, SchoolSettings school, ReportTexts texts) {
        this.facts = facts;
        this.register = register;
        this.school = school;
        this.texts = texts;
    }

    /**
     * @param publishedOnly only cohorts whose report is published (the public page)
     * @param staff         with the staff-only breakdowns (reasons for not seeking)
     */
    OutcomeReport build(GroupBy groupBy, String period, boolean publishedOnly, boolean staff, Locale locale) {
        if (groupBy == GroupBy.COMPANY) {
            throw new IllegalArgumentException("the outcome report groups by cohort or period, not by company");
        }
        HalfYear only = period == null || period.isBlank() ? null : HalfYear.parse(period.strip());
        LocalDate asOf = LocalDate.now();
        List<CohortRow> cohorts = facts.cohorts().stream()
                .filter(c -> !publishedOnly || c.publishedAt() != null)
                .filter(c -> only == null || only.contains(c.graduationDate())).toList();
        Map<UUID, List<StudentFacts>> byCohort = new LinkedHashMap<>();
        for (ReportFacts.StudentRow s : facts.students()) {
            byCohort.computeIfAbsent(s.cohortId(), k -> new ArrayList<>()).add(s.facts());
        }
        Map<UUID, Rate> documented = register.documentedByCohort(asOf);
        List<Group> groups = new ArrayList<>();
        if (groupBy == GroupBy.COHORT) {
            for (CohortRow c : cohorts) {
                groups.add(new Group(c.id().toString(), c.name(), c.id(), c.publishedAt() != null,
                        OutcomeCalculator.compute(byCohort.getOrDefault(c.id(), List.of()), asOf),
                        documented.getOrDefault(c.id(), new Rate(0, 0))));
            }
        } else {
            Map<HalfYear, List<StudentFacts>> byPeriod = new TreeMap<>();
            Map<HalfYear, int[]> documentedByPeriod = new TreeMap<>();
            for (CohortRow c : cohorts) {
                byPeriod.computeIfAbsent(HalfYear.of(c.graduationDate()), k -> new ArrayList<>())
                        .addAll(byCohort.getOrDefault(c.id(), List.of()));
                Rate d = documented.getOrDefault(c.id(), new Rate(0, 0));
                int[] sum = documentedByPeriod.computeIfAbsent(HalfYear.of(c.graduationDate()), k -> new int[2]);
                sum[0] += d.numerator();
                sum[1] += d.denominator();
            }
            byPeriod.forEach((h, students) -> groups.add(new Group(h.key(), texts.periodLabel(h, locale), null, false,
                    OutcomeCalculator.compute(students, asOf),
                    new Rate(documentedByPeriod.get(h)[0], documentedByPeriod.get(h)[1]))));
        }
        ReportTable figures = outcomeTable(groups, groupBy, staff, locale);
        ReportTable distribution = distributionTable(groups, groupBy, locale);
        OutcomeFigures total = OutcomeCalculator.compute(
                cohorts.stream().flatMap(c -> byCohort.getOrDefault(c.id(), List.of()).stream()).toList(), asOf);
        BarChart rateChart = BarChart.of(texts.msg("reports.chart.rate", locale), texts.msg("reports.chart.rate.series", locale),
                groups.stream().map(Group::label).toList(),
                groups.stream().map(g -> cells().shownPercent(g.figures().inField180OfSeeking())).toList(),
                groups.stream().map(g -> cells().display(g.figures().inField180OfSeeking())).toList(), 100,
                (double) school.placementGoalPercent(), texts.msg("reports.chart.goal", locale, school.placementGoalPercent()), "%");
        BarChart distributionChart = BarChart.of(texts.msg("reports.chart.distribution", locale), texts.msg("reports.chart.people", locale),
                total.timeToPlacement().stream().map(OutcomeFigures.Bucket::label).toList(),
                total.timeToPlacement().stream().map(b -> cells().shown(b.people())).toList(),
                total.timeToPlacement().stream().map(b -> cells().display(b.people())).toList(),
                Math.max(1, total.timeToPlacement().stream().mapToInt(b -> b.people().value()).max().orElse(1)), null, null, "");
        return new OutcomeReport(asOf, groupBy, only == null ? null : only.key(), groups, figures, distribution, rateChart,
                distributionChart);
    }

    private ReportTable outcomeTable(List<Group> groups, GroupBy groupBy, boolean staff, Locale locale) {
        List<ReportTable.Row> rows = new ArrayList<>();
        ReportTexts.Rows<OutcomeFigures> add = texts.rows(rows, groups.stream().map(Group::figures).toList(), locale);
        add.row("enrolled", f -> cells().of(f.enrolled()));
        add.row("intends", f -> cells().of(f.intendsToSeekOfEnrolled()));
        add.row("onTime", f -> cells().of(f.onTimeOfEnrolled()));
        add.row("within150", f -> cells().of(f.within150OfEnrolled()));
        add.row("graduates", f -> cells().of(f.graduates()));
        add.row("notSeeking", f -> cells().of(f.notSeeking()));
        add.row("inField90All", f -> cells().of(f.inField90OfGraduates()));
        add.row("inField90Seeking", f -> cells().of(f.inField90OfSeeking()));
        add.row("inField180All", f -> cells().of(f.inField180OfGraduates()));
        add.row("inField180Seeking", f -> cells().of(f.inField180OfSeeking()));
        // CIRR's documented share sits next to the headline rate (the rest is "non-reporting")
        rows.add(new ReportTable.Row("documented180", texts.msg("reports.fig.documented180", locale), texts.definition("documented180", locale),
                groups.stream().map(g -> cells().of(g.documented())).toList()));
        int goal = school.placementGoalPercent();
        add.row("goal", f -> {
            BigDecimal gap = cells().gapPoints(f.goal().rate(), goal);
            return gap == null ? cells().suppressedCell()
                    : CellView.text(gap.signum() <= 0 ? texts.msg("reports.goal.reached", locale, goal)
                            : texts.msg("reports.goal.gap", locale, gap.toPlainString(), goal));
        });
        add.row("window", f -> CellView.text(texts.msg(f.window180Open() ? "reports.window.open" : "reports.window.closed", locale)));
        for (OutcomeStatus s : OutcomeStatus.values()) {
            add.row("status." + s.name(), f -> cells().of(f.statusOfGraduates().get(s)));
        }
        if (staff) {
            for (NotSeekingReason r : NotSeekingReason.values()) {
                add.row("reason." + r.name(), f -> cells().of(f.notSeekingReasons().get(r)));
            }
        }
        for (EmploymentKind k : EmploymentKind.values()) {
            add.row("kind." + k.name(), f -> cells().of(f.kindOfPlaced180().get(k)));
        }
        add.row("internships", f -> cells().of(f.internshipsOfPlaced180()));
        add.row("jobs", f -> cells().of(f.jobsOfPlaced180()));
        add.row("hiredBySchool", f -> cells().of(f.hiredBySchool()));
        add.row("medianDays", f -> cells().of(f.daysToPlacement()));
        add.row("medianSalary", f -> cells().of(f.medianSalaryBand()));
        return new ReportTable(texts.msg("reports.outcomes.title", locale), texts.msg("reports.groupBy." + groupBy.param(), locale),
                groups.stream().map(Group::label).toList(), rows);
    }

    private ReportTable distributionTable(List<Group> groups, GroupBy groupBy, Locale locale) {
        List<ReportTable.Row> rows = new ArrayList<>();
        int buckets = groups.isEmpty() ? 0 : groups.get(0).figures().timeToPlacement().size();
        List<OutcomeFigures.Bucket> template = OutcomeCalculator.compute(List.of(), LocalDate.now()).timeToPlacement();
        for (int i = 0; i < Math.max(buckets, template.size()); i++) {
            int at = i;
            rows.add(new ReportTable.Row("days." + template.get(i).label(), texts.msg("reports.days", locale, template.get(i).label()),
                    texts.msg("reports.def.distribution", locale),
                    groups.stream().map(g -> cells().of(g.figures().timeToPlacement().get(at).people())).toList()));
        }
        return new ReportTable(texts.msg("reports.distribution.title", locale), texts.msg("reports.groupBy." + groupBy.param(), locale),
                groups.stream().map(Group::label).toList(), rows);
    }

    /** The small-group rule with the school's threshold. */
    private Cells cells() {
        return new Cells(school.suppressionThreshold());
    }
}
