package org.migracode.talent.portal.availability;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** {@code /graduates/{id}/availability}: the staff-only work limits form, and what employers see. */
@Controller
class WorkLimitsPageController {

    private final WorkLimitsService service;

    WorkLimitsPageController(WorkLimitsService service) {
        this.service = service;
    }

    /** The form as typed, so a refused value is shown again next to its error. */
    record Form(String workPermitFrom, String hoursAllowedPerWeek, boolean internshipOnly, String staffNote) {
        static Form of(WorkLimits l) {
            return new Form(l.workPermitFrom() == null ? "" : l.workPermitFrom().toString(),
                    l.hoursAllowedPerWeek() == null ? "" : l.hoursAllowedPerWeek().toString(), l.internshipOnly(),
                    l.staffNote() == null ? "" : l.staffNote());
        }
    }

    @GetMapping("/graduates/{id}/availability")
    String page(@PathVariable UUID id, Model model) {
        WorkLimitsService.View view = service.get(id);
        return page(view, Form.of(view.limits()), Map.of(), model);
    }

    @PostMapping("/graduates/{id}/availability")
    String save(@PathVariable UUID id, @RequestParam(defaultValue = "") String workPermitFrom,
            @RequestParam(defaultValue = "") String hoursAllowedPerWeek, @RequestParam(defaultValue = "false") boolean internshipOnly,
            @RequestParam(defaultValue = "") String staffNote, Model model, HttpServletResponse response) {
        Form form = new Form(workPermitFrom, hoursAllowedPerWeek, internshipOnly, staffNote);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = null;
        Integer hours = null;
        try {
            date = workPermitFrom.isBlank() ? null : LocalDate.parse(workPermitFrom.strip());
        } catch (DateTimeParseException e) {
            errors.put("workPermitFrom", "availability.error.date");
        }
        try {
            hours = hoursAllowedPerWeek.isBlank() ? null : Integer.valueOf(hoursAllowedPerWeek.strip());
        } catch (NumberFormatException e) {
            errors.put("hoursAllowedPerWeek", "availability.error.hours");
        }
        if (errors.isEmpty()) {
            try {
                service.save(id, new WorkLimits(date, hours, internshipOnly, staffNote));
                return "redirect:/graduates/" + id + "/availability?saved";
            } catch (IllegalArgumentException e) {
                String field = e.getMessage() == null ? "" : e.getMessage().split(":", 2)[0];
                switch (field) {
                    case "workPermitFrom" -> errors.put(field, "availability.error.date");
                    case "hoursAllowedPerWeek" -> errors.put(field, "availability.error.hours");
                    default -> errors.put("staffNote", "availability.error.note");
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(service.get(id), form, errors, model);
    }

    private static String page(WorkLimitsService.View view, Form form, Map<String, String> errors, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "availability/limits";
    }

    @ExceptionHandler(WorkLimitsService.GraduateUnknown.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "cvs/not-found";
    }
}
