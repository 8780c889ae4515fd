package org.migracode.talent.portal.reports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The report pages and their CSV and PDF downloads. Outcomes and funnel: coaches and admins;
 * a company's report: its recruiters (own company only) and staff; the public page: anyone.
 * Pages, CSV and PDF render the same tables.
 */
@Controller
class ReportPageController {

    private final ReportService service;

    ReportPageController(ReportService service) {
        this.service = service;
    }

    @GetMapping("/reports")
    String outcomes(Optional<Viewer> viewer, Locale locale, Model model, @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String period) {
        if (viewer.filter(Viewer::recruiter).isPresent()) {
            return "redirect:/reports/company";
        }
        ReportService.OutcomeReport report = service.outcomes(GroupBy.parse(groupBy, GroupBy.COHORT), period, locale);
        model.addAttribute("report", report);
        model.addAttribute("admin", viewer.filter(Viewer::admin).isPresent());
        model.addAttribute("query", query(report.groupBy(), report.period()));
        return "reports/outcomes";
    }

    @GetMapping("/reports/outcomes.csv")
    ResponseEntity<byte[]> outcomesCsv(Locale locale, @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String period) {
        ReportService.OutcomeReport r = service.outcomes(GroupBy.parse(groupBy, GroupBy.COHORT), period, locale);
        return csv("outcomes", ReportExports.csv(heading("reports.outcomes.title", r.asOf(), filters(r.groupBy(), r.period(), locale), locale),
                columns(locale), List.of(r.figures(), r.distribution())));
    }

    @GetMapping("/reports/outcomes.pdf")
    ResponseEntity<byte[]> outcomesPdf(Locale locale, @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String period) {
        ReportService.OutcomeReport r = service.outcomes(GroupBy.parse(groupBy, GroupBy.COHORT), period, locale);
        return pdf("outcomes", ReportExports.pdf(heading("reports.outcomes.title", r.asOf(), filters(r.groupBy(), r.period(), locale), locale),
                List.of(r.rateChart(), r.distributionChart()), List.of(r.figures(), r.distribution())));
    }

    @GetMapping("/reports/funnel")
    String funnel(Locale locale, Model model, @RequestParam(required = false) String groupBy) {
        ReportService.FunnelReport report = service.funnel(GroupBy.parse(groupBy, GroupBy.COHORT), locale);
        model.addAttribute("report", report);
        model.addAttribute("exitReasons", service.exitReasons(locale));
        return "reports/funnel";
    }

    @GetMapping("/reports/funnel.csv")
    ResponseEntity<byte[]> funnelCsv(Locale locale, @RequestParam(required = false) String groupBy) {
        ReportService.FunnelReport r = service.funnel(GroupBy.parse(groupBy, GroupBy.COHORT), locale);
        return csv("funnel", ReportExports.csv(heading("reports.funnel.title", r.asOf(), filters(r.groupBy(), null, locale), locale),
                columns(locale), List.of(r.figures())));
    }

    @GetMapping("/reports/funnel.pdf")
    ResponseEntity<byte[]> funnelPdf(Locale locale, @RequestParam(required = false) String groupBy) {
        ReportService.FunnelReport r = service.funnel(GroupBy.parse(groupBy, GroupBy.COHORT), locale);
        return pdf("funnel", ReportExports.pdf(heading("reports.funnel.title", r.asOf(), filters(r.groupBy(), null, locale), locale),
                List.of(r.chart()), List.of(r.figures())));
    }

    @GetMapping("/reports/company")
    String company(Viewer viewer, Locale locale, Model model, @RequestParam(required = false) UUID companyId) {
        if (viewer.staff() && companyId == null) {
            model.addAttribute("companies", service.companies());
            return "reports/companies";
        }
        model.addAttribute("report", service.company(viewer, companyId, locale));
        model.addAttribute("staff", viewer.staff());
        return "reports/company";
    }

