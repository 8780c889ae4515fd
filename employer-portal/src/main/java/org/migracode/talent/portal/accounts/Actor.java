package org.migracode.talent.portal.accounts;

import org.migracode.talent.portal.security.PortalPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in person acting on accounts, from the security context (never from the request). */
final class Actor {

    private Actor() {
    }

    static PortalPrincipal current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalPrincipal p) {
            return p;
        }
        throw new AccessDeniedException("not signed in as a portal user");
    }
}
