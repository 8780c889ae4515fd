package org.migracode.talent.portal.search;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.index.access.GraduateAccess;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.cohort.Cohort;
import org.migracode.talent.index.cohort.CohortRepository;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.search.GraduateHit;
import org.migracode.talent.index.search.GraduatePage;
import org.migracode.talent.index.search.GraduateQuery;
import org.migracode.talent.index.search.GraduateSearch;
import org.migracode.talent.portal.audit.AuditRecorder;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feature's entry points, guarded by method security as well as by URL rules: searching is
 * for recruiters and school staff; a profile is for them and for the graduate it belongs to.
 * Visibility is decided from the signed-in {@link Viewer}, never from request data: recruiters
 * see whom {@link GraduateAccess} shows to their company (consenting, active, not blocking it), and
 * anyone else is answered like an unknown id. Every profile and every result
 * page shown is recorded in the audit log (a graduate's own profile excepted).
 */
@Service
class GraduateSearchService {

    private final GraduateSearch search;
    private final GraduateRepository graduates;
    private final CohortRepository cohorts;
    private final AuditRecorder audit;
    private final GraduateAccess access;

    GraduateSearchService(GraduateSearch search, GraduateRepository graduates, CohortRepository cohorts, AuditRecorder audit,
            GraduateAccess access) {
        this.search = search;
        this.graduates = graduates;
        this.cohorts = cohorts;
        this.audit = audit;
        this.access = access;
    }

    /**
     * The search as the audit log keeps it: every parameter the caller sent, as a query string
     * ({@code q=react&skill=Docker}), which the audit page shows as labelled filters.
     */
    static String describe(GraduateSearchParams params) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        part(parts, "q", params.q());
        params.skill().forEach(v -> part(parts, "skill", v));
        params.language().forEach(v -> part(parts, "language", v));
        part(parts, "languageLevel", params.languageLevel());
        part(parts, "availableBy", params.availableBy());
        part(parts, "city", params.city());
        part(parts, "remote", params.remote());
        part(parts, "type", params.type());
        part(parts, "cohort", params.cohort());
        part(parts, "sort", params.sort());
        part(parts, "page", params.page());
        part(parts, "size", params.size());
        return String.join("&", parts);
    }

    private static void part(java.util.List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /**
     * One page of graduates the viewer may see.
     *
     * @throws IllegalArgumentException for a bad parameter, with a message naming it
     */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    public GraduateSearchResponse search(Viewer viewer, GraduateSearchParams params, Locale locale) {
        GraduateQuery query = params.toQuery(viewer.recruiter()); // recruiters see only consenting, active graduates
        if (viewer.role() == Role.RECRUITER) {
            query = new GraduateQuery(query.text(), query.skills(), query.languages(), query.availableBy(), query.city(),
                    query.remote(), query.type(), query.cohort(), query.sort(), query.page(), query.size(),
                    query.viewerMayOnlySeeConsenting(), viewer.companyId());
        }
        GraduatePage page = search.search(query);
        audit.searchResultsShown(page.items().stream().map(GraduateHit::id).toList(), describe(params));
        return GraduateSearchResponse.of(page, locale);
    }

    /**
     * The profile of graduate {@code id} as the viewer may see it; empty when it does not exist
     * <em>or the viewer may not see it</em>, so that ids cannot be probed.
     */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN', 'GRADUATE')")
    @Transactional(readOnly = true)
    public Optional<GraduateProfileView> profile(Viewer viewer, UUID id, Locale locale) {
        Optional<GraduateProfileView> profile = graduates.findById(id)
                .filter(g -> maySee(viewer, g))
                .map(g -> GraduateProfileView.of(g, cohortName(g), viewer.staff() || isSelf(viewer, g) || contactFor(viewer, g),
                        viewer.staff() || isSelf(viewer, g), locale));
        profile.ifPresent(p -> audit.profileViewed(id));
        return profile;
    }

    /**
     * A recruiter sees a graduate's contact details only as {@link GraduateAccess#onProposals} allows
     * (the graduate accepted one of the company's proposals and has not withdrawn since).
     */
    private boolean contactFor(Viewer viewer, GraduateProfile g) {
        return viewer.role() == Role.RECRUITER && viewer.companyId() != null
                && access.onProposals(g, viewer.companyId()).showsContact();
    }

    private static boolean maySee(Viewer viewer, GraduateProfile g) {
        return switch (viewer.role()) {
            case ADMIN, COACH -> true;
            case RECRUITER -> GraduateAccess.shownTo(g, viewer.companyId());
            case GRADUATE -> isSelf(viewer, g);
        };
    }

    private static boolean isSelf(Viewer viewer, GraduateProfile g) {
        return viewer.role() == Role.GRADUATE && g.getId().equals(viewer.graduateId());
    }

    private String cohortName(GraduateProfile g) {
        return g.getCohortId() == null ? null : cohorts.findById(g.getCohortId()).map(Cohort::getName).orElse(null);
    }
}
