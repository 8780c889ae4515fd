package org.migracode.talent.portal.register;

import org.migracode.talent.portal.security.PortalPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/** The signed-in person, from the principal only (never from request data). */
final class RegisterViewer {

    private RegisterViewer() {
    }

    static PortalPrincipal of(Authentication auth) {
        if (auth != null && auth.getPrincipal() instanceof PortalPrincipal p) {
            return p;
        }
        throw new AccessDeniedException("not signed in as a portal user");
    }
}
