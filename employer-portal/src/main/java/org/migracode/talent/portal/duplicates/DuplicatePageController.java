package org.migracode.talent.portal.duplicates;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.migracode.talent.portal.school.ShownTimes;
import org.migracode.talent.index.duplicates.GraduateMerger;
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
 * The staff's duplicates pages: the queue with recent merges ({@code /duplicates}), one pair side
 * by side ({@code /duplicates/{id}}), and the three decisions, posted with the CSRF token. A
 * decision that is no longer possible (pair already decided, merge too old) shows the queue again
 * with a notice (409); an unknown id is 404; recruiters and graduates get 403 from the service.
 */
@Controller
class DuplicatePageController {

    private final DuplicateService service;
    private final ShownTimes times;

    DuplicatePageController(DuplicateService service, ShownTimes times) {
        this.service = service;
        this.times = times;
    }

    @GetMapping("/duplicates")
    String queue(Model model) {
        model.addAttribute("pairs", service.queue());
        model.addAttribute("merges", service.recentMerges());
        return "duplicates/queue";
    }

    @GetMapping("/duplicates/{id}")
    String pair(@PathVariable UUID id, Model model) {
        model.addAttribute("pair", service.pair(id));
        return "duplicates/pair";
    }

    @PostMapping("/duplicates/{id}/merge")
    String merge(@PathVariable UUID id) {
        service.merge(id);
        return "redirect:/duplicates?merged";
    }

    @PostMapping("/duplicates/{id}/dismiss")
    String dismiss(@PathVariable UUID id, Locale locale, Model model, HttpServletResponse response) {
        if (!service.dismiss(id)) {
            return refused(locale, model, response);
        }
        return "redirect:/duplicates?dismissed";
    }

    @PostMapping("/duplicates/merges/{id}/undo")
    String undo(@PathVariable UUID id) {
        service.undo(id);
        return "redirect:/duplicates?undone";
    }

    @ExceptionHandler(GraduateMerger.MergeRefused.class)
    String mergeRefused(Locale locale, Model model, HttpServletResponse response) {
        return refused(locale, model, response);
    }

    private String refused(Locale locale, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        // an exception handler's model does not get the advice's attributes
        model.addAttribute("dates", times.in(locale));
        model.addAttribute("shownZone", times.in(locale).zoneName());
        model.addAttribute("refused", true);
        return queue(model);
    }

    @ExceptionHandler({DuplicateNotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "duplicates/not-found";
    }
}
