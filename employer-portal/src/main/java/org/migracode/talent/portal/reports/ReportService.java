package org.migracode.talent.portal.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.core.report.OutcomeFigures;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.outcomes.ReportFacts;
import org.migracode.talent.core.report.Rate;
import org.migracode.talent.portal.school.SchoolSettings;
import org.migracode.talent.portal.school.StoredSchoolSettings;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds every report as {@link ReportTable}s (and charts) from {@link ReportFacts} and
 * matcher-core's calculators. Roles by method security; tenancy here: a recruiter gets only their
 * own company's report, any other company answers 404.
 *
 * <p>Each report has its own builder ({@link OutcomeReports}, {@link FunnelReports},
 * {@link CompanyReports}) sharing the bundle texts of {@link ReportTexts}; this class keeps the
 * entry points, their roles, the report values and publishing.
 */
@Service
@Transactional(readOnly = true)
class ReportService {

    private final CompanyRepository companies;
    private final JdbcTemplate jdbc;
    private final SchoolSettings school;
    private final ReportTexts texts;
    private final OutcomeReports outcomeReports;
    private final FunnelReports funnels;
    private final CompanyReports companyReports;

    ReportService(CompanyRepository companies, JdbcTemplate jdbc, SchoolSettings school, ReportTexts texts,
            OutcomeReports outcomeReports, FunnelReports funnels, CompanyReports companyReports) {
        this.companies = companies;
        this.jdbc = jdbc;
        this.school = school;
        this.texts = texts;
        this.outcomeReports = outcomeReports;
        this.funnels = funnels;
        this.companyReports = companyReports;
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

    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public OutcomeReport outcomes(GroupBy groupBy, String period, Locale locale) {
        return outcomeReports.build(groupBy, period, false, true, locale);
    }

    /** The published cohort reports, for everyone: aggregates only, no staff-only breakdowns. */
    public OutcomeReport published(Locale locale) {
        return outcomeReports.build(GroupBy.COHORT, null, true, false, locale);
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

    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public FunnelReport funnel(GroupBy groupBy, Locale locale) {
        return funnels.funnel(groupBy, locale);
    }

    /**
     * Why proposals ended, school-wide: declines and withdrawals by their fixed reason (the reason
     * stored with the move, or for a decline recorded before reasons were kept there, the
     * proposal's). Small counts are suppressed like every figure about graduates.
     */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public ReportTable exitReasons(Locale locale) {
        return funnels.exitReasons(locale);
    }

    /** A recruiter's own company (any other: 404); coaches and admins name any company. */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    public CompanyReport company(Viewer viewer, UUID companyId, Locale locale) {
        return companyReports.company(viewer, companyId, locale);
    }

    /** Companies by name, for a coach choosing whose report to see. */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public Map<UUID, String> companies() {
        return companies.namesInNameOrder();
    }

    String msg(String key, Locale locale, Object... args) {
        return texts.msg(key, locale, args);
    }
}
