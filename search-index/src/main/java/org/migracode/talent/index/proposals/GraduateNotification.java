package org.migracode.talent.index.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An in-app message to a graduate about one of their proposals: {@code kind} is the stage the
 * proposal reached (e.g. {@code PROPOSED}, {@code INTERVIEWING}), which the portal words in the
 * graduate's language. Unread until the graduate opens their inbox.
 */
@Entity
@Table(name = "graduate_notification")
public class GraduateNotification {

    @Id
    private UUID id;

    @Column(name = "graduate_id", nullable = false, updatable = false)
    private UUID graduateId;

    @Column(name = "proposal_id", updatable = false)
    private UUID proposalId;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected GraduateNotification() {
    }

    public GraduateNotification(UUID graduateId, UUID proposalId, String kind, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.graduateId = Objects.requireNonNull(graduateId, "graduateId");
        this.proposalId = proposalId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getGraduateId() {
        return graduateId;
    }

    public UUID getProposalId() {
        return proposalId;
    }

    public String getKind() {
        return kind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
