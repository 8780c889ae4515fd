package org.migracode.talent.index.proposals;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.migracode.talent.index.persistence.StoredEntity;

/**
 * A graduate put forward for a listing, and where it stands. Every stage change goes through
 * {@link #move} (rules in {@link ProposalRules}) and leaves a {@link ProposalTransition} in the
 * history; {@link #getVersion()} is the optimistic lock clients send back when they move it.
 * Graduate, listing, company and accounts are referenced by id.
 */
@Entity
@Table(name = "proposal")
public class Proposal extends StoredEntity {

    /** Longest note kept with a proposal or a transition. */
    public static final int MAX_NOTE = 2000;

    @Column(name = "graduate_id", nullable = false, updatable = false)
    private UUID graduateId;

    @Column(name = "listing_id", nullable = false, updatable = false)
    private UUID listingId;

    @Column(name = "company_id", nullable = false, updatable = false)
    private UUID companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalStage stage;

    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ProposalOrigin origin;

    @Column(name = "coach_confirmed_at")
    private Instant coachConfirmedAt;

    @Column(name = "coach_account_id")
    private UUID coachAccountId;

    @Column(name = "note_to_recruiter")
    private String noteToRecruiter;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason")
    private DeclineReason declineReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "graduate_response", nullable = false)
    private GraduateResponse graduateResponse = GraduateResponse.PENDING;

    @Column(name = "graduate_answered_at")
    private Instant graduateAnsweredAt;

    @Column(name = "stage_changed_at", nullable = false)
    private Instant stageChangedAt;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at asc, id asc")
    @BatchSize(size = 100)
    private List<ProposalTransition> history = new ArrayList<>();

    protected Proposal() {
    }

    private Proposal(UUID id, Instant at) {
        super(id, at);
    }

    /**
     * A new proposal at its {@link ProposalRules#initialStage initial stage}, with its first history
     * entry. A coach's proposal counts as confirmed by that coach; a recruiter's awaits one.
     *
     * @param actor the account proposing (null only for people known to an external provider alone)
     */
    public static Proposal start(UUID id, UUID graduateId, UUID listingId, UUID companyId, ProposalOrigin origin,
            UUID actor, String note, Instant at) {
        Proposal p = new Proposal(id, at);
        p.graduateId = Objects.requireNonNull(graduateId, "graduateId");
        p.listingId = Objects.requireNonNull(listingId, "listingId");
        p.companyId = Objects.requireNonNull(companyId, "companyId");
        p.origin = Objects.requireNonNull(origin, "origin");
        p.stage = ProposalRules.initialStage(origin);
        p.createdBy = actor;
        p.noteToRecruiter = checkedNote(note);
        p.stageChangedAt = at;
        if (origin == ProposalOrigin.COACH) {
            p.coachConfirmedAt = at;
            p.coachAccountId = actor;
        }
        p.history.add(new ProposalTransition(p, null, p.stage, actor, p.noteToRecruiter, at));
        return p;
    }

    /**
     * Moves to {@code to} if {@link ProposalRules} allow it, recording who, when and why.
     *
     * @throws ProposalMoveRefused when the rules refuse the move
     * @return the history entry written
     */
    public ProposalTransition move(ProposalStage to, ProposalParty by, UUID actor, String note, DeclineReason reason,
            Instant at) {
        ProposalRules.check(new ProposalRules.Move(stage, to, by, isCoachConfirmed(), reason)).ifPresent(refusal -> {
            throw new ProposalMoveRefused(refusal, stage, to);
        });
        ProposalTransition t = new ProposalTransition(this, stage, to, actor, checkedNote(note), at);
        t.setReason(reason);
        history.add(t);
        stage = to;
        stageChangedAt = at;
        if (to == ProposalStage.DECLINED_BY_EMPLOYER) {
            declineReason = reason;
        }
        if (to == ProposalStage.WITHDRAWN_BY_GRADUATE) {
            graduateResponse = GraduateResponse.DECLINED;
            graduateAnsweredAt = at;
        }
        return t;
    }

    /** A coach confirms a recruiter's interest: from now on the graduate sees it and the recruiter can move it. */
    public void confirm(UUID coach, Instant at) {
        if (stage.isFinal()) {
            throw new ProposalMoveRefused(ProposalRefusal.FINAL_STAGE, stage, null);
        }
        if (isCoachConfirmed()) {
            throw new ProposalMoveRefused(ProposalRefusal.ALREADY_CONFIRMED, stage, null);
        }
        coachConfirmedAt = at;
        coachAccountId = coach;
    }

    /** The graduate agrees to be put forward: the recruiter now sees their contact details. */
    public void accept(Instant at) {
        if (stage.isFinal()) {
            throw new ProposalMoveRefused(ProposalRefusal.FINAL_STAGE, stage, null);
        }
        if (!isCoachConfirmed()) {
            throw new ProposalMoveRefused(ProposalRefusal.AWAITS_COACH_CONFIRMATION, stage, null);
        }
        if (graduateResponse != GraduateResponse.PENDING) {
            throw new ProposalMoveRefused(ProposalRefusal.ALREADY_ANSWERED, stage, null);
        }
        graduateResponse = GraduateResponse.ACCEPTED;
        graduateAnsweredAt = at;
    }

    /** A note within {@link #MAX_NOTE} characters, stripped; blank becomes null. */
    public static String checkedNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String s = note.strip();
        if (s.length() > MAX_NOTE) {
            throw new IllegalArgumentException("a note has at most " + MAX_NOTE + " characters, got " + s.length());
        }
        return s;
    }

    // --- accessors --------------------------------------------------------------------------

    public UUID getGraduateId() {
        return graduateId;
    }

    public UUID getListingId() {
        return listingId;
    }

    public UUID getCompanyId() {
        return companyId;
    }

    public ProposalStage getStage() {
        return stage;
    }

    public UUID getCreatedBy() {
        return createdBy;
    }

    public ProposalOrigin getOrigin() {
        return origin;
    }

    public boolean isCoachConfirmed() {
        return coachConfirmedAt != null;
    }

    public Instant getCoachConfirmedAt() {
        return coachConfirmedAt;
    }

    public UUID getCoachAccountId() {
        return coachAccountId;
    }

    public String getNoteToRecruiter() {
        return noteToRecruiter;
    }

    public DeclineReason getDeclineReason() {
        return declineReason;
    }

    public GraduateResponse getGraduateResponse() {
        return graduateResponse;
    }

    public Instant getGraduateAnsweredAt() {
        return graduateAnsweredAt;
    }

    public Instant getStageChangedAt() {
        return stageChangedAt;
    }

    /** The history, oldest first. */
    public List<ProposalTransition> getHistory() {
        return List.copyOf(history);
    }
}
