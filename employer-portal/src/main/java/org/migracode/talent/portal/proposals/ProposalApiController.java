package org.migracode.talent.portal.proposals;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.index.proposals.ProposalMoveRefused;
import org.migracode.talent.portal.security.Viewer;
import org.migracode.talent.portal.system.PortalProblems;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proposals over REST ({@code /api/v1/proposals}). Roles: COACH and ADMIN see and move every
 * proposal; a RECRUITER those of their own company's listings; a GRADUATE their own once a coach
 * confirmed it. A proposal the caller may not see is 404, never 403.
 *
 * <p>Every change carries the {@code version} the caller saw. When someone else moved the
 * proposal first the answer is 409 {@code stale-version} with {@code currentVersion},
 * {@code currentStage} and the whole {@code proposal} as it is now; a move the rules do not allow
 * is 409 {@code transition-not-allowed} (with {@code refusal}), one that is not the caller's side's
 * to make is 403 {@code not-your-move}.
 */
@RestController
@RequestMapping("/api/v1/proposals")
class ProposalApiController {

    private final ProposalService service;
    private final PortalProblems refusals;

    ProposalApiController(ProposalService service, PortalProblems refusals) {
        this.service = service;
        this.refusals = refusals;
    }

    @Operation(summary = "List proposals", description = "Filters: stage (repeatable), companyId, cohortId, coachId, listingId, "
            + "graduateId, open (true: not final; false: final). Most recently moved first; size at most 100. "
            + "Roles: COACH and ADMIN (all), RECRUITER (own company's listings only; another companyId gives an empty page; a proposal "
            + "whose graduate blocked the company matches no graduateId or cohortId filter), "
            + "GRADUATE (own, confirmed proposals only).")
    @GetMapping
    ProposalPage list(Viewer viewer, @ModelAttribute ProposalFilter filter, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return service.list(viewer, filter, page, size);
    }

    @Operation(summary = "One proposal with its history", description = "The history lists every move, oldest first: from, to, "
            + "when, who, on whose side, note. Contact details appear for school staff, the graduate, and a recruiter only once the "
            + "graduate accepted (and still shows their profile, or was hired by that company). After the graduate blocked the "
            + "company its recruiters see personalDataWithdrawn=true and no name, cohort, notes or contact details. "
            + "Roles: COACH, ADMIN, RECRUITER (own company, else 404), GRADUATE (own and confirmed, else 404).")
    @GetMapping("/{id}")
    ProposalView get(Viewer viewer, @PathVariable UUID id) {
        return service.get(viewer, id);
    }

    @Operation(summary = "Propose a graduate for a listing, or mark interest", description = "A coach or admin proposes "
            + "(stage PROPOSED, the graduate is told); a recruiter marks interest for their own company's OPEN listing "
            + "(stage EMPLOYER_INTERESTED, origin RECRUITER, awaiting a coach's confirmation). 409 when the graduate is already "
            + "proposed for the listing, the listing is not open, or the graduate does not show their profile to the listing's "
            + "company (hidden, inactive or blocked it). Roles: COACH, ADMIN, RECRUITER (own company's listings; other listings, and "
            + "graduates hidden from or blocking the company, 404 exactly as an unknown id). GRADUATE: 403.")
    @PostMapping
    ResponseEntity<ProposalView> create(Viewer viewer, @Valid @RequestBody ProposalRequests.Create request) {
        ProposalView created = service.create(viewer, request);
        return ResponseEntity.created(URI.create("/api/v1/proposals/" + created.id())).body(created);
    }

    @Operation(summary = "Move a proposal to another stage", description = "Body: to, version (the one you saw), note, reason "
            + "(required for DECLINED_BY_EMPLOYER, one of SKILLS_GAP, EXPERIENCE, LANGUAGE, AVAILABILITY, LOCATION, POSITION_FILLED, "
            + "OTHER). The pipeline moves one stage at a time (PROPOSED, EMPLOYER_INTERESTED, INTERVIEWING, OFFER, HIRED); "
            + "exits: DECLINED_BY_EMPLOYER, WITHDRAWN_BY_GRADUATE; LISTING_CLOSED only by closing the listing. "
            + "Roles: RECRUITER (own company; pipeline steps and declines, once a coach confirmed), COACH and ADMIN (any move on "
            + "either side's behalf), GRADUATE (own: WITHDRAWN_BY_GRADUATE only). Stale version: 409 with the current state. "
            + "After the graduate blocked the company only WITHDRAWN_BY_GRADUATE remains (else 409, refusal GRADUATE_WITHDREW).")
    @PostMapping("/{id}/transitions")
    ProposalView move(Viewer viewer, @PathVariable UUID id, @Valid @RequestBody ProposalRequests.Transition request) {
        return service.move(viewer, id, request);
    }

    @Operation(summary = "Confirm a recruiter's interest", description = "The graduate is told and the recruiter can go on. "
            + "Body: version. Roles: COACH, ADMIN. RECRUITER and GRADUATE: 403.")
    @PostMapping("/{id}/confirm")
    ProposalView confirm(Viewer viewer, @PathVariable UUID id, @Valid @RequestBody ProposalRequests.Versioned request) {
        return service.confirm(viewer, id, request.version());
    }

    @Operation(summary = "Accept a proposal (the graduate)", description = "From now on the company's recruiters see the "
            + "graduate's contact details. Body: version. Roles: GRADUATE (own, else 404), COACH and ADMIN (recording the "
            + "graduate's answer). RECRUITER: 403.")
    @PostMapping("/{id}/accept")
    ProposalView accept(Viewer viewer, @PathVariable UUID id, @Valid @RequestBody ProposalRequests.Versioned request) {
        return service.accept(viewer, id, request.version());
    }

    @Operation(summary = "Decline a proposal (the graduate)", description = "Moves it to WITHDRAWN_BY_GRADUATE and hides the "
            + "contact details again. Body: version, note. Roles: GRADUATE (own, else 404), COACH and ADMIN (on the graduate's "
            + "behalf). RECRUITER: 403.")
    @PostMapping("/{id}/decline")
    ProposalView decline(Viewer viewer, @PathVariable UUID id, @Valid @RequestBody ProposalRequests.Decline request) {
        return service.decline(viewer, id, request.version(), request.note());
    }

    // --- problems -------------------------------------------------------------------------
    // (proposal-specific ones; bad input, unreadable bodies and bad parameters are answered by system.ApiExceptionHandler)

    /** Two moves of the same version raced and the other committed first. */
    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail raced(ObjectOptimisticLockingFailureException e, Viewer viewer) {
        ProposalView current = null;
        if (e.getIdentifier() instanceof UUID id) {
            try {
                current = service.get(viewer, id);
            } catch (RuntimeException gone) {
                // deleted meanwhile: nothing to show
            }
        }
        return refusals.of(StaleProposalException.raced(current));
    }

    /** A move the transition rules refuse (an {@code IllegalStateException}, which would otherwise be a plain conflict). */
    @ExceptionHandler(ProposalMoveRefused.class)
    ProblemDetail refused(ProposalMoveRefused e) {
        return refusals.of(new RefusedMoveException(e));
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
