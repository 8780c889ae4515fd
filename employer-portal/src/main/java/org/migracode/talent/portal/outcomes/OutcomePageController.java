package org.migracode.talent.portal.outcomes;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.core.report.CheckInStatus;
import org.migracode.talent.core.report.EmploymentKind;
import org.migracode.talent.core.report.NotSeekingReason;
import org.migracode.talent.core.report.OutcomeStatus;
import org.migracode.talent.core.report.SalaryBand;
import org.migracode.talent.index.outcomes.PlacementEvidence;
import org.migracode.talent.index.outcomes.PlacementSource;
import org.migracode.talent.portal.outcomes.OutcomeForms.CheckInForm;
import org.migracode.talent.portal.outcomes.OutcomeForms.OutcomeForm;
import org.migracode.talent.portal.outcomes.OutcomeForms.Parsed;
import org.migracode.talent.portal.outcomes.OutcomeForms.PlacementForm;
import org.migracode.talent.portal.outcomes.Views.GraduateOutcome;
import org.migracode.talent.portal.outcomes.Views.PlacementView;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The staff pages for recording outcomes: a graduate's outcome page (outcome form, placements
 * with their check-ins and evidence), the placement form, and a cohort's students. Forms post
 * with the CSRF token; invalid input shows the form again (400) with messages in the page's
 * language, a stale version shows it again with a notice (409).
 */
@Controller
class OutcomePageController {

    private final OutcomeService service;

    OutcomePageController(OutcomeService service) {
        this.service = service;
    }

    @GetMapping("/graduates/{id}/outcome")
    String outcome(@PathVariable UUID id, Model model) {
        GraduateOutcome o = service.outcome(id);
        return page(o, OutcomeForm.of(o), Map.of(), null, model);
    }

    @PostMapping("/graduates/{id}/outcome")
    String recordOutcome(@PathVariable UUID id, OutcomeForm form, Model model, HttpServletResponse response) {
        Parsed<OutcomeRequest> parsed = form.parse();
        if (!parsed.errors().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(service.outcome(id), form, parsed.errors(), null, model);
        }
        try {
            service.recordOutcome(id, parsed.request());
            return "redirect:/graduates/" + id + "/outcome?saved";
        } catch (InvalidOutcomeException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(service.outcome(id), form, e.errors(), null, model);
        } catch (StaleOutcomeException | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", true);
            GraduateOutcome now = service.outcome(id);
            return page(now, OutcomeForm.of(now), Map.of(), null, model);
        }
    }

    @GetMapping("/graduates/{id}/placements/new")
    String newPlacement(@PathVariable UUID id, Model model) {
        return placementForm(service.outcome(id), PlacementForm.empty(), Map.of(), model);
    }

    @PostMapping("/graduates/{id}/placements")
    String createPlacement(Viewer viewer, @PathVariable UUID id, PlacementForm form, Model model, HttpServletResponse response) {
        Parsed<PlacementRequest> parsed = form.parse();
        try {
            if (!parsed.errors().isEmpty()) {
                throw new InvalidOutcomeException(parsed.errors());
            }
            service.createPlacement(id, parsed.request(), viewer);
            return "redirect:/graduates/" + id + "/outcome?saved";
        } catch (InvalidOutcomeException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return placementForm(service.outcome(id), form, e.errors(), model);
        }
    }

    @GetMapping("/placements/{id}/edit")
    String editPlacement(@PathVariable UUID id, Model model) {
        PlacementView p = service.placement(id);
        return placementForm(owner(p), PlacementForm.of(p), Map.of(), model);
    }

