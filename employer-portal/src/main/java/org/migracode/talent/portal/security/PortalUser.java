package org.migracode.talent.portal.security;

import java.util.Collection;
import java.util.UUID;
import org.migracode.talent.index.accounts.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A {@code user_account} row as a login of the embedded identity provider: the password hash is
 * checked there, and the role, company and graduate become claims of the tokens it issues.
 */
public class PortalUser extends User implements PortalPrincipal {

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

    @Override
    public String getName() {
        return getUsername();
    }

    @Override
    public UUID accountId() {
        return accountId;
    }

    @Override
    public Role role() {
        return role;
    }

    @Override
    public UUID companyId() {
        return companyId;
    }

    @Override
    public UUID graduateId() {
        return graduateId;
    }

    @Override
    public String displayName() {
        return displayName;
    }
}
