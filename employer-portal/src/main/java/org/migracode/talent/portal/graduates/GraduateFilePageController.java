package org.migracode.talent.portal.graduates;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.portal.school.ShownTimes;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The coach's view of a graduate and its interaction form. A merged-away record's address leads
 * to the record it was merged into. Recruiters and graduates get 403 (method security), an
 * unknown id 404; an invalid entry shows the page again with the form's errors (400).
 */
@Controller
class GraduateFilePageController {

    private final GraduateFileService service;
    private final List<GraduateFileSection> sections;
    private final ShownTimes times;

    GraduateFilePageController(GraduateFileService service, List<GraduateFileSection> sections, ShownTimes times) {
        this.service = service;
        this.sections = List.copyOf(sections);
        this.times = times;
    }

    @GetMapping("/graduates/{id}")
    String file(Viewer viewer, @PathVariable UUID id, Locale locale, Model model) {
        Optional<UUID> kept = service.mergedInto(id);
        if (kept.isPresent()) {
            return "redirect:/graduates/" + kept.get();
        }
        return page(viewer, id, InteractionForm.empty(times.in(locale).today().toString()), Map.of(), locale, model);
    }

    @PostMapping("/graduates/{id}/interactions")
    String addInteraction(Viewer viewer, @PathVariable UUID id, InteractionForm form, Locale locale, Model model,
            HttpServletResponse response) {
        Map<String, String> errors = service.addInteraction(viewer, id, form);
        if (errors.isEmpty()) {
            return "redirect:/graduates/" + id + "?logged#interactions";
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(viewer, id, form, errors, locale, model);
    }

    private String page(Viewer viewer, UUID id, InteractionForm form, Map<String, String> errors, Locale locale, Model model) {
        model.addAttribute("file", service.file(id));
        model.addAttribute("sections", sections.stream().map(s -> s.section(viewer, id, locale)).flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(GraduateFileSection.Section::order)).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", InteractionKind.values());
        return "graduates/file";
    }

    @ExceptionHandler({GraduateNotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "graduates/not-found";
    }
}