    @GetMapping("/reports/company.csv")
    ResponseEntity<byte[]> companyCsv(Viewer viewer, Locale locale, @RequestParam(required = false) UUID companyId) {
        ReportService.CompanyReport r = service.company(viewer, companyId, locale);
        return csv("company", ReportExports.csv(heading("reports.company.heading", r.asOf(), List.of(r.companyName()), r.notes(), locale),
                columns(locale), List.of(r.figures(), r.checkIns())));
    }

    /** The one-page social-impact summary: aggregates only, for the company's CSR reporting. */
    @GetMapping("/reports/company/impact.pdf")
    ResponseEntity<byte[]> impactPdf(Viewer viewer, Locale locale, @RequestParam(required = false) UUID companyId) {
        ReportService.CompanyReport r = service.company(viewer, companyId, locale);
        List<String> lines = new ArrayList<>();
        lines.add(r.companyName());
        lines.add(service.msg("reports.impact.mission", locale));
        return pdf("social-impact", ReportExports.pdf(heading("reports.impact.title", r.asOf(), lines, r.notes(), locale),
                List.of(), List.of(r.figures(), r.checkIns()))); // one page: the funnel chart is on the page and in no other PDF of it
    }

    @GetMapping("/reports/public")
    String published(Locale locale, Model model) {
        model.addAttribute("report", service.published(locale));
        return "reports/public";
    }

    @PostMapping("/reports/cohorts/{id}/publish")
    String publish(Viewer viewer, @PathVariable UUID id) {
        service.publish(id, viewer.accountId(), true);
        return "redirect:/reports?published";
    }

    @PostMapping("/reports/cohorts/{id}/unpublish")
    String unpublish(Viewer viewer, @PathVariable UUID id) {
        service.publish(id, viewer.accountId(), false);
        return "redirect:/reports?unpublished";
    }

    @ExceptionHandler({ReportNotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "reports/not-found";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(IllegalArgumentException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "reports/not-found";
    }

    // --- helpers --------------------------------------------------------------------------

    private static String query(GroupBy groupBy, String period) {
        return "groupBy=" + groupBy.param() + (period == null ? "" : "&period=" + period);
    }

    private List<String> filters(GroupBy groupBy, String period, Locale locale) {
        List<String> out = new ArrayList<>();
        out.add(service.msg("reports.filter.groupBy", locale, service.msg("reports.groupBy." + groupBy.param(), locale)));
        out.add(service.msg("reports.filter.period", locale, period == null ? service.msg("reports.filter.all", locale) : period));
        return out;
    }

    private ReportExports.Heading heading(String titleKey, LocalDate asOf, List<String> filters, Locale locale) {
        return heading(titleKey, asOf, filters, List.of(), locale);
    }

    private ReportExports.Heading heading(String titleKey, LocalDate asOf, List<String> filters, List<String> notes, Locale locale) {
        return new ReportExports.Heading(service.schoolName(), service.msg(titleKey, locale),
                service.msg("reports.generated", locale, asOf.toString()), filters,
                service.msg("reports.suppression", locale, service.cells().min()), notes, service.schoolLogo());
    }

    private ReportExports.CsvColumns columns(Locale locale) {
        return new ReportExports.CsvColumns(service.msg("reports.csv.table", locale), service.msg("reports.csv.figure", locale),
                service.msg("reports.csv.group", locale), service.msg("reports.csv.value", locale),
                service.msg("reports.csv.numerator", locale), service.msg("reports.csv.denominator", locale),
                service.msg("reports.csv.shown", locale), service.msg("reports.csv.definition", locale));
    }

    private static ResponseEntity<byte[]> csv(String name, String body) {
        return download(name + "-" + LocalDate.now() + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> pdf(String name, byte[] body) {
        return download(name + "-" + LocalDate.now() + ".pdf", MediaType.APPLICATION_PDF, body);
    }

    private static ResponseEntity<byte[]> download(String fileName, MediaType type, byte[] body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .contentType(type).body(body);
    }
}
