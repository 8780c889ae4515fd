package org.migracode.talent.portal.interviews;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.migracode.talent.index.access.GraduateAccess;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.accounts.UserAccount;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.listings.RequiredSkill;
import org.migracode.talent.index.proposals.Proposal;
import org.migracode.talent.index.proposals.ProposalRepository;
import org.migracode.talent.index.proposals.ProposalStage;
import org.migracode.talent.portal.mail.Mail;
import org.migracode.talent.portal.notifications.Notice;
import org.migracode.talent.portal.notifications.Notifier;
import org.migracode.talent.portal.notifications.Recipients;
import org.migracode.talent.portal.school.SchoolSettings;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interviews of a proposal, with roles and tenancy:
 * <ul>
 *   <li>the recruiter of the proposal's company offers up to three slots while the proposal is at
 *       EMPLOYER_INTERESTED or INTERVIEWING (confirmed by a coach, and the graduate still open to
 *       the company); offering again is a reschedule; coaches and admins do not book for a company (403);</li>
 *   <li>the graduate picks one slot of their own proposal; both sides get an iCalendar REQUEST by
 *       e-mail (attached) and as a download, and an in-app notification (interview.booked / .moved);</li>
 *   <li>the recruiter or the graduate cancels: a CANCEL with a higher SEQUENCE (interview.cancelled);</li>
 *   <li>after the booked slot the recruiter gives feedback; coaches and admins read it all, the
 *       graduate only the fixed-reason outcome.</li>
 * </ul>
 * A proposal the person may not see is not found (404), like an unknown id. Mails and
 * notifications are written in the caller's transaction (the outbox); what they say and the
 * calendar files are {@link InterviewInvitations}'.
 */
@Service
@Transactional
class InterviewService {

    static final Set<ProposalStage> INTERVIEW_STAGES = EnumSet.of(ProposalStage.EMPLOYER_INTERESTED, ProposalStage.INTERVIEWING);
    static final int MAX_PLACE = 500;

    private final ProposalRepository proposals;
    private final GraduateRepository graduates;
    private final ListingRepository listings;
    private final UserAccountRepository accounts;
    private final InterviewStore store;
    private final Notifier notifier;
    private final SchoolSettings school;
    private final InterviewInvitations invitations;

    InterviewService(ProposalRepository proposals, GraduateRepository graduates, ListingRepository listings,
            UserAccountRepository accounts, InterviewStore store, Notifier notifier, SchoolSettings school,
            InterviewInvitations invitations) {
        this.proposals = proposals;
        this.graduates = graduates;
        this.listings = listings;
        this.accounts = accounts;
        this.store = store;
        this.notifier = notifier;
        this.school = school;
        this.invitations = invitations;
    }

