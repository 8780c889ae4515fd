package org.migracode.talent.portal.proposals;

import org.migracode.talent.portal.security.Viewer;
import java.time.Instant;
import java.util.UUID;
import org.migracode.talent.index.access.GraduateAccess;
import org.migracode.talent.index.graduates.CompanyBlocked;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingClosed;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.listings.ListingStatus;
import org.migracode.talent.index.proposals.GraduateNotification;
import org.migracode.talent.index.proposals.GraduateNotificationRepository;
import org.migracode.talent.index.proposals.Proposal;
import org.migracode.talent.index.proposals.ProposalOrigin;
import org.migracode.talent.index.proposals.ProposalParty;
import org.migracode.talent.index.proposals.ProposalRepository;
import org.migracode.talent.index.proposals.ProposalStage;
import org.migracode.talent.index.proposals.ProposalStageChanged;
import org.migracode.talent.index.proposals.ProposalTransition;
import org.migracode.talent.portal.audit.AuditRecorder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The writing side of proposals: starting one, moving it through its stages, a coach's
 * confirmation and the graduate's answer. Each move is checked against the tenancy rules
 * ({@link ProposalAccess}) and the version the caller saw, publishes {@link ProposalStageChanged}
 * and tells the graduate once a coach stands behind the proposal. Roles are checked by
 * {@link ProposalService}, which calls this within its transaction.
 */
@Component
class ProposalTransitions {

    private final ProposalRepository proposals;
    private final GraduateNotificationRepository notifications;
    private final ListingRepository listings;
    private final ApplicationEventPublisher events;
    private final AuditRecorder audit;
    private final ProposalNotices notices;
    private final ProposalAccess tenancy;
    private final ProposalViews views;

    ProposalTransitions(ProposalRepository proposals, GraduateNotificationRepository notifications, ListingRepository listings,
            ApplicationEventPublisher events, AuditRecorder audit, ProposalNotices notices, ProposalAccess tenancy, ProposalViews views) {
        this.proposals = proposals;
        this.notifications = notifications;
        this.listings = listings;
        this.events = events;
        this.audit = audit;
        this.notices = notices;
        this.tenancy = tenancy;
        this.views = views;
    }

    ProposalView create(Viewer viewer, ProposalRequests.Create request) {
        Listing listing = listings.findById(request.listingId())
                .filter(l -> viewer.staff() || l.getCompanyId().equals(viewer.companyId()))
                .orElseThrow(() -> new ProposalNotFoundException("listing", request.listingId()));
        GraduateProfile graduate = tenancy.graduateFor(viewer, request.graduateId());
        if (listing.getStatus() != ListingStatus.OPEN) {
            throw new ProposalConflictException("listing-not-open", "listing " + listing.getId() + " is " + listing.getStatus()
                    + ": only an OPEN listing takes proposals");
        }
        if (!GraduateAccess.shownTo(graduate, listing.getCompanyId())) {
            throw new ProposalConflictException("graduate-not-visible", "graduate " + graduate.getId()
                    + " does not show their profile to this listing's company (hidden, inactive or not for this company): ask them first");
        }
        proposals.findByGraduateIdAndListingId(graduate.getId(), listing.getId()).ifPresent(p -> {
            throw new ProposalConflictException("already-proposed", "graduate " + graduate.getId() + " is already proposed for listing "
                    + listing.getId() + " (proposal " + p.getId() + ", stage " + p.getStage() + ")");
        });
        ProposalOrigin origin = viewer.recruiter() ? ProposalOrigin.RECRUITER : ProposalOrigin.COACH;
        Instant now = Instant.now();
        Proposal p = Proposal.start(UUID.randomUUID(), graduate.getId(), listing.getId(), listing.getCompanyId(), origin,
                viewer.accountId(), request.note(), now);
        try {
            proposals.saveAndFlush(p);
        } catch (DataIntegrityViolationException raced) {
            throw new ProposalConflictException("already-proposed", "graduate " + graduate.getId()
                    + " was proposed for listing " + listing.getId() + " by someone else a moment ago");
        }
        publish(p, null, viewer.accountId(), p.getNoteToRecruiter(), now);
        if (p.isCoachConfirmed()) {
            notify(p, now);
        }
        return views.view(viewer, p, true);
    }

    ProposalView move(Viewer viewer, UUID id, ProposalRequests.Transition request) {
        Proposal p = tenancy.current(viewer, id, request.version());
        tenancy.requireOpenToCompany(p, request.to());
        ProposalStage from = p.getStage();
        Instant now = Instant.now();
        ProposalTransition t = p.move(request.to(), ProposalParties.of(viewer), viewer.accountId(), request.note(), request.reason(), now);
        proposals.flush();
        publish(p, from, viewer.accountId(), t.getNote(), now);
        if (p.isCoachConfirmed() && ProposalParties.of(viewer) != ProposalParty.GRADUATE) {
            notify(p, now);
        }
        return views.view(viewer, p, true);
    }

    ProposalView confirm(Viewer viewer, UUID id, long version) {
        Proposal p = tenancy.current(viewer, id, version);
        tenancy.requireOpenToCompany(p, null);
        Instant now = Instant.now();
        p.confirm(viewer.accountId(), now);
        proposals.flush();
        audit.proposalConfirmed(p.getGraduateId(), p.getListingId(), p.getId());
        notify(p, now);
        notices.confirmed(p, viewer.accountId());
        return views.view(viewer, p, true);
    }

    ProposalView accept(Viewer viewer, UUID id, long version) {
        Proposal p = tenancy.current(viewer, id, version);
        tenancy.requireOpenToCompany(p, null);
        p.accept(Instant.now());
        proposals.flush();
        notices.accepted(p, viewer.accountId());
        return views.view(viewer, p, true);
    }

    /** The listing's open proposals move to LISTING_CLOSED; graduates with a confirmed proposal are told. */
    void listingClosed(ListingClosed closed) {
        Instant now = Instant.now();
        for (Proposal p : proposals.findByListingIdAndStageIn(closed.listingId(), ProposalService.OPEN_STAGES)) {
            ProposalStage from = p.getStage();
            p.move(ProposalStage.LISTING_CLOSED, ProposalParty.LISTING, closed.actorAccountId(), null, null, now);
            publish(p, from, closed.actorAccountId(), null, now);
            if (p.isCoachConfirmed()) {
                notify(p, now);
            }
        }
        proposals.flush();
    }

    /** The company's open proposals for the graduate move to WITHDRAWN_BY_GRADUATE, without a note. */
    void companyBlocked(CompanyBlocked blocked) {
        for (Proposal p : proposals.findByGraduateIdAndCompanyIdAndStageIn(blocked.graduateId(), blocked.companyId(), ProposalService.OPEN_STAGES)) {
            ProposalStage from = p.getStage();
            p.move(ProposalStage.WITHDRAWN_BY_GRADUATE, ProposalParty.GRADUATE, blocked.actorAccountId(), null, null, blocked.at());
            publish(p, from, blocked.actorAccountId(), null, blocked.at());
        }
        proposals.flush();
    }

    private void publish(Proposal p, ProposalStage from, UUID actor, String note, Instant at) {
        events.publishEvent(new ProposalStageChanged(p.getId(), p.getGraduateId(), p.getListingId(), p.getCompanyId(), from,
                p.getStage(), actor, note, at));
    }

    /** Tells the graduate where their proposal stands now (the notification's kind is the stage). */
    private void notify(Proposal p, Instant at) {
        notifications.save(new GraduateNotification(p.getGraduateId(), p.getId(), p.getStage().name(), at));
    }
}
