package org.migracode.talent.portal.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.core.report.CheckInFigures;
import org.migracode.talent.core.report.CheckInStatus;
import org.migracode.talent.core.report.Count;
import org.migracode.talent.core.report.EmploymentKind;
import org.migracode.talent.core.report.FunnelCalculator;
import org.migracode.talent.core.report.FunnelFigures;
import org.migracode.talent.core.report.FunnelStage;
import org.migracode.talent.core.report.ProposalHistory;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.outcomes.ReportFacts;
import org.migracode.talent.portal.reports.ReportService.CompanyReport;
import org.migracode.talent.portal.school.SchoolSettings;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.stereotype.Component;

/**
 * A company's own report: its pipeline shown exactly (it is the company's own), its hires and
 * check-ins suppressed like every figure about graduates, and notes on the denominators. Which
 * company a viewer may ask for is checked here: a recruiter their own, staff any.
 */
@Component
class CompanyReports {

    private final ReportFacts facts;
    private final CompanyRepository companies;
    private final SchoolSettings school;
    private final ReportTexts texts;

    CompanyReports(ReportFacts facts, CompanyRepository companies, SchoolSettings school, ReportTexts texts) {
        this.facts = facts;
        this.companies = companies;
        this.school = school;
        this.texts = texts;
    }

    /** A recruiter's own company (any other: 404); coaches and admins name any company. */
    CompanyReport company(Viewer viewer, UUID companyId, Locale locale) {
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
        ReportTexts.Rows<FunnelFigures> add = texts.rows(rows, List.of(f), locale);
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
        ReportTable figures = new ReportTable(texts.msg("reports.company.title", locale, company.getName()),
                texts.msg("reports.groupBy.company", locale), List.of(company.getName()), rows);
        CheckInFigures checkIns = CheckInFigures.compute(facts.checkInsAt(id), school.checkInMonths());
        List<String> columns = school.checkInMonths().stream().map(m -> texts.msg("reports.months", locale, m)).toList();
        List<ReportTable.Row> checkRows = new ArrayList<>();
        for (CheckInStatus s : CheckInStatus.values()) {
            checkRows.add(new ReportTable.Row("checkIn." + s.name(), texts.msg("reports.fig.checkIn." + s.name(), locale),
                    texts.msg("reports.def.checkIn", locale),
                    school.checkInMonths().stream().map(m -> cells().of(checkIns.byMonths().get(m).get(s))).toList()));
        }
        ReportTable checkTable = new ReportTable(texts.msg("reports.checkIns.title", locale), texts.msg("reports.checkIns.when", locale), columns,
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
        notes.add(texts.msg("reports.company.note.answered", locale, answered, asked, asked - answered));
        if (fromInterest > 0) {
            notes.add(texts.msg("reports.company.note.fromInterest", locale, fromInterest));
        }
        notes.add(texts.msg("reports.company.note.exact", locale));
        return notes;
    }

    /** The company's own funnel, every count drawn (its own pipeline: no suppression, see {@link #company}). */
    private BarChart ownFunnelChart(FunnelFigures total, Locale locale) {
        List<FunnelStage> stages = FunnelStage.PIPELINE;
        return BarChart.of(texts.msg("reports.chart.funnel", locale), texts.msg("reports.chart.proposals", locale),
                stages.stream().map(s -> texts.msg("reports.stage." + s.name(), locale)).toList(),
                stages.stream().map(s -> BigDecimal.valueOf(total.reached().get(s).value())).toList(),
                stages.stream().map(s -> Integer.toString(total.reached().get(s).value())).toList(),
                Math.max(1, total.proposals().value()), null, null, "");
    }

    /** The small-group rule with the school's threshold. */
    private Cells cells() {
        return new Cells(school.suppressionThreshold());
    }
}
