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
 * A person who logs in. Recruiters carry their company's id (tenancy); graduates carry their
 * profile's id. The password hash is only used by the embedded identity provider; with an
 * external provider it stays null.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends StoredEntity {

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "company_id")
    private UUID companyId;

    @Column(name = "graduate_id")
    private UUID graduateId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    protected UserAccount() {
    }

    public UserAccount(UUID id, String username, String displayName, Role role, UUID companyId, UUID graduateId) {
        super(id, Instant.now());
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        checkTenancy(role, companyId);
        this.role = role;
        this.companyId = companyId;
        this.graduateId = graduateId;
    }

    private static void checkTenancy(Role role, UUID companyId) {
        Objects.requireNonNull(role, "role");
        if (role == Role.RECRUITER && companyId == null) {
            throw new IllegalArgumentException("a recruiter must belong to a company");
        }
        if (role != Role.RECRUITER && companyId != null) {
            throw new IllegalArgumentException("only recruiters belong to a company, not " + role);
        }
    }

    /**
     * Gives a staff or recruiter account another role (and, for a recruiter, its company). A
     * graduate's account stays bound to its profile and no other account becomes a graduate's.
     */
    public void changeRole(Role newRole, UUID newCompanyId) {
        checkTenancy(newRole, newCompanyId);
        if (role == Role.GRADUATE || newRole == Role.GRADUATE) {
            throw new IllegalArgumentException("a graduate's account keeps its role, and no other account becomes a graduate's");
        }
        this.role = newRole;
        this.companyId = newCompanyId;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
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

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
