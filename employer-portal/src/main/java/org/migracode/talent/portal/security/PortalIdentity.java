package org.migracode.talent.portal.security;

import java.util.Objects;
import java.util.UUID;
import org.migracode.talent.index.accounts.Role;

/** A {@link PortalPrincipal} resolved from an ID token or an access token. */
record PortalIdentity(String name, UUID accountId, Role role, UUID companyId, UUID graduateId, String displayName)
        implements PortalPrincipal {

    PortalIdentity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (role == Role.RECRUITER && companyId == null) {
            throw new IllegalArgumentException("a recruiter must belong to a company");
        }
        if (displayName == null || displayName.isBlank()) {
            displayName = name;
        }
    }

    @Override
    public String getName() {
        return name;
    }
}
