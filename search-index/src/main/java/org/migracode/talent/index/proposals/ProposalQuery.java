package org.migracode.talent.index.proposals;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which proposals to list; every null or empty criterion means "any". Tenancy is the caller's
 * business: the portal sets {@code companyId} for recruiters and {@code graduateId} plus
 * {@code confirmedOnly} for graduates.
 *
 * @param stages only these stages (empty: all)
 * @param coachId the coach responsible (who proposed, or who confirmed a recruiter's interest)
 * @param companyViewer the query is a company's ({@code companyId}'s recruiters): a proposal whose
 *        graduate blocked that company (its personal data withdrawn, docs/privacy.md "Blocking and
 *        hiding") matches no {@code graduateId} or {@code cohortId} criterion, so filtering neither
 *        confirms the graduate's id nor tells their cohort; it still matches the other criteria
 */
public record ProposalQuery(Set<ProposalStage> stages, UUID companyId, UUID cohortId, UUID coachId, UUID listingId,
        UUID graduateId, boolean confirmedOnly, boolean companyViewer) {

    public ProposalQuery {
        stages = stages == null ? Set.of() : Set.copyOf(stages);
    }

    /** A query of the school or of a graduate (not a company's view). */
    public ProposalQuery(Set<ProposalStage> stages, UUID companyId, UUID cohortId, UUID coachId, UUID listingId, UUID graduateId,
            boolean confirmedOnly) {
        this(stages, companyId, cohortId, coachId, listingId, graduateId, confirmedOnly, false);
    }

    public static ProposalQuery all() {
        return new ProposalQuery(Set.of(), null, null, null, null, null, false);
    }

    public ProposalQuery withCompany(UUID company) {
        return new ProposalQuery(stages, company, cohortId, coachId, listingId, graduateId, confirmedOnly, companyViewer);
    }

    /** The query as {@code company}'s recruiters ask it: their company's proposals, see {@code companyViewer}. */
    public ProposalQuery asCompany(UUID company) {
        return new ProposalQuery(stages, company, cohortId, coachId, listingId, graduateId, confirmedOnly, true);
    }

    public ProposalQuery withGraduate(UUID graduate, boolean onlyConfirmed) {
        return new ProposalQuery(stages, companyId, cohortId, coachId, listingId, graduate, onlyConfirmed, companyViewer);
    }

    public ProposalQuery withStages(Set<ProposalStage> only) {
        return new ProposalQuery(only, companyId, cohortId, coachId, listingId, graduateId, confirmedOnly, companyViewer);
    }

    /** The criteria as a JPA specification. */
    public Specification<Proposal> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (!stages.isEmpty()) {
                all.add(root.get("stage").in(stages));
            }
            if (companyId != null) {
                all.add(cb.equal(root.get("companyId"), companyId));
            }
            if (coachId != null) {
                all.add(cb.equal(root.get("coachAccountId"), coachId));
            }
            if (listingId != null) {
                all.add(cb.equal(root.get("listingId"), listingId));
            }
            if (graduateId != null) {
                all.add(cb.equal(root.get("graduateId"), graduateId));
            }
            if (confirmedOnly) {
                all.add(cb.isNotNull(root.get("coachConfirmedAt")));
            }
            if (cohortId != null) {
                Subquery<UUID> inCohort = query.subquery(UUID.class);
                var g = inCohort.from(GraduateProfile.class);
                inCohort.select(g.get("id")).where(cb.equal(g.get("cohortId"), cohortId));
                all.add(root.get("graduateId").in(inCohort));
            }
            if (companyViewer && companyId != null && (graduateId != null || cohortId != null)) {
                // the graduates who blocked the company: GraduateAccess.openTo as SQL, so counts and pages agree
                Subquery<UUID> blocking = query.subquery(UUID.class);
                var g = blocking.from(GraduateProfile.class);
                var blocked = g.join("blockedCompanies");
                blocking.select(g.get("id")).where(cb.equal(blocked, companyId));
                all.add(cb.not(root.get("graduateId").in(blocking)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
