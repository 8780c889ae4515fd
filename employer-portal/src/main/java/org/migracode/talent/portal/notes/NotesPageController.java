package org.migracode.talent.portal.notes;

import static org.migracode.talent.portal.system.InputRules.uuid;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The note and tag forms of a graduate's profile page (recruiters). After a change the browser
 * goes back to the profile's notes; a graduate the company may not see answers 404 like an
 * unknown one; an empty or too long note or tag goes back with a message (400 status is not
 * possible on a redirect, so the profile shows {@code ?noteError=…}).
 */
@Controller
class NotesPageController {

    private final CompanyNotes notes;

    NotesPageController(CompanyNotes notes) {
        this.notes = notes;
    }

    @PostMapping("/candidates/{id}/notes")
    String addNote(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String body, HttpServletResponse response) {
        return change(id, response, g -> notes.addNote(viewer, g, body));
    }

    @PostMapping("/candidates/{id}/notes/{note}/delete")
    String deleteNote(Viewer viewer, @PathVariable String id, @PathVariable String note, HttpServletResponse response) {
        Optional<UUID> noteId = uuid(note);
        return change(id, response, g -> noteId.isPresent() && notes.deleteNote(viewer, g, noteId.get()));
    }

    @PostMapping("/candidates/{id}/tags")
    String addTag(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String label, HttpServletResponse response) {
        return change(id, response, g -> notes.addTag(viewer, g, label));
    }

    @PostMapping("/candidates/{id}/tags/remove")
    String removeTag(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String label, HttpServletResponse response) {
        return change(id, response, g -> notes.removeTag(viewer, g, label));
    }

    private String change(String id, HttpServletResponse response, java.util.function.Predicate<UUID> action) {
        Optional<UUID> graduate = uuid(id);
        try {
            if (graduate.isPresent() && action.test(graduate.get())) {
                return "redirect:/candidates/" + graduate.get() + "#notes";
            }
        } catch (IllegalArgumentException e) {
            return "redirect:/candidates/" + graduate.get() + "?noteError=" + e.getMessage().replace("notes.error.", "") + "#notes";
        }
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "candidates/not-found";
    }
}
