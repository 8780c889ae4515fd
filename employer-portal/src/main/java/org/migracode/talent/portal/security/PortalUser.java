package org.migracode.talent.portal.security;

import java.util.Collection;
import java.util.UUID;
import org.migracode.talent.index.account.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The logged-in person as the portal needs them: role, and the company (recruiters) or the
 * graduate profile (graduates) they are bound to. Tenancy checks read these, never request data.
 */
public class PortalUser extends User {

    private final UUID accountId;
    private final Role role;
    private final UUID companyId;
    private final UUID graduateId;
    private final String displayName;

    public PortalUser(UUID accountId, String username, String passwordHash, boolean enabled, Role role,
            UUID companyId, UUID graduateId, String displayName, Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash == null ? "" : passwordHash, enabled, true, true, true, authorities);
        this.accountId = accountId;
        this.role = role;
        this.companyId = companyId;
        this.graduateId = graduateId;
        this.displayName = displayName;
    }

    public UUID accountId() {
        return accountId;
    }

    public Role role() {
        return role;
    }

    public UUID companyId() {
        return companyId;
    }

    public UUID graduateId() {
        return graduateId;
    }

    public String displayName() {
        return displayName;
    }
}