    // --- reading --------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public InterviewPage page(Viewer who, UUID proposalId) {
        Proposal p = visible(who, proposalId);
        Listing listing = listings.findById(p.getListingId()).orElseThrow(() -> new InterviewNotFoundException(proposalId));
        GraduateProfile g = graduates.findById(p.getGraduateId()).orElse(null);
        Interview interview = store.find(proposalId, false).orElse(null);
        Feedback feedback = interview == null ? null : store.feedback(interview.id()).orElse(null);
        boolean recruiter = who.role() == Role.RECRUITER;
        boolean graduate = who.role() == Role.GRADUATE;
        boolean open = !p.getStage().isFinal() && GraduateAccess.openTo(g, p.getCompanyId());
        Interview.State state = interview == null ? null : interview.state();
        Interview.Slot booked = interview == null ? null : interview.booked();
        return new InterviewPage(p.getId(), listing.getTitle(), invitations.companyName(p.getCompanyId()), g == null ? null : g.getDisplayName(),
                p.getStage(), interview,
                recruiter && open && p.isCoachConfirmed() && INTERVIEW_STAGES.contains(p.getStage()),
                graduate && open && state == Interview.State.SLOTS_OFFERED,
                (recruiter || graduate) && (state == Interview.State.SLOTS_OFFERED || state == Interview.State.BOOKED),
                recruiter && booked != null && booked.start().isBefore(Instant.now()),
                skills(listing),
                graduate ? null : feedback,
                feedback == null ? null : feedback.outcome());
    }

    /** The viewer's own copy of the invitation (REQUEST while booked, CANCEL after a cancelled booking); 404 when there is none. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Mail.Attachment ics(Viewer who, UUID proposalId) {
        Proposal p = visible(who, proposalId);
        Interview interview = store.find(proposalId, false).filter(i -> i.booked() != null
                || i.state() == Interview.State.CANCELLED && i.bookedOnce()).orElseThrow(() -> new InterviewNotFoundException(proposalId));
        String attendee = switch (who.role()) {
            case GRADUATE -> graduates.findById(p.getGraduateId()).map(GraduateProfile::getEmail).orElse(null);
            case RECRUITER -> accounts.findById(who.accountId()).map(UserAccount::getEmail).orElse(null);
            default -> null;
        };
        return invitations.invitation(p, interview, school.defaultLocale(), attendee);
    }

    // --- writing --------------------------------------------------------------------------

    /** The recruiter offers slots (a reschedule when one was booked); the graduate is told. */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN', 'GRADUATE')")
    public Interview offer(Viewer who, UUID proposalId, List<Interview.Slot> slots) {
        Proposal p = visible(who, proposalId);
        if (who.role() != Role.RECRUITER) {
            throw new AccessDeniedException("only the company's recruiter offers interview slots");
        }
        requireOpen(p);
        if (!p.isCoachConfirmed() || !INTERVIEW_STAGES.contains(p.getStage())) {
            throw InterviewException.conflict("stage");
        }
        List<Interview.Slot> checked = checked(slots);
        Interview interview = store.offer(proposalId, checked, who.accountId(), Instant.now());
        Listing listing = listings.findById(p.getListingId()).orElseThrow();
        notifier.notify(new Notice(new Recipients.Graduate(p.getGraduateId()), "interview.offered", "/proposals/" + p.getId() + "/interview",
                Map.of("listing", listing.getTitle(), "company", invitations.companyName(p.getCompanyId()))));
        return interview;
    }

    /** The graduate picks slot {@code position}: booked (or moved), with invitations to both sides. */
    @PreAuthorize("hasRole('GRADUATE')")
    public Interview pick(Viewer who, UUID proposalId, int position, String baseUrl) {
        Proposal p = visible(who, proposalId);
        requireOpen(p);
        Interview interview = store.find(proposalId, true).orElseThrow(() -> InterviewException.conflict("noSlots"));
        if (interview.state() != Interview.State.SLOTS_OFFERED) {
            throw InterviewException.conflict("noSlots");
        }
        if (position < 0 || position >= interview.slots().size()) {
            throw InterviewException.badInput("slot");
        }
        boolean moved = interview.bookedOnce();
        Interview booked = store.book(interview, position, Instant.now());
        invitations.tellBothSides(p, booked, moved ? "interview.moved" : "interview.booked", baseUrl);
        return booked;
    }

    /** The recruiter or the graduate cancels; a booked interview's invitation is withdrawn (CANCEL). */
    @PreAuthorize("hasAnyRole('RECRUITER', 'GRADUATE', 'COACH', 'ADMIN')")
    public Interview cancel(Viewer who, UUID proposalId, String baseUrl) {
        Proposal p = visible(who, proposalId);
        if (who.role() != Role.RECRUITER && who.role() != Role.GRADUATE) {
            throw new AccessDeniedException("the company or the graduate cancels an interview");
        }
        Interview interview = store.find(proposalId, true).orElseThrow(() -> InterviewException.conflict("nothingToCancel"));
        if (interview.state() == Interview.State.CANCELLED) {
            throw InterviewException.conflict("nothingToCancel");
        }
        Interview.Slot wasBooked = interview.booked();
        Interview cancelled = store.cancel(interview, Instant.now());
        if (wasBooked != null) {
            invitations.tellBothSides(p, new Interview(cancelled.id(), cancelled.proposalId(), cancelled.state(), cancelled.sequence(),
                    interview.chosenSlot(), true, cancelled.updatedAt(), interview.slots()), "interview.cancelled", baseUrl);
        }
        return cancelled;
    }

    /** The recruiter's feedback after the booked slot: a 1-4 score for each required skill, an outcome, private text. */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN', 'GRADUATE')")
    public void feedback(Viewer who, UUID proposalId, Feedback feedback) {
        Proposal p = visible(who, proposalId);
        if (who.role() != Role.RECRUITER) {
            throw new AccessDeniedException("the company's recruiter gives interview feedback");
        }
        Interview interview = store.find(proposalId, true).orElseThrow(() -> InterviewException.conflict("notYet"));
        Interview.Slot booked = interview.booked();
        if (booked == null || !booked.start().isBefore(Instant.now())) {
            throw InterviewException.conflict("notYet");
        }
        Listing listing = listings.findById(p.getListingId()).orElseThrow();
        List<String> skills = skills(listing);
        if (!feedback.ratings().keySet().equals(Set.copyOf(skills))
                || feedback.ratings().values().stream().anyMatch(v -> v == null || v < 1 || v > 4)) {
            throw InterviewException.badInput("ratings");
        }
        String text = feedback.privateText() == null || feedback.privateText().isBlank() ? null : feedback.privateText().strip();
        if (text != null && text.length() > Feedback.MAX_TEXT) {
            throw InterviewException.badInput("text");
        }
        store.saveFeedback(interview.id(), new Feedback(feedback.outcome(), feedback.ratings(), text), who.accountId(), Instant.now());
    }

    // --- helpers --------------------------------------------------------------------------

    /** The proposal if the person may see it: staff all; a recruiter their company's while the graduate is open to it; a graduate their own confirmed ones. */
    private Proposal visible(Viewer who, UUID proposalId) {
        Proposal p = proposals.findById(proposalId).orElseThrow(() -> new InterviewNotFoundException(proposalId));
        boolean allowed = switch (who.role()) {
            case ADMIN, COACH -> true;
            case RECRUITER -> p.getCompanyId().equals(who.companyId())
                    && GraduateAccess.openTo(graduates.findById(p.getGraduateId()).orElse(null), p.getCompanyId());
            case GRADUATE -> p.getGraduateId().equals(who.graduateId()) && p.isCoachConfirmed();
        };
        if (!allowed) {
            throw new InterviewNotFoundException(proposalId);
        }
        return p;
    }

    private void requireOpen(Proposal p) {
        if (p.getStage().isFinal() || !GraduateAccess.openTo(graduates.findById(p.getGraduateId()).orElse(null), p.getCompanyId())) {
            throw InterviewException.conflict("closed");
        }
    }

    private static List<Interview.Slot> checked(List<Interview.Slot> slots) {
        if (slots == null || slots.isEmpty() || slots.size() > Interview.MAX_SLOTS) {
            throw InterviewException.badInput("slots");
        }
        Instant now = Instant.now();
        List<Interview.Slot> out = new ArrayList<>();
        for (Interview.Slot s : slots) {
            if (s.start() == null || !s.start().isAfter(now) || s.start().isAfter(now.plusSeconds(366L * 24 * 3600))) {
                throw InterviewException.badInput("start");
            }
            if (s.minutes() < 15 || s.minutes() > 480) {
                throw InterviewException.badInput("minutes");
            }
            String place = s.place() == null ? "" : s.place().strip();
            if (place.isEmpty() || place.length() > MAX_PLACE || place.chars().anyMatch(c -> c < 0x20)) {
                throw InterviewException.badInput("place");
            }
            out.add(new Interview.Slot(s.start(), s.minutes(), place));
        }
        return out;
    }

    private static List<String> skills(Listing listing) {
        return listing.getRequiredSkills().stream().map(RequiredSkill::getSkillId).distinct().toList();
    }

    /**
     * What the interview page shows. {@code feedback} is null for the graduate, who gets only {@code outcome}.
     */
    record InterviewPage(UUID proposalId, String listingTitle, String companyName, String graduateName, ProposalStage stage,
            Interview interview, boolean canOffer, boolean canPick, boolean canCancel, boolean canGiveFeedback, List<String> skills,
            Feedback feedback, Feedback.Outcome outcome) {
    }
}