    @PostMapping("/placements/{id}")
    String updatePlacement(@PathVariable UUID id, PlacementForm form, Model model, HttpServletResponse response) {
        PlacementView p = service.placement(id);
        Parsed<PlacementRequest> parsed = form.parse();
        try {
            if (!parsed.errors().isEmpty()) {
                throw new InvalidOutcomeException(parsed.errors());
            }
            service.updatePlacement(id, parsed.request());
            return p.graduateId() == null ? "redirect:/placements/" + id + "/edit?saved" : "redirect:/graduates/" + p.graduateId() + "/outcome?saved";
        } catch (InvalidOutcomeException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return placementForm(owner(p), form, e.errors(), model);
        } catch (StaleOutcomeException | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", true);
            PlacementView now = service.placement(id);
            return placementForm(owner(now), PlacementForm.of(now), Map.of(), model);
        }
    }

    @PostMapping("/placements/{id}/check-ins")
    String checkIn(Viewer viewer, @PathVariable UUID id, CheckInForm form, Model model, HttpServletResponse response) {
        PlacementView p = service.placement(id);
        Parsed<CheckInRequest> parsed = form.parse();
        try {
            if (!parsed.errors().isEmpty()) {
                throw new InvalidOutcomeException(parsed.errors());
            }
            service.recordCheckIn(id, form.monthsOr(0), parsed.request(), viewer);
            return back(p);
        } catch (InvalidOutcomeException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return withError(p, "checkin-" + id, e.errors(), model);
        }
    }

    @PostMapping("/placements/{id}/evidence")
    String evidence(Viewer viewer, @PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, HttpServletResponse response) throws IOException {
        PlacementView p = service.placement(id);
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidOutcomeException(Map.of("file", "outcomes.error.evidence.empty"));
            }
            if (file.getSize() > PlacementEvidence.MAX_BYTES) {
                throw new InvalidOutcomeException(Map.of("file", "outcomes.error.evidence.tooLarge"));
            }
            service.uploadEvidence(id, file.getOriginalFilename(), file.getBytes(), viewer);
            return back(p);
        } catch (InvalidOutcomeException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return withError(p, "evidence-" + id, e.errors(), model);
        }
    }

    @GetMapping("/outcomes/cohorts/{id}")
    String cohort(@PathVariable UUID id, Model model) {
        model.addAttribute("cohort", service.cohort(id));
        return "outcomes/cohort";
    }

    // --- errors ---------------------------------------------------------------------------

    @ExceptionHandler({OutcomeNotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "outcomes/not-found";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge(Model model) {
        model.addAttribute("tooLarge", true);
        return "outcomes/not-found";
    }

    // --- helpers --------------------------------------------------------------------------

    private GraduateOutcome owner(PlacementView p) {
        if (p.graduateId() == null) {
            // an erased graduate's placement stays for the statistics; nothing of the person is left to edit
            throw new OutcomeNotFoundException("placement", p.id());
        }
        return service.outcome(p.graduateId());
    }

    private String back(PlacementView p) {
        return p.graduateId() == null ? "redirect:/reports" : "redirect:/graduates/" + p.graduateId() + "/outcome?saved";
    }

    private String withError(PlacementView p, String anchor, Map<String, String> errors, Model model) {
        GraduateOutcome o = owner(p);
        model.addAttribute("placementErrors", Map.of(anchor, errors));
        return page(o, OutcomeForm.of(o), Map.of(), anchor, model);
    }

    private String page(GraduateOutcome o, OutcomeForm form, Map<String, String> errors, String errorAt, Model model) {
        model.addAttribute("outcome", o);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorAt", errorAt);
        if (!model.containsAttribute("placementErrors")) {
            model.addAttribute("placementErrors", Map.of());
        }
        model.addAttribute("statuses", OutcomeStatus.values());
        model.addAttribute("reasons", NotSeekingReason.values());
        model.addAttribute("checkInStatuses", CheckInStatus.values());
        model.addAttribute("today", LocalDate.now());
        return "outcomes/graduate";
    }

    private String placementForm(GraduateOutcome o, PlacementForm form, Map<String, String> errors, Model model) {
        model.addAttribute("outcome", o);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("companies", service.companies());
        model.addAttribute("kinds", EmploymentKind.values());
        model.addAttribute("bands", SalaryBand.values());
        model.addAttribute("sources", PlacementSource.values());
        return "outcomes/placement-form";
    }

}
