package org.migracode.talent.portal.shortlists;

import static org.migracode.talent.portal.system.InputRules.uuid;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A listing's shortlist page, and adding to it from the search page's action bar ({@code POST
 * /shortlists} with the chosen {@code shortlist} listing and the ticked {@code graduate}s: the
 * listing comes from a select, so one form action serves every listing without JavaScript).
 */
@Controller
class ShortlistPageController {

    private final Shortlists shortlists;

    ShortlistPageController(Shortlists shortlists) {
        this.shortlists = shortlists;
    }

    @GetMapping("/listings/{id}/shortlist")
    String show(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String added, @RequestParam(required = false) String refused,
            Model model, HttpServletResponse response) {
        Optional<Shortlists.Shortlist> list = uuid(id).flatMap(u -> shortlists.get(viewer, u));
        if (list.isEmpty()) {
            return notFound(response);
        }
        model.addAttribute("shortlist", list.get());
        model.addAttribute("added", number(added));
        model.addAttribute("refused", number(refused));
        return "shortlists/shortlist";
    }

    @PostMapping("/shortlists")
    String add(Viewer viewer, @RequestParam(name = "shortlist", required = false) String listing,
            @RequestParam(name = "graduate", required = false) List<String> graduates, Model model, HttpServletResponse response) {
        Optional<UUID> listingId = uuid(listing);
        List<UUID> ids = new ArrayList<>();
        for (String g : graduates == null ? List.<String>of() : graduates) {
            Optional<UUID> id = uuid(g);
            if (id.isEmpty()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("error", "shortlist.error.selection");
                return "shortlists/error";
            }
            ids.add(id.get());
        }
        if (listingId.isEmpty() || ids.isEmpty() || ids.size() > Shortlists.MAX_ENTRIES) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", listingId.isEmpty() ? "shortlist.error.listing" : "shortlist.error.selection");
            return "shortlists/error";
        }
        Optional<Shortlists.Added> result = shortlists.add(viewer, listingId.get(), ids);
        if (result.isEmpty()) {
            return notFound(response);
        }
        return "redirect:/listings/" + listingId.get() + "/shortlist?added=" + result.get().added() + "&refused=" + result.get().refused();
    }

    @PostMapping("/listings/{id}/shortlist/remove")
    String remove(Viewer viewer, @PathVariable String id, @RequestParam(name = "graduate", required = false) String graduate,
            HttpServletResponse response) {
        Optional<UUID> listing = uuid(id);
        Optional<UUID> g = uuid(graduate);
        if (listing.isEmpty() || g.isEmpty() || !shortlists.remove(viewer, listing.get(), g.get())) {
            return notFound(response);
        }
        return "redirect:/listings/" + listing.get() + "/shortlist";
    }

    private static String notFound(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "listings/not-found";
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
