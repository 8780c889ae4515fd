package org.migracode.talent.portal.proposals;

import org.migracode.talent.portal.security.Viewer;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.migracode.talent.index.access.GraduateAccess;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.proposals.Proposal;
import org.migracode.talent.index.proposals.ProposalMoveRefused;
import org.migracode.talent.index.proposals.ProposalQuery;
import org.migracode.talent.index.proposals.ProposalRefusal;
import org.migracode.talent.index.proposals.ProposalRepository;
import org.migracode.talent.index.proposals.ProposalStage;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Tenancy of proposals: which proposal and which graduate a viewer may reach, and which
 * proposals a viewer's filter may match. A proposal or graduate the viewer may not reach is
 * reported as not found ({@link ProposalNotFoundException}), so ids cannot be probed.
 */
@Component
class ProposalAccess {

    private final ProposalRepository proposals;
    private final GraduateRepository graduates;
    private final GraduateAccess access;
    private final ProposalViews views;

    ProposalAccess(ProposalRepository proposals, GraduateRepository graduates, GraduateAccess access, ProposalViews views) {
        this.proposals = proposals;
        this.graduates = graduates;
        this.access = access;
        this.views = views;
    }

    /** The proposal, if the viewer may see it: staff every one, a recruiter their company's, a graduate their confirmed ones. */
    Proposal visible(Viewer viewer, UUID id) {
        Proposal p = proposals.findById(id).orElseThrow(() -> new ProposalNotFoundException("proposal", id));
        boolean allowed = switch (viewer.role()) {
            case ADMIN, COACH -> true;
            case RECRUITER -> p.getCompanyId().equals(viewer.companyId());
            case GRADUATE -> p.getGraduateId().equals(viewer.graduateId()) && p.isCoachConfirmed();
        };
        if (!allowed) {
            throw new ProposalNotFoundException("proposal", id);
        }
        return p;
    }

    /** The visible proposal, if it is still at the version the caller saw. */
    Proposal current(Viewer viewer, UUID id, long expectedVersion) {
        Proposal p = visible(viewer, id);
        if (p.getVersion() != expectedVersion) {
            throw new StaleProposalException(views.view(viewer, p, true), expectedVersion);
        }
        return p;
    }

    /** The graduate as the viewer may reach them: staff anyone; a recruiter only whom {@link GraduateAccess} shows their company. */
    GraduateProfile graduateFor(Viewer viewer, UUID graduateId) {
        return (viewer.staff() ? graduates.findById(graduateId) : access.findShownTo(viewer.companyId(), graduateId))
                .orElseThrow(() -> new ProposalNotFoundException("graduate", graduateId));
    }

    /**
     * After a block the pipeline is stopped for that company whatever the stage says (a block
     * stored before proposals were withdrawn, or one racing a new proposal): only withdrawing
     * remains. A final stage is left to the rules, which refuse it as FINAL_STAGE.
     */
    void requireOpenToCompany(Proposal p, ProposalStage to) {
        if (to == ProposalStage.WITHDRAWN_BY_GRADUATE || p.getStage().isFinal()) {
            return;
        }
        if (!GraduateAccess.openTo(graduates.findById(p.getGraduateId()).orElse(null), p.getCompanyId())) {
            throw new ProposalMoveRefused(ProposalRefusal.GRADUATE_WITHDREW, p.getStage(), to);
        }
    }

    /**
     * The viewer's filter with tenancy added; empty when nothing can match (final and open stages
     * at once, or a recruiter naming another company: an empty answer, not an error, so nothing is probed).
     */
    static Optional<ProposalQuery> query(Viewer viewer, ProposalFilter f) {
        Set<ProposalStage> stages = EnumSet.noneOf(ProposalStage.class);
        stages.addAll(f.stage());
        if (f.open() != null) {
            Set<ProposalStage> open = ProposalService.OPEN_STAGES;
            Set<ProposalStage> wanted = f.open() ? EnumSet.copyOf(open) : EnumSet.complementOf(EnumSet.copyOf(open));
            stages = stages.isEmpty() ? wanted : intersect(stages, wanted);
            if (stages.isEmpty()) {
                return Optional.empty();
            }
        }
        ProposalQuery q = new ProposalQuery(stages, f.companyId(), f.cohortId(), f.coachId(), f.listingId(), f.graduateId(), false);
        return switch (viewer.role()) {
            case ADMIN, COACH -> Optional.of(q);
            case RECRUITER -> f.companyId() != null && !f.companyId().equals(viewer.companyId()) ? Optional.empty()
                    : Optional.of(q.asCompany(viewer.companyId()));
            case GRADUATE -> viewer.graduateId() == null ? Optional.empty() : Optional.of(q.withGraduate(viewer.graduateId(), true));
        };
    }

    /** The proposals matching the viewer's filter, sorted. */
    List<Proposal> find(Viewer viewer, ProposalFilter filter, Sort sort) {
        return query(viewer, filter).map(q -> proposals.findAll(q.toSpecification(), sort)).orElse(List.of());
    }

    private static Set<ProposalStage> intersect(Set<ProposalStage> a, Set<ProposalStage> b) {
        Set<ProposalStage> out = EnumSet.noneOf(ProposalStage.class);
        a.stream().filter(b::contains).forEach(out::add);
        return out;
    }
}
