package org.migracode.talent.portal.proposals;

import static org.migracode.talent.portal.system.InputRules.uuidOrNull;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.index.proposals.DeclineReason;
import org.migracode.talent.index.proposals.ProposalStage;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Bulk actions as plain form posts (the checkboxes of the search page and of the proposals list
 * belong to these forms through the HTML {@code form} attribute, so no JavaScript is needed): a
 * coach proposes the selected graduates to one listing with one note; a recruiter answers the
 * selected proposals. The answer is a page listing every item as done or refused with the reason.
 */
@Controller
class BulkProposalPageController {

    private final BulkProposals bulk;

    BulkProposalPageController(BulkProposals bulk) {
        this.bulk = bulk;
    }

    @PostMapping("/proposals/bulk")
    String propose(Viewer viewer, @RequestParam(name = "graduate", required = false) List<String> graduates,
            @RequestParam(required = false) String listingId, @RequestParam(required = false) String note, Model model,
            HttpServletResponse response) {
        if (!viewer.staff()) {
            throw new AccessDeniedException("coaches and admins propose in bulk");
        }
        model.addAttribute("kind", "propose");
        List<UUID> ids = uuids(graduates);
        if (ids == null || ids.isEmpty()) {
            return refuse("proposals.bulk.error.selection", model, response);
        }
        if (ids.size() > BulkProposals.MAX_ITEMS) {
            return refuse("proposals.bulk.error.tooMany", model, response);
        }
        UUID listing = uuidOrNull(listingId);
        if (listing == null) {
            return refuse("proposals.error.listing", model, response);
        }
        if (note != null && note.length() > 2000) {
            return refuse("proposals.error.note", model, response);
        }
        outcomes(model, bulk.propose(viewer, listing, ids, note == null || note.isBlank() ? null : note.strip()));
        model.addAttribute("listingId", listing);
        return "proposals/bulk";
    }

    @PostMapping("/proposals/bulk-answer")
    String answer(Viewer viewer, @RequestParam(name = "proposal", required = false) List<String> proposals,
            @RequestParam(required = false) String to, @RequestParam(required = false) String reason, Model model,
            HttpServletResponse response) {
        if (viewer.graduate()) {
            throw new AccessDeniedException("graduates answer one by one");
        }
        model.addAttribute("kind", "answer");
        List<BulkProposals.VersionedId> items = new ArrayList<>();
        for (String p : proposals == null ? List.<String>of() : proposals) {
            BulkProposals.VersionedId item = BulkProposals.VersionedId.parse(p);
            if (item == null) {
                return refuse("proposals.error.form", model, response);
            }
            items.add(item);
        }
        if (items.isEmpty()) {
            return refuse("proposals.bulk.error.selection", model, response);
        }
        if (items.size() > BulkProposals.MAX_ITEMS) {
            return refuse("proposals.bulk.error.tooMany", model, response);
        }
        ProposalStage stage;
        if ("EMPLOYER_INTERESTED".equals(to) || "DECLINED_BY_EMPLOYER".equals(to)) {
            stage = ProposalStage.valueOf(to);
        } else {
            return refuse("proposals.error.form", model, response);
        }
        DeclineReason why = null;
        if (stage == ProposalStage.DECLINED_BY_EMPLOYER) {
            try {
                why = DeclineReason.valueOf(reason == null ? "" : reason.strip());
            } catch (IllegalArgumentException e) {
                return refuse("proposals.bulk.error.reason", model, response);
            }
        }
        outcomes(model, bulk.answer(viewer, items, stage, why));
        return "proposals/bulk";
    }

    @ExceptionHandler(ProposalNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "proposals/not-found";
    }

    private static void outcomes(Model model, List<BulkProposals.Outcome> outcomes) {
        long done = outcomes.stream().filter(BulkProposals.Outcome::done).count();
        model.addAttribute("outcomes", outcomes);
        model.addAttribute("doneCount", done);
        model.addAttribute("refusedCount", outcomes.size() - done);
    }

    private static String refuse(String messageKey, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("error", messageKey);
        model.addAttribute("outcomes", List.of());
        return "proposals/bulk";
    }

    /** The ids, or null when one of them is not an id. */
    private static List<UUID> uuids(List<String> texts) {
        List<UUID> out = new ArrayList<>();
        for (String t : texts == null ? List.<String>of() : texts) {
            UUID id = uuidOrNull(t);
            if (id == null) {
                return null;
            }
            out.add(id);
        }
        return out;
    }
}
