package org.migracode.talent.portal.proposals;

import static org.migracode.talent.portal.system.InputRules.version;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.index.proposals.DeclineReason;
import org.migracode.talent.index.proposals.ProposalMoveRefused;
import org.migracode.talent.index.proposals.ProposalRefusal;
import org.migracode.talent.index.proposals.ProposalRules;
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
 * A listing's pipeline page ({@code /listings/{id}/pipeline}): a board (or, with
 * {@code view=list}, a table) of its proposals by stage, moved with plain form buttons that work
 * without JavaScript; {@code pipeline.js} adds keyboard-accessible drag and drop on top, which
 * presses the same buttons. Declining and withdrawing need one of the fixed reasons. A move that
 * cannot be made shows the pipeline again with the reason and a 4xx status.
 */
@Controller
class PipelineController {

    private final PipelineService service;

    PipelineController(PipelineService service) {
        this.service = service;
    }

    @ModelAttribute("pipelineReasons")
    java.util.List<DeclineReason> reasons() {
        return ProposalRules.PIPELINE_REASONS;
    }

    @GetMapping("/listings/{id}/pipeline")
    String pipeline(Viewer viewer, @PathVariable UUID id, @RequestParam(required = false) String view, Model model) {
        return page(notGraduate(viewer), id, view, null, model);
    }

    @PostMapping("/listings/{id}/pipeline/{proposalId}")
    String move(Viewer viewer, @PathVariable UUID id, @PathVariable UUID proposalId, @ModelAttribute MoveForm form, Model model,
            HttpServletResponse response) {
        notGraduate(viewer);
        Optional<ProposalStage> to = stage(form.to());
        Long version = version(form.version());
        String view = "list".equals(form.view()) ? "list" : null;
        if (to.isEmpty() || version == null) {
            return problem(viewer, id, view, "proposals.error.form", HttpStatus.BAD_REQUEST, model, response);
        }
        DeclineReason reason = null;
        if (ProposalRules.takesReason(to.get())) {
            reason = reason(form.reason());
            if (reason == null) {
                return problem(viewer, id, view, "pipeline.error.reason", HttpStatus.BAD_REQUEST, model, response);
            }
        }
        try {
            service.move(viewer, id, proposalId, new ProposalRequests.Transition(to.get(), version, form.note(), reason));
        } catch (StaleProposalException | ObjectOptimisticLockingFailureException e) {
            return problem(viewer, id, view, "proposals.conflict.stale", HttpStatus.CONFLICT, model, response);
        } catch (ProposalMoveRefused e) {
            HttpStatus status = e.refusal() == ProposalRefusal.NOT_YOUR_MOVE ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
            return problem(viewer, id, view, "proposals.refusal." + e.refusal().name(), status, model, response);
        } catch (IllegalArgumentException e) {
            return problem(viewer, id, view, "proposals.error.note", HttpStatus.BAD_REQUEST, model, response);
        }
        return "redirect:/listings/" + id + "/pipeline?moved=" + proposalId + (view == null ? "" : "&view=list") + "#card-" + proposalId;
    }

    @ExceptionHandler({ProposalNotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "proposals/not-found";
    }

    private String problem(Viewer viewer, UUID listingId, String view, String messageKey, HttpStatus status, Model model,
            HttpServletResponse response) {
        String page = page(viewer, listingId, view, messageKey, model); // 404 first when the listing is not the viewer's
        response.setStatus(status.value());
        return page;
    }

    private String page(Viewer viewer, UUID listingId, String view, String problem, Model model) {
        model.addAttribute("pipeline", service.pipeline(viewer, listingId));
        model.addAttribute("listView", "list".equals(view));
        model.addAttribute("problem", problem);
        model.addAttribute("staff", viewer.staff());
        return "proposals/pipeline";
    }

    /** Graduates have no pipeline: they neither see other candidates nor move cards. */
    private static Viewer notGraduate(Viewer viewer) {
        if (viewer.graduate()) {
            throw new AccessDeniedException("graduates have no pipeline");
        }
        return viewer;
    }

    private static Optional<ProposalStage> stage(String s) {
        try {
            return s == null ? Optional.empty() : Optional.of(ProposalStage.valueOf(s.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** One of the pipeline's fixed reasons, or null. */
    private static DeclineReason reason(String s) {
        if (s == null) {
            return null;
        }
        return ProposalRules.PIPELINE_REASONS.stream().filter(r -> r.name().equals(s.strip())).findFirst().orElse(null);
    }

    /** A card's move as typed: target stage, the version seen, an exit's reason, an optional note, and which view to return to. */
    record MoveForm(String to, String version, String reason, String note, String view) {
    }
}
