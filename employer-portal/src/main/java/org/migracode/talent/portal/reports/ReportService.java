package org.migracode.talent.portal.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.migracode.talent.core.report.CheckInFigures;
import org.migracode.talent.core.report.CheckInStatus;
import org.migracode.talent.core.report.Count;
import org.migracode.talent.core.report.EmploymentKind;
import org.migracode.talent.core.report.FunnelCalculator;
import org.migracode.talent.core.report.FunnelFigures;
import org.migracode.talent.core.report.FunnelStage;
import org.migracode.talent.core.report.HalfYear;
import org.migracode.talent.core.report.NotSeekingReason;
import org.migracode.talent.core.report.OutcomeCalculator;
import org.migracode.talent.core.report.OutcomeFigures;
import org.migracode.talent.core.report.OutcomeStatus;
import org.migracode.talent.core.report.ProposalHistory;
import org.migracode.talent.core.report.Rate;
import org.migracode.talent.core.report.StudentFacts;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.placement.ReportFacts;
import org.migracode.talent.index.placement.ReportFacts.CohortRow;
import org.migracode.talent.portal.register.RegisterReportService;
import org.migracode.talent.portal.school.SchoolSettings;
import org.migracode.talent.portal.school.StoredSchoolSettings;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds every report as {@link ReportTable}s (and charts) from {@link ReportFacts} and
 * matcher-core's calculators. Roles by method security; tenancy here: a recruiter gets only their
 * own company's report, any other company answers 404.
 */
@Service
@Transactional(readOnly = true)
class ReportService {

    private final ReportFacts facts;
    private final CompanyRepository companies;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final SchoolSettings school;
    private final RegisterReportService register;

    ReportService(ReportFacts facts, CompanyRepository companies, JdbcTemplate jdbc, MessageSource messages, SchoolSettings school,
            RegisterReportService register) {
        this.school = school;
        this.register = register;
        this.facts = facts;
        this.companies = companies;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** The outcome report: one table of figures, one of the time-to-placement distribution, charts. */
    record OutcomeReport(LocalDate asOf, GroupBy groupBy, String period, List<Group> groups, ReportTable figures,
            ReportTable distribution, BarChart rateChart, BarChart distributionChart) {
    }

    /**
     * A column of the outcome report with its figures; {@code cohortId} and {@code published} only per
     * cohort; {@code documented}: graduates with a documented status at day 180 of those whose window closed.
     */
    record Group(String key, String label, UUID cohortId, boolean published, OutcomeFigures figures, Rate documented) {
    }

    record FunnelReport(LocalDate asOf, GroupBy groupBy, ReportTable figures, BarChart chart) {
    }

    /** A company's report; {@code notes} explain its denominators in sentences. */
    record CompanyReport(LocalDate asOf, UUID companyId, String companyName, ReportTable figures, ReportTable checkIns,
            BarChart chart, List<String> notes) {
    }

    String schoolName() {
        return school.name();
    }

    /** The uploaded logo's bytes, or null. */
    byte[] schoolLogo() {
        return school instanceof StoredSchoolSettings stored ? stored.logo().map(StoredSchoolSettings.Logo::bytes).orElse(null) : null;
    }

    /** The small-group rule with the school's threshold. */
    Cells cells() {
        return new Cells(school.suppressionThreshold());
    }

    // --- outcomes -------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public OutcomeReport outcomes(GroupBy groupBy, String period, Locale locale) {
        return outcomeReport(groupBy, period, false, true, locale);
    }

