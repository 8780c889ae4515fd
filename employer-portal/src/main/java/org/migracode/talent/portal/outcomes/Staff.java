package org.migracode.talent.portal.outcomes;

import java.util.UUID;
import org.migracode.talent.index.account.Role;
import org.migracode.talent.portal.security.PortalPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/** Who records: role and account, from the signed-in principal (never from request data). */
record Staff(Role role, UUID accountId) {

    static Staff of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal p) {
            return new Staff(p.role(), p.accountId());
        }
        throw new AccessDeniedException("not signed in as a portal user");
    }

    boolean staff() {
        return role == Role.COACH || role == Role.ADMIN;
    }
}
