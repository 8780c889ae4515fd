package org.migracode.talent.index.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.migracode.talent.index.persistence.StoredEntity;

/**
 * An invitation to become a portal user: who (e-mail, name, language), as what (role, company of a
 * recruiter, profile of a graduate), and until when. Only the SHA-256 of its random token is
 * stored; the token itself is only in the link. It is used once: redeeming it creates the account.
 * A resend replaces the token (the old link is dead) and the expiry.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends StoredEntity {

    /** Where an invitation stands, as staff see it. */
    public enum State {
        PENDING, USED, EXPIRED, REVOKED
    }

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "company_id")
    private UUID companyId;

    @Column(name = "graduate_id")
    private UUID graduateId;

    @Column(nullable = false)
    private String locale;

    @Column(name = "invited_by")
    private UUID invitedBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "account_id")
    private UUID accountId;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Invitation() {
    }

    public Invitation(UUID id, String tokenHash, String email, String displayName, Role role, UUID companyId, UUID graduateId,
            String locale, UUID invitedBy, Instant now, Instant expiresAt) {
        super(id, now);
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.email = Objects.requireNonNull(email, "email");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.role = Objects.requireNonNull(role, "role");
        if ((role == Role.RECRUITER) != (companyId != null)) {
            throw new IllegalArgumentException("a recruiter, and only a recruiter, is invited into a company");
        }
        if ((role == Role.GRADUATE) != (graduateId != null)) {
            throw new IllegalArgumentException("a graduate, and only a graduate, is invited to a profile");
        }
        this.companyId = companyId;
        this.graduateId = graduateId;
        this.locale = Objects.requireNonNull(locale, "locale");
        this.invitedBy = invitedBy;
        this.sentAt = now;
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public State state(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return now.isBefore(expiresAt) ? State.PENDING : State.EXPIRED;
    }

    /** Marks it used by {@code account}; only a pending invitation can be used. */
    public void markUsed(UUID account, Instant now) {
        if (state(now) != State.PENDING) {
            throw new IllegalStateException("the invitation is " + state(now).name().toLowerCase(java.util.Locale.ROOT));
        }
        this.usedAt = now;
        this.accountId = Objects.requireNonNull(account, "account");
    }

    /** A new token and a new expiry: the old link stops working. Not for a used invitation. */
    public void renew(String newTokenHash, Instant now, Instant newExpiry) {
        if (usedAt != null) {
            throw new IllegalStateException("the invitation was used already");
        }
        this.tokenHash = Objects.requireNonNull(newTokenHash, "newTokenHash");
        this.sentAt = now;
        this.expiresAt = newExpiry;
        this.revokedAt = null;
    }

    public void revoke(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("the invitation was used already");
        }
        if (revokedAt == null) {
            this.revokedAt = now;
        }
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public UUID getCompanyId() {
        return companyId;
    }

    public UUID getGraduateId() {
        return graduateId;
    }

    public String getLocale() {
        return locale;
    }

    public UUID getInvitedBy() {
        return invitedBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
