package org.migracode.talent.portal.reports;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.portal.security.Viewer;
import org.migracode.talent.portal.system.PortalProblems;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The reports as JSON: the same tables as the pages and exports, suppressed cells without numbers.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

    private final ReportService service;
    private final PortalProblems refusals;

    ReportApiController(ReportService service, PortalProblems refusals) {
        this.service = service;
        this.refusals = refusals;
    }

    /** A report as JSON: its date, grouping and tables. */
    record ReportJson(LocalDate asOf, String groupBy, String period, List<ReportTable> tables) {
    }

    @Operation(summary = "Outcome report (CIRR style)", description = "groupBy=cohort|period, optional period=2025-H1. Roles: COACH, ADMIN.")
    @GetMapping("/outcomes")
    ReportJson outcomes(Locale locale, @RequestParam(required = false) String groupBy, @RequestParam(required = false) String period) {
        ReportService.OutcomeReport r = service.outcomes(GroupBy.parse(groupBy, GroupBy.COHORT), period, locale);
        return new ReportJson(r.asOf(), r.groupBy().param(), r.period(), List.of(r.figures(), r.distribution()));
    }

    @Operation(summary = "Proposal funnel", description = "groupBy=cohort|company|period. Roles: COACH, ADMIN.")
    @GetMapping("/funnel")
    ReportJson funnel(Locale locale, @RequestParam(required = false) String groupBy) {
        ReportService.FunnelReport r = service.funnel(GroupBy.parse(groupBy, GroupBy.COHORT), locale);
        return new ReportJson(r.asOf(), r.groupBy().param(), null, List.of(r.figures()));
    }

    @Operation(summary = "A company's own report", description = "Roles: RECRUITER (own company, else 404), COACH, ADMIN.")
    @GetMapping("/companies/{id}")
    ReportJson company(Viewer viewer, Locale locale, @PathVariable UUID id) {
        ReportService.CompanyReport r = service.company(viewer, id, locale);
        return new ReportJson(r.asOf(), "company", null, List.of(r.figures(), r.checkIns()));
    }

    @Operation(summary = "Published cohort reports", description = "Aggregates only, small groups suppressed. Roles: anyone, no sign-in needed.")
    @GetMapping("/public")
    ReportJson published(Locale locale) {
        ReportService.OutcomeReport r = service.published(locale);
        return new ReportJson(r.asOf(), "cohort", null, List.of(r.figures(), r.distribution()));
    }

    @Operation(summary = "Publish a cohort's report", description = "It then shows on /reports/public. Roles: ADMIN.")
    @PutMapping("/cohorts/{id}/publication")
    ResponseEntity<Void> publish(Optional<Viewer> viewer, @PathVariable UUID id) {
        service.publish(id, viewer.map(Viewer::accountId).orElse(null), true);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Withdraw a cohort's published report", description = "Roles: ADMIN.")
    @DeleteMapping("/cohorts/{id}/publication")
    ResponseEntity<Void> unpublish(@PathVariable UUID id) {
        service.publish(id, null, false);
        return ResponseEntity.noContent().build();
    }

    /** An id that is not a UUID is "not found", like an unknown one (other refusals: system.ApiExceptionHandler). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail notFound() {
        return refusals.of(new ReportNotFoundException("report"));
    }
}