    /** The published cohort reports, for everyone: aggregates only, no staff-only breakdowns. */
    public OutcomeReport published(Locale locale) {
        return outcomeReport(GroupBy.COHORT, null, true, false, locale);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void publish(UUID cohortId, UUID accountId, boolean published) {
        Integer exists = jdbc.queryForObject("select count(*) from cohort where id = ?", Integer.class, cohortId);
        if (exists == null || exists == 0) {
            throw new ReportNotFoundException("cohort");
        }
        if (published) {
            jdbc.update("""
                    insert into cohort_report_publication (cohort_id, published_at, published_by) values (?, now(), ?)
                    on conflict (cohort_id) do update set published_at = now(), published_by = excluded.published_by""",
                    cohortId, accountId);
        } else {
            jdbc.update("delete from cohort_report_publication where cohort_id = ?", cohortId);
        }
    }

    private OutcomeReport outcomeReport(GroupBy groupBy, String period, boolean publishedOnly, boolean staff, Locale locale) {
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
            Map<HalfYear, List<StudentFacts>> byPeriod = new java.util.TreeMap<>();
            Map<HalfYear, int[]> documentedByPeriod = new java.util.TreeMap<>();
            for (CohortRow c : cohorts) {
                byPeriod.computeIfAbsent(HalfYear.of(c.graduationDate()), k -> new ArrayList<>())
                        .addAll(byCohort.getOrDefault(c.id(), List.of()));
                Rate d = documented.getOrDefault(c.id(), new Rate(0, 0));
                int[] sum = documentedByPeriod.computeIfAbsent(HalfYear.of(c.graduationDate()), k -> new int[2]);
                sum[0] += d.numerator();
                sum[1] += d.denominator();
            }
            byPeriod.forEach((h, students) -> groups.add(new Group(h.key(), periodLabel(h, locale), null, false,
                    OutcomeCalculator.compute(students, asOf),
                    new Rate(documentedByPeriod.get(h)[0], documentedByPeriod.get(h)[1]))));
        }
        ReportTable figures = outcomeTable(groups, groupBy, staff, locale);
        ReportTable distribution = distributionTable(groups, groupBy, locale);
        OutcomeFigures total = OutcomeCalculator.compute(
                cohorts.stream().flatMap(c -> byCohort.getOrDefault(c.id(), List.of()).stream()).toList(), asOf);
        BarChart rateChart = BarChart.of(msg("reports.chart.rate", locale), msg("reports.chart.rate.series", locale),
                groups.stream().map(Group::label).toList(),
                groups.stream().map(g -> cells().shownPercent(g.figures().inField180OfSeeking())).toList(),
                groups.stream().map(g -> cells().display(g.figures().inField180OfSeeking())).toList(), 100,
                (double) school.placementGoalPercent(), msg("reports.chart.goal", locale, school.placementGoalPercent()), "%");
        BarChart distributionChart = BarChart.of(msg("reports.chart.distribution", locale), msg("reports.chart.people", locale),
                total.timeToPlacement().stream().map(OutcomeFigures.Bucket::label).toList(),
                total.timeToPlacement().stream().map(b -> cells().shown(b.people())).toList(),
                total.timeToPlacement().stream().map(b -> cells().display(b.people())).toList(),
                Math.max(1, total.timeToPlacement().stream().mapToInt(b -> b.people().value()).max().orElse(1)), null, null, "");
        return new OutcomeReport(asOf, groupBy, only == null ? null : only.key(), groups, figures, distribution, rateChart,
                distributionChart);
    }

    private ReportTable outcomeTable(List<Group> groups, GroupBy groupBy, boolean staff, Locale locale) {
        List<ReportTable.Row> rows = new ArrayList<>();
        Adder<OutcomeFigures> add = new Adder<>(rows, groups.stream().map(Group::figures).toList(), locale);
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
        rows.add(new ReportTable.Row("documented180", msg("reports.fig.documented180", locale), definition("documented180", locale),
                groups.stream().map(g -> cells().of(g.documented())).toList()));
        int goal = school.placementGoalPercent();
        add.row("goal", f -> {
            BigDecimal gap = cells().gapPoints(f.goal().rate(), goal);
            return gap == null ? cells().suppressedCell()
                    : CellView.text(gap.signum() <= 0 ? msg("reports.goal.reached", locale, goal)
                            : msg("reports.goal.gap", locale, gap.toPlainString(), goal));
        });
        add.row("window", f -> CellView.text(msg(f.window180Open() ? "reports.window.open" : "reports.window.closed", locale)));
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
        return new ReportTable(msg("reports.outcomes.title", locale), msg("reports.groupBy." + groupBy.param(), locale),
                groups.stream().map(Group::label).toList(), rows);
    }

    private ReportTable distributionTable(List<Group> groups, GroupBy groupBy, Locale locale) {
        List<ReportTable.Row> rows = new ArrayList<>();
        int buckets = groups.isEmpty() ? 0 : groups.get(0).figures().timeToPlacement().size();
        List<OutcomeFigures.Bucket> template = OutcomeCalculator.compute(List.of(), LocalDate.now()).timeToPlacement();
        for (int i = 0; i < Math.max(buckets, template.size()); i++) {
            int at = i;
            rows.add(new ReportTable.Row("days." + template.get(i).label(), msg("reports.days", locale, template.get(i).label()),
                    msg("reports.def.distribution", locale),
                    groups.stream().map(g -> cells().of(g.figures().timeToPlacement().get(at).people())).toList()));
        }
        return new ReportTable(msg("reports.distribution.title", locale), msg("reports.groupBy." + groupBy.param(), locale),
                groups.stream().map(Group::label).toList(), rows);
    }

