package org.migracode.talent.index.access;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.migracode.talent.index.graduates.GraduateIndexFields;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.listings.ListingIndexFields;
import org.migracode.talent.index.proposals.GraduateResponse;
import org.migracode.talent.index.proposals.ProposalRepository;
import org.migracode.talent.index.proposals.ProposalStage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one rule for what a company — its recruiters, and school staff acting towards it — may see
 * of a graduate. Every path by which a company reaches a graduate asks here: recruiter search,
 * facets and advice, a listing's ranked matches, the profile, the proposal form, creating a
 * proposal, and every proposal view (detail, lists, inbox). docs/privacy.md, "Blocking and
 * hiding", says the same in words.
 *
 * <ol>
 *   <li><b>Finding and proposing</b> ({@link #shownTo(GraduateProfile, UUID)}): the graduate shows
 *       their profile to employers, is active, and has not blocked the company. Otherwise the
 *       graduate does not exist for that company: callers answer exactly as for an unknown id.
 *       Search and matching apply the same rule as an index filter
 *       ({@link #shownTo(SearchPredicateFactory, UUID)}); {@code GraduateAccessIT} checks that
 *       the two agree.</li>
 *   <li><b>Proposals the company already has</b> ({@link #onProposals}): after a block,
 *       {@link Disclosure#WITHDRAWN} (no name, cohort, notes or contact details, and the pipeline
 *       stops, {@link #openTo}); otherwise the name and cohort, and the contact details only
 *       once the graduate accepted one of the company's proposals and either still shows their
 *       profile or was hired by that company ({@link Disclosure#CONTACT}).</li>
 * </ol>
 * School staff (coaches, admins) see everyone; a graduate sees themself. Those are the callers'
 * role checks, not company access.
 */
@Component
public class GraduateAccess {

    private final GraduateRepository graduates;
    private final ProposalRepository proposals;

    public GraduateAccess(GraduateRepository graduates, ProposalRepository proposals) {
        this.graduates = graduates;
        this.proposals = proposals;
    }

    /** What a company sees of a graduate on a proposal it has. */
    public enum Disclosure {
        /** The graduate blocked the company (or is gone): nothing personal, and the pipeline is stopped. */
        WITHDRAWN,
        /** Name and cohort (as when the proposal was made), no contact details. */
        NAME,
        /** Name, cohort, e-mail and phone. */
        CONTACT;

        public boolean showsName() {
            return this != WITHDRAWN;
        }

        public boolean showsContact() {
            return this == CONTACT;
        }
    }

    // --- 1. finding and proposing ---------------------------------------------------------------

    /**
     * The rule: may {@code companyId}'s people find, open and propose {@code g}? Shown to employers,
     * active, and not blocking the company. {@code companyId} null (a draft listing not tied to a
     * company yet): consent and activity only.
     */
    public static boolean shownTo(GraduateProfile g, UUID companyId) {
        return g != null && g.isVisibleToEmployers() && g.isActive() && !g.blocks(companyId);
    }

    /** {@link #shownTo(GraduateProfile, UUID)} as a filter on the graduate index (Hibernate Search DSL, any backend). */
    public static PredicateFinalStep shownTo(SearchPredicateFactory f, UUID companyId) {
        var rule = f.bool()
                .filter(f.match().field(GraduateIndexFields.VISIBLE).matching(true))
                .filter(f.match().field(GraduateIndexFields.ACTIVE).matching(true));
        if (companyId != null) {
            rule.filter(f.not(f.match().field(GraduateIndexFields.BLOCKED_COMPANY).matching(companyId)));
        }
        return rule;
    }

    /**
     * The other direction, on the listing index: a graduate is never offered listings of the
     * companies they blocked. Matches every listing when {@code blockedCompanies} is empty.
     */
    public static PredicateFinalStep offeredListings(SearchPredicateFactory f, Set<UUID> blockedCompanies) {
        return blockedCompanies.isEmpty() ? f.matchAll()
                : f.not(f.terms().field(ListingIndexFields.COMPANY).matchingAny(blockedCompanies));
    }

    /** Graduate {@code graduateId} if {@code companyId}'s people may see them; empty exactly as for an unknown id. */
    @Transactional(readOnly = true)
    public Optional<GraduateProfile> findShownTo(UUID companyId, UUID graduateId) {
        return graduateId == null ? Optional.empty() : graduates.findById(graduateId).filter(g -> shownTo(g, companyId));
    }

    // --- 2. proposals the company already has -------------------------------------------------

    /**
     * What {@code companyId} sees of {@code g} (null: erased) on its proposals; see the class comment.
     * Reads the company's proposals for the graduate (accepted? hired?) when it needs to.
     */
    @Transactional(readOnly = true)
    public Disclosure onProposals(GraduateProfile g, UUID companyId) {
        if (companyId == null || !openTo(g, companyId)) {
            return Disclosure.WITHDRAWN;
        }
        boolean accepted = proposals.existsByGraduateIdAndCompanyIdAndGraduateResponse(g.getId(), companyId, GraduateResponse.ACCEPTED);
        if (!accepted) {
            return Disclosure.NAME;
        }
        return shownTo(g, companyId) || proposals.existsByGraduateIdAndCompanyIdAndStage(g.getId(), companyId, ProposalStage.HIRED)
                ? Disclosure.CONTACT : Disclosure.NAME;
    }

    /**
     * Whether the graduate is still open to {@code companyId} at all: not after a block (or
     * erasure). New proposals to the company and every move of its proposals but withdrawing need it.
     */
    public static boolean openTo(GraduateProfile g, UUID companyId) {
        return g != null && !g.blocks(companyId);
    }
}
