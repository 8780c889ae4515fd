package org.migracode.talent.portal.proposals;

import static org.migracode.talent.portal.system.InputRules.uuidOrNull;
import static org.migracode.talent.portal.system.InputRules.version;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;
import org.migracode.talent.index.proposals.DeclineReason;
import org.migracode.talent.index.proposals.ProposalMoveRefused;
import org.migracode.talent.index.proposals.ProposalRefusal;
import org.migracode.talent.index.proposals.ProposalStage;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The proposal pages: the recruiter's inbox (and the staff's list) with one-click answers, the
 * coach board, a proposal with its timeline, the "propose / interested" form, and the graduate's
 * inbox. Plain forms that work without JavaScript; after a change the browser is redirected
 * (post/redirect/get). When someone else moved a proposal first, the page answers 409 and shows
 * the proposal's new state with a message.
 */
@Controller
class ProposalPageController {

    static final int PAGE_SIZE = 25;

    private final ProposalService service;

    ProposalPageController(ProposalService service) {
        this.service = service;
    }

    @ModelAttribute("reasons")
    DeclineReason[] reasons() {
        return DeclineReason.values();
    }

    // --- lists ----------------------------------------------------------------------------

    /** The recruiter's inbox, or all proposals for staff; open ones unless {@code open} says otherwise. */
    @GetMapping("/proposals")
    String list(Viewer viewer, HttpServletRequest request, Model model, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String stage, @RequestParam(required = false) String companyId,
            @RequestParam(required = false) String cohortId, @RequestParam(required = false) String coachId,
            @RequestParam(required = false) String open) {
        if (viewer.graduate()) {
            return "redirect:/me/proposals";
        }
        String openChoice = open == null ? "true" : open;
        ProposalFilter filter = new ProposalFilter(parseStage(stage).map(List::of).orElse(List.of()), uuidOrNull(companyId),
                uuidOrNull(cohortId), uuidOrNull(coachId), null, null,
                openChoice.equals("true") ? Boolean.TRUE : openChoice.equals("false") ? Boolean.FALSE : null);
        model.addAttribute("page", service.list(viewer, filter, Math.min(Math.max(0, page), ProposalService.MAX_PAGE), PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("openChoice", openChoice);
        model.addAttribute("staff", viewer.staff());
        model.addAttribute("options", viewer.staff() ? service.options() : null);
        model.addAttribute("stages", ProposalStage.values());
        model.addAttribute("answered", uuidOrNull(request.getParameter("answered")));
        return "proposals/list";
    }

    @GetMapping("/proposals/board")
    String board(Viewer viewer, Model model, @RequestParam(required = false) String companyId,
            @RequestParam(required = false) String cohortId, @RequestParam(required = false) String coachId) {
        ProposalFilter filter = new ProposalFilter(List.of(), uuidOrNull(companyId), uuidOrNull(cohortId), uuidOrNull(coachId),
                null, null, true);
        model.addAttribute("board", service.board(viewer, filter));
        model.addAttribute("filter", filter);
        return "proposals/board";
    }

    @GetMapping("/me/proposals")
    String mine(Viewer viewer, Model model) {
        if (!viewer.graduate()) {
            return "redirect:/proposals";
        }
        model.addAttribute("inbox", service.inbox(viewer));
        return "proposals/mine";
    }

    // --- one proposal ---------------------------------------------------------------------

    @GetMapping("/proposals/{id}")
    String detail(Viewer viewer, @PathVariable UUID id, Model model) {
        return detail(viewer, service.get(viewer, id), model);
    }

    /** The form to propose a graduate (staff) or mark interest in them (recruiter): pick one of the open listings. */
    @GetMapping("/proposals/new")
    String newForm(Viewer viewer, @RequestParam("graduate") String graduate, Model model) {
        if (viewer.graduate()) {
            throw new AccessDeniedException("graduates do not propose");
        }
        UUID graduateId = uuidOrNull(graduate);
        if (graduateId == null) {
            throw new ProposalNotFoundException("graduate", null);
        }
        return form(viewer, graduateId, null, null, null, model);
    }

    @PostMapping("/proposals")
    String create(Viewer viewer, @ModelAttribute CreateForm form, Model model, HttpServletResponse response) {
        UUID graduateId = uuidOrNull(form.graduateId());
        UUID listingId = uuidOrNull(form.listingId());
        if (graduateId == null) {
            throw new ProposalNotFoundException("graduate", null);
        }
        if (listingId == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(viewer, graduateId, null, form.note(), "proposals.error.listing", model);
        }
        try {
            ProposalView created = service.create(viewer, new ProposalRequests.Create(graduateId, listingId, form.note()));
            return "redirect:/proposals/" + created.id() + "?created";
        } catch (ProposalConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(viewer, graduateId, listingId, form.note(), "proposals.conflict." + e.type(), model);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(viewer, graduateId, listingId, form.note(), "proposals.error.note", model);
        }
    }

    @PostMapping("/proposals/{id}/transitions")
    String move(Viewer viewer, @PathVariable UUID id, @ModelAttribute MoveForm form, Model model, HttpServletResponse response) {
        Optional<ProposalStage> to = parseStage(form.to());
        Long version = version(form.version());
        if (to.isEmpty() || version == null) {
            return badRequest(viewer, id, "proposals.error.form", model, response);
        }
        DeclineReason reason = null;
        if (form.reason() != null && !form.reason().isBlank()) {
            try {
                reason = DeclineReason.valueOf(form.reason());
            } catch (IllegalArgumentException e) {
                return badRequest(viewer, id, "proposals.error.reason", model, response);
            }
        }
        if (to.get() != ProposalStage.DECLINED_BY_EMPLOYER) {
            reason = null; // a shared form may send the reason select along with another button
        }
        ProposalRequests.Transition request = new ProposalRequests.Transition(to.get(), version, form.note(), reason);
        return run(viewer, id, form.back(), model, response, () -> service.move(viewer, id, request));
    }

    @PostMapping("/proposals/{id}/confirm")
    String confirm(Viewer viewer, @PathVariable UUID id, @RequestParam(required = false) String version,
            @RequestParam(required = false) String back, Model model, HttpServletResponse response) {
        return runVersioned(viewer, id, version, back, model, response, v -> service.confirm(viewer, id, v));
    }

    @PostMapping("/proposals/{id}/accept")
    String accept(Viewer viewer, @PathVariable UUID id, @RequestParam(required = false) String version,
            @RequestParam(required = false) String back, Model model, HttpServletResponse response) {
        return runVersioned(viewer, id, version, back, model, response, v -> service.accept(viewer, id, v));
    }

    @PostMapping("/proposals/{id}/decline")
    String decline(Viewer viewer, @PathVariable UUID id, @RequestParam(required = false) String version,
            @RequestParam(required = false) String note, @RequestParam(required = false) String back, Model model,
            HttpServletResponse response) {
        return runVersioned(viewer, id, version, back, model, response, v -> service.decline(viewer, id, v, note));
    }

    // --- errors ---------------------------------------------------------------------------

    @ExceptionHandler({ProposalNotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "proposals/not-found";
    }

    // --- helpers --------------------------------------------------------------------------

    /**
     * Runs a change and redirects where the user came from; when it cannot be made, shows the
     * proposal as it is now with the reason, in the user's language.
     */
    private String run(Viewer viewer, UUID id, String back, Model model, HttpServletResponse response,
            java.util.function.Supplier<ProposalView> change) {
        try {
            change.get();
            return switch (back == null ? "" : back) {
                case "inbox" -> "redirect:/proposals?answered=" + id + "#p-" + id;
                case "board" -> "redirect:/proposals/board";
                case "mine" -> "redirect:/me/proposals#p-" + id;
                default -> "redirect:/proposals/" + id;
            };
        } catch (StaleProposalException | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", "proposals.conflict.stale");
            return detail(viewer, service.get(viewer, id), model);
        } catch (ProposalMoveRefused e) {
            response.setStatus(e.refusal() == ProposalRefusal.NOT_YOUR_MOVE ? HttpStatus.FORBIDDEN.value() : HttpStatus.CONFLICT.value());
            model.addAttribute("problem", "proposals.refusal." + e.refusal().name());
            return detail(viewer, service.get(viewer, id), model);
        } catch (IllegalArgumentException e) {
            return badRequest(viewer, id, "proposals.error.note", model, response);
        }
    }

    /** {@link #run} for a one-click answer that sends back only the version it read: none, or not a number, is a 400. */
    private String runVersioned(Viewer viewer, UUID id, String version, String back, Model model, HttpServletResponse response,
            LongFunction<ProposalView> change) {
        Long v = version(version);
        if (v == null) {
            return badRequest(viewer, id, "proposals.error.form", model, response);
        }
        return run(viewer, id, back, model, response, () -> change.apply(v));
    }

    private String badRequest(Viewer viewer, UUID id, String messageKey, Model model, HttpServletResponse response) {
        ProposalView current = service.get(viewer, id); // 404 first when the proposal is not the viewer's
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problem", messageKey);
        return detail(viewer, current, model);
    }

    private String detail(Viewer viewer, ProposalView proposal, Model model) {
        model.addAttribute("p", proposal);
        model.addAttribute("staff", viewer.staff());
        model.addAttribute("recruiter", viewer.recruiter());
        model.addAttribute("graduate", viewer.graduate());
        return "proposals/detail";
    }

    private String form(Viewer viewer, UUID graduateId, UUID listingId, String note, String error, Model model) {
        model.addAttribute("candidate", service.candidate(viewer, graduateId));
        model.addAttribute("listingId", listingId);
        model.addAttribute("note", note);
        model.addAttribute("error", error);
        model.addAttribute("staff", viewer.staff());
        return "proposals/new";
    }

    private static Optional<ProposalStage> parseStage(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ProposalStage.valueOf(s.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The "propose / interested" form's fields, as typed. */
    record CreateForm(String graduateId, String listingId, String note) {
    }

    /** A one-click answer's fields, as typed: the target stage, the version seen, and optionally a note and a decline reason. */
    record MoveForm(String to, String version, String note, String reason, String back) {
    }

}
