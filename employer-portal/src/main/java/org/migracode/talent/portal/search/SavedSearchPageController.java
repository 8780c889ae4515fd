package org.migracode.talent.portal.search;

import static org.migracode.talent.portal.system.InputRules.uuid;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Saved searches as plain forms: save the current search from the search page (its query string
 * travels as a hidden field), list, open, rename, change the alert, delete. A bad name or search
 * shows the list again with the reason (400); someone else's search answers 404 like an unknown one.
 */
@Controller
class SavedSearchPageController {

    private final SavedSearchService saved;

    SavedSearchPageController(SavedSearchService saved) {
        this.saved = saved;
    }

    @GetMapping("/candidates/saved")
    String list(Viewer viewer, @RequestParam(required = false) String done, Model model) {
        model.addAttribute("searches", saved.mine(viewer));
        model.addAttribute("frequencies", AlertFrequency.values());
        model.addAttribute("done", done == null || !done.matches("[a-z]{1,20}") ? null : done);
        return "candidates/saved";
    }

    @PostMapping("/candidates/saved")
    String save(Viewer viewer, @RequestParam(required = false) String name, @RequestParam(required = false) String query,
            @RequestParam(required = false) String frequency, Model model, HttpServletResponse response) {
        Optional<AlertFrequency> often = frequency == null || frequency.isBlank() ? Optional.of(AlertFrequency.OFF)
                : AlertFrequency.parse(frequency);
        if (often.isEmpty()) {
            return error(viewer, "frequency", model, response);
        }
        if (query != null && query.length() > 4000) {
            return error(viewer, "query", model, response);
        }
        try {
            saved.save(viewer, name, GraduateSearchParams.fromQuery(query), often.get());
            return "redirect:/candidates/saved?done=saved";
        } catch (SavedSearchException e) {
            return error(viewer, e.code(), model, response);
        } catch (IllegalArgumentException e) {
            return error(viewer, "query", model, response);
        }
    }

    /** Opens a saved search: the search page with its parameters. */
    @GetMapping("/candidates/saved/{id}")
    String open(Viewer viewer, @PathVariable String id, HttpServletResponse response) {
        Optional<SavedSearch> found = uuid(id).flatMap(u -> saved.find(viewer, u));
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "candidates/saved-not-found";
        }
        return "redirect:" + found.get().link();
    }

    @PostMapping("/candidates/saved/{id}/rename")
    String rename(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String name, Model model, HttpServletResponse response) {
        try {
            return done(uuid(id).map(u -> saved.rename(viewer, u, name)).orElse(false), "renamed", response);
        } catch (SavedSearchException e) {
            return error(viewer, e.code(), model, response);
        }
    }

    @PostMapping("/candidates/saved/{id}/frequency")
    String frequency(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String frequency, Model model,
            HttpServletResponse response) {
        Optional<AlertFrequency> often = AlertFrequency.parse(frequency);
        if (often.isEmpty()) {
            return error(viewer, "frequency", model, response);
        }
        return done(uuid(id).map(u -> saved.frequency(viewer, u, often.get())).orElse(false), "alert", response);
    }

    @PostMapping("/candidates/saved/{id}/delete")
    String delete(Viewer viewer, @PathVariable String id, HttpServletResponse response) {
        return done(uuid(id).map(u -> saved.delete(viewer, u)).orElse(false), "deleted", response);
    }

    private static String done(boolean changed, String what, HttpServletResponse response) {
        if (!changed) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "candidates/saved-not-found";
        }
        return "redirect:/candidates/saved?done=" + what;
    }

    private String error(Viewer viewer, String code, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("error", "saved.error." + code);
        return list(viewer, null, model);
    }
}
