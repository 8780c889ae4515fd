package org.migracode.talent.portal.candidates;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
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
    String list(@RequestParam(required = false) String done, Model model) {
        model.addAttribute("searches", saved.mine());
        model.addAttribute("frequencies", AlertFrequency.values());
        model.addAttribute("done", done == null || !done.matches("[a-z]{1,20}") ? null : done);
        return "candidates/saved";
    }

    @PostMapping("/candidates/saved")
    String save(@RequestParam(required = false) String name, @RequestParam(required = false) String query,
            @RequestParam(required = false) String frequency, Model model, HttpServletResponse response) {
        Optional<AlertFrequency> often = frequency == null || frequency.isBlank() ? Optional.of(AlertFrequency.OFF)
                : AlertFrequency.parse(frequency);
        if (often.isEmpty()) {
            return error("frequency", model, response);
        }
        if (query != null && query.length() > 4000) {
            return error("query", model, response);
        }
        try {
            saved.save(name, CandidateSearchParams.fromQuery(query), often.get());
            return "redirect:/candidates/saved?done=saved";
        } catch (SavedSearchException e) {
            return error(e.code(), model, response);
        } catch (IllegalArgumentException e) {
            return error("query", model, response);
        }
    }

    /** Opens a saved search: the search page with its parameters. */
    @GetMapping("/candidates/saved/{id}")
    String open(@PathVariable String id, HttpServletResponse response) {
        Optional<SavedSearch> found = uuid(id).flatMap(saved::find);
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "candidates/saved-not-found";
        }
        return "redirect:" + found.get().link();
    }

    @PostMapping("/candidates/saved/{id}/rename")
    String rename(@PathVariable String id, @RequestParam(required = false) String name, Model model, HttpServletResponse response) {
        try {
            return done(uuid(id).map(u -> saved.rename(u, name)).orElse(false), "renamed", response);
        } catch (SavedSearchException e) {
            return error(e.code(), model, response);
        }
    }

    @PostMapping("/candidates/saved/{id}/frequency")
    String frequency(@PathVariable String id, @RequestParam(required = false) String frequency, Model model,
            HttpServletResponse response) {
        Optional<AlertFrequency> often = AlertFrequency.parse(frequency);
        if (often.isEmpty()) {
            return error("frequency", model, response);
        }
        return done(uuid(id).map(u -> saved.frequency(u, often.get())).orElse(false), "alert", response);
    }

    @PostMapping("/candidates/saved/{id}/delete")
    String delete(@PathVariable String id, HttpServletResponse response) {
        return done(uuid(id).map(saved::delete).orElse(false), "deleted", response);
    }

    private static String done(boolean changed, String what, HttpServletResponse response) {
        if (!changed) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "candidates/saved-not-found";
        }
        return "redirect:/candidates/saved?done=" + what;
    }

    private String error(String code, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("error", "saved.error." + code);
        return list(null, model);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
