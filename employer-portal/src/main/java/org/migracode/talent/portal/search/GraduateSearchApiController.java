package org.migracode.talent.portal.search;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.Locale;
import org.migracode.talent.portal.security.RoleOnlyAllowed;
import org.migracode.talent.portal.security.Viewer;
import org.migracode.talent.portal.system.ProblemTypes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/graduates} (search) and {@code GET /api/v1/graduates/{id}} (profile). Bad
 * parameters answer 400 with a problem body (type {@code …/problems/invalid-input}); a graduate
 * the caller may not see answers 404 (type {@code …/problems/not-found}), exactly like one that
 * does not exist.
 */
@RestController
@RequestMapping("/api/v1/graduates")
class GraduateSearchApiController {

    static final URI NOT_FOUND_TYPE = ProblemTypes.of("not-found");

    private final GraduateSearchService candidates;

    GraduateSearchApiController(GraduateSearchService candidates) {
        this.candidates = candidates;
    }

    @Operation(summary = "Search graduates", description = "Free text through the skill taxonomy (\"JS\" finds JavaScript) and the occupation vocabulary (\"programadora\", \"desenvolupador\" and \"developer\" find the same graduates), forgiving typos (\"javscript\"; `suggestion` then says what it was read as), filters, facets and highlights. Roles: RECRUITER (only graduates who consented and are active), COACH, ADMIN. GRADUATE: 403.")
    @GetMapping
    GraduateSearchResponse search(@RoleOnlyAllowed Viewer viewer, @ModelAttribute GraduateSearchParams params, Locale locale) {
        return candidates.search(viewer, params, locale);
    }

    @Operation(summary = "One graduate profile", description = "Employer-facing fields. Roles: RECRUITER (consenting, active graduates only; never contact details; anything else 404), COACH and ADMIN (everything, with contact), GRADUATE (own profile only, else 404).")
    @GetMapping("/{id}")
    GraduateProfileView profile(@RoleOnlyAllowed Viewer viewer, @PathVariable String id, Locale locale) {
        return GraduateIds.parse(id).flatMap(uuid -> candidates.profile(viewer, uuid, locale)).orElseThrow(GraduateNotVisibleException::new);
    }
}
