package org.migracode.talent.index.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of a proposal's history: from which stage to which, who, when, an optional note and an exit's reason. Never changed. */
@Entity
@Table(name = "proposal_transition")
public class ProposalTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id", nullable = false, updatable = false)
    private Proposal proposal;

    /** Null for the entry that created the proposal. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", updatable = false)
    private ProposalStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, updatable = false)
    private ProposalStage toStage;

    @Column(name = "actor_account_id", updatable = false)
    private UUID actorAccountId;

    @Column(updatable = false)
    private String note;

    @Column(nullable = false, updatable = false)
    private Instant at;

    /** The fixed reason of a decline or a withdrawal; null otherwise (and for withdrawals that gave none). */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private DeclineReason reason;

    protected ProposalTransition() {
    }

    ProposalTransition(Proposal proposal, ProposalStage fromStage, ProposalStage toStage, UUID actorAccountId, String note,
            Instant at) {
        this.proposal = proposal;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.actorAccountId = actorAccountId;
        this.note = note;
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public ProposalStage getFromStage() {
        return fromStage;
    }

    public ProposalStage getToStage() {
        return toStage;
    }

    public UUID getActorAccountId() {
        return actorAccountId;
    }

    public String getNote() {
        return note;
    }

    public DeclineReason getReason() {
        return reason;
    }

    void setReason(DeclineReason reason) {
        this.reason = reason;
    }

    public Instant getAt() {
        return at;
    }
}
