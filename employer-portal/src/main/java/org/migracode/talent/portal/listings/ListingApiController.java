package org.migracode.talent.portal.listings;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.migracode.talent.portal.security.Viewer;
import org.migracode.talent.portal.system.PortalProblems;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Listings over REST ({@code /api/v1}). Roles: RECRUITER (own company), COACH and ADMIN (all)
 * manage listings; a GRADUATE reads an OPEN listing among their matches and their own matches.
 * A listing the caller may not see is 404, never 403.
 *
 * <p>{@code DELETE /listings/{id}} deletes a DRAFT (204) and closes an OPEN or CLOSED listing
 * (200 with the closed listing): once a listing was public, matches and proposals refer to it.
 *
 * <p>Errors are RFC 9457 problems with a {@code detail} that names the field and the rule:
 * 400 for bad input, 404 for a listing or graduate not visible, 409 for a stale {@code version}
 * (with {@code currentVersion}) or a transition that is not allowed.
 */
@RestController
@RequestMapping("/api/v1")
class ListingApiController {

    private final ListingService service;
    private final PortalProblems refusals;

    ListingApiController(ListingService service, PortalProblems refusals) {
        this.service = service;
        this.refusals = refusals;
    }

    @Operation(summary = "List listings", description = "Roles: RECRUITER (own company), COACH and ADMIN (all companies). GRADUATE: 403.")
    @GetMapping("/listings")
    ListingPage list(Viewer viewer, Locale locale, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return service.list(viewer, page, size, locale);
    }

    @Operation(summary = "Create a listing", description = "Skills are resolved through the taxonomy; with none tagged, the skills the text names are stored. Roles: RECRUITER (own company only), COACH and ADMIN (companyId required). GRADUATE: 403.")
    @PostMapping("/listings")
    ResponseEntity<ListingView> create(Viewer viewer, Locale locale, @Valid @RequestBody ListingRequest request) {
        ListingView created = service.create(viewer, request, locale);
        return ResponseEntity.created(java.net.URI.create("/api/v1/listings/" + created.id())).body(created);
    }

    @Operation(summary = "One listing", description = "Roles: RECRUITER (own company, else 404), COACH, ADMIN, GRADUATE (only an OPEN listing among their matches, else 404).")
    @GetMapping("/listings/{id}")
    ListingView get(Viewer viewer, Locale locale, @PathVariable UUID id) {
        return service.get(viewer, id, locale);
    }

    @Operation(summary = "Update a listing", description = "Optimistic locking: send the version you read; a stale one answers 409 with the current version. type, remotePolicy, requiredSkills, niceToHaveSkills and languages left out keep their stored value (an empty list clears it); title, description, city and startDate are replaced. Roles: RECRUITER (own company, else 404), COACH, ADMIN.")
    @PutMapping("/listings/{id}")
    ListingView update(Viewer viewer, Locale locale, @PathVariable UUID id, @Valid @RequestBody ListingRequest request) {
        return service.update(viewer, id, request, locale);
    }

    @Operation(summary = "Delete a draft or close a listing", description = "A DRAFT is deleted (204); an OPEN or CLOSED listing is closed (200). Roles: RECRUITER (own company, else 404), COACH, ADMIN.")
    @DeleteMapping("/listings/{id}")
    ResponseEntity<ListingView> delete(Viewer viewer, Locale locale, @PathVariable UUID id) {
        ListingView closed = service.delete(viewer, id, locale);
        return closed == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(closed);
    }

    @Operation(summary = "Open a listing", description = "Roles: RECRUITER (own company, else 404), COACH, ADMIN. A closed listing cannot be reopened (409).")
    @PostMapping("/listings/{id}/open")
    ListingView open(Viewer viewer, Locale locale, @PathVariable UUID id) {
        return service.open(viewer, id, locale);
    }

    @Operation(summary = "Close a listing", description = "Roles: RECRUITER (own company, else 404), COACH, ADMIN.")
    @PostMapping("/listings/{id}/close")
    ListingView close(Viewer viewer, Locale locale, @PathVariable UUID id) {
        return service.close(viewer, id, locale);
    }

    @Operation(summary = "Preview the skills a listing text names", description = "Required and nice-to-have skills with their spans, for correction before saving. Roles: RECRUITER, COACH, ADMIN.")
    @PostMapping("/listings/preview-skills")
    SkillPreview previewSkills(Locale locale, @Valid @RequestBody PreviewRequest request) {
        return service.preview(request, locale);
    }

    @Operation(summary = "Ranked graduates for a listing", description = "Each match carries its explanation (components adding up to the score, matched, implied and missing skills, language gaps, availability) and the model version. The ranking explains; people decide; nobody is rejected automatically. Roles: RECRUITER (own company, else 404), COACH, ADMIN.")
    @GetMapping("/listings/{id}/matches")
    MatchesView listingMatches(Viewer viewer, Locale locale, @PathVariable UUID id, @RequestParam(required = false) Integer k) {
        return service.matchesForListing(viewer, id, k == null ? service.defaultTopK() : k, locale);
    }

    @Operation(summary = "Best open listings for a graduate", description = "Each with its explanation and model version, plus skillsToLearn: the missing required skills that would open the most nearly matching listings. The ranking explains; people decide; nobody is rejected automatically. Roles: the graduate themself (another graduate: 404), COACH, ADMIN. RECRUITER: 403.")
    @GetMapping("/graduates/{id}/matches")
    MatchesView graduateMatches(Viewer viewer, Locale locale, @PathVariable UUID id, @RequestParam(required = false) Integer k) {
        return service.matchesForGraduate(viewer, id, k == null ? service.defaultTopK() : k, locale);
    }

    // --- problems -------------------------------------------------------------------------
    // (listing-specific ones; bad input, unreadable bodies and conflicts are answered by system.ApiExceptionHandler)

    /** Two edits of the same version raced and the other committed first. */
    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail raced(ObjectOptimisticLockingFailureException e, Viewer viewer, Locale locale) {
        Long current = null;
        if (e.getIdentifier() instanceof UUID id) {
            try {
                current = service.get(viewer, id, locale).version();
            } catch (RuntimeException gone) {
                // deleted meanwhile: no current version to report
            }
        }
        return refusals.of(new RacedListingException(current));
    }
}