    // --- funnel ---------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public FunnelReport funnel(GroupBy groupBy, Locale locale) {
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
                case COHORT -> p.cohortId() == null ? msg("reports.noCohort", locale) : cohortNames.getOrDefault(p.cohortId(), "?");
                case COMPANY -> companyNames.getOrDefault(p.companyId(), "?");
                case PERIOD -> periodLabel(HalfYear.parse(k), locale);
            });
        }
        List<FunnelFigures> figures = grouped.values().stream().map(FunnelCalculator::compute).toList();
        ReportTable table = funnelTable(figures, new ArrayList<>(labels.values()), groupBy, locale);
        FunnelFigures total = FunnelCalculator.compute(proposals.stream().map(ReportFacts.ProposalRow::history).toList());
        return new FunnelReport(LocalDate.now(), groupBy, table, funnelChart(total, locale));
    }

    /**
     * Why proposals ended, school-wide: declines and withdrawals by their fixed reason (the reason
     * stored with the move, or for a decline recorded before reasons were kept there, the
     * proposal's). Small counts are suppressed like every figure about graduates.
     */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public ReportTable exitReasons(Locale locale) {
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
        for (org.migracode.talent.index.proposal.DeclineReason r : org.migracode.talent.index.proposal.DeclineReason.values()) {
            rows.add(new ReportTable.Row("reason." + r.name(), msg("proposals.reason." + r.name(), locale), msg("reports.def.reason", locale),
                    List.of(cells().of(new org.migracode.talent.core.report.Count(counts.getOrDefault(r.name(), 0))))));
        }
        return new ReportTable(msg("reports.reasons.title", locale), msg("reports.reasons.group", locale),
                List.of(msg("reports.reasons.all", locale)), rows);
    }

    private BarChart funnelChart(FunnelFigures total, Locale locale) {
        List<FunnelStage> stages = FunnelStage.PIPELINE;
        return BarChart.of(msg("reports.chart.funnel", locale), msg("reports.chart.proposals", locale),
                stages.stream().map(s -> msg("reports.stage." + s.name(), locale)).toList(),
                stages.stream().map(s -> cells().shown(total.reached().get(s))).toList(),
                stages.stream().map(s -> cells().display(total.reached().get(s))).toList(),
                Math.max(1, total.proposals().value()), null, null, "");
    }

    private ReportTable funnelTable(List<FunnelFigures> figures, List<String> columns, GroupBy groupBy, Locale locale) {
        List<ReportTable.Row> rows = new ArrayList<>();
        Adder<FunnelFigures> add = new Adder<>(rows, figures, locale);
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
        return new ReportTable(msg("reports.funnel.title", locale), msg("reports.groupBy." + groupBy.param(), locale), columns, rows);
    }

    // --- a company's own report -----------------------------------------------------------

    /** A recruiter's own company (any other: 404); coaches and admins name any company. */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    public CompanyReport company(Viewer viewer, UUID companyId, Locale locale) {
        UUID id = companyId == null ? viewer.companyId() : companyId;
        if (id == null || (!viewer.staff() && !id.equals(viewer.companyId()))) {
            throw new ReportNotFoundException("company");
        }
        Company company = companies.findById(id).orElseThrow(() -> new ReportNotFoundException("company"));
        List<ProposalHistory> proposals = facts.proposals().stream().filter(p -> p.companyId().equals(id))
                .map(ReportFacts.ProposalRow::history).toList();
        FunnelFigures f = FunnelCalculator.compute(proposals);
        Map<EmploymentKind, Integer> kinds = facts.placementKindsAt(id);
        int internships = kinds.getOrDefault(EmploymentKind.APPRENTICESHIP_INTERNSHIP, 0);
        int hires = kinds.values().stream().mapToInt(Integer::intValue).sum();
        // The company's own pipeline (what it received and how it answered) is shown exactly, however small:
        // suppression protects graduates from being singled out, not a company from its own counts.
        // Figures about graduates' employment (hires by kind, check-ins) and medians stay suppressed.
        List<ReportTable.Row> rows = new ArrayList<>();
        Adder<FunnelFigures> add = new Adder<>(rows, List.of(f), locale);
        add.row("company.received", x -> CellView.exact(x.proposals()));
        add.row("answered", x -> CellView.exact(x.answeredOfProposed()));
        add.row("company.waiting", x -> CellView.exact(new Count(x.answeredOfProposed().denominator() - x.answeredOfProposed().numerator())));
        add.row("company.fromInterest", x -> CellView.exact(new Count(x.proposals().value() - x.answeredOfProposed().denominator())));
        add.row("company.interviews", x -> CellView.exact(x.reached().get(FunnelStage.INTERVIEWING)));
        add.row("company.hiredThroughProposals", x -> CellView.exact(x.reached().get(FunnelStage.HIRED)));
        add.row("company.jobs", x -> cells().of(new Count(hires - internships)));
        add.row("company.internships", x -> cells().of(new Count(internships)));
        add.row("daysToAnswer", x -> cells().of(x.daysToAnswer()));
        add.row("daysToHire", x -> cells().of(x.daysToHire()));
        ReportTable figures = new ReportTable(msg("reports.company.title", locale, company.getName()),
                msg("reports.groupBy.company", locale), List.of(company.getName()), rows);
        CheckInFigures checkIns = CheckInFigures.compute(facts.checkInsAt(id), school.checkInMonths());
        List<String> columns = school.checkInMonths().stream().map(m -> msg("reports.months", locale, m)).toList();
        List<ReportTable.Row> checkRows = new ArrayList<>();
        for (CheckInStatus s : CheckInStatus.values()) {
            checkRows.add(new ReportTable.Row("checkIn." + s.name(), msg("reports.fig.checkIn." + s.name(), locale),
                    msg("reports.def.checkIn", locale),
                    school.checkInMonths().stream().map(m -> cells().of(checkIns.byMonths().get(m).get(s))).toList()));
        }
        ReportTable checkTable = new ReportTable(msg("reports.checkIns.title", locale), msg("reports.checkIns.when", locale), columns,
                checkRows);
        return new CompanyReport(LocalDate.now(), id, company.getName(), figures, checkTable, ownFunnelChart(f, locale),
                companyNotes(f, locale));
    }

    /** Sentences that say what the company's rates are out of ("answered 6 of 9: 3 are still waiting"). */
    private List<String> companyNotes(FunnelFigures f, Locale locale) {
        int asked = f.answeredOfProposed().denominator();
        int answered = f.answeredOfProposed().numerator();
        int fromInterest = f.proposals().value() - asked;
        List<String> notes = new ArrayList<>();
        notes.add(msg("reports.company.note.answered", locale, answered, asked, asked - answered));
        if (fromInterest > 0) {
            notes.add(msg("reports.company.note.fromInterest", locale, fromInterest));
        }
        notes.add(msg("reports.company.note.exact", locale));
        return notes;
    }

    /** The company's own funnel, every count drawn (its own pipeline: no suppression, see {@link #company}). */
    private BarChart ownFunnelChart(FunnelFigures total, Locale locale) {
        List<FunnelStage> stages = FunnelStage.PIPELINE;
        return BarChart.of(msg("reports.chart.funnel", locale), msg("reports.chart.proposals", locale),
                stages.stream().map(s -> msg("reports.stage." + s.name(), locale)).toList(),
                stages.stream().map(s -> BigDecimal.valueOf(total.reached().get(s).value())).toList(),
                stages.stream().map(s -> Integer.toString(total.reached().get(s).value())).toList(),
                Math.max(1, total.proposals().value()), null, null, "");
    }

    /** Companies by name, for a coach choosing whose report to see. */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public Map<UUID, String> companies() {
        Map<UUID, String> out = new LinkedHashMap<>();
        companies.findAll(org.springframework.data.domain.Sort.by("name")).forEach(c -> out.put(c.getId(), c.getName()));
        return out;
    }

    // --- helpers --------------------------------------------------------------------------

    String periodLabel(HalfYear h, Locale locale) {
        return msg("reports.period." + h.half(), locale, h.year());
    }

    String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** Adds a figure row across the groups, with its label and definition from the bundle. */
    private final class Adder<F> {
        private final List<ReportTable.Row> rows;
        private final List<F> figures;
        private final Locale locale;

        Adder(List<ReportTable.Row> rows, List<F> figures, Locale locale) {
            this.rows = rows;
            this.figures = figures;
            this.locale = locale;
        }

        void row(String key, Function<F, CellView> cell) {
            rows.add(new ReportTable.Row(key, msg("reports.fig." + key, locale), definition(key, locale),
                    figures.stream().map(cell).toList()));
        }
    }

    private String definition(String key, Locale locale) {
        String family = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        String exact = messages.getMessage("reports.def." + key, null, null, locale);
        return exact != null ? exact : msg("reports.def." + family, locale);
    }
}
