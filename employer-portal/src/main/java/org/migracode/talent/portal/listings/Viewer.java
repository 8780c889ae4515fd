package org.migracode.talent.portal.listings;

import java.util.UUID;
import org.migracode.talent.index.account.Role;
import org.migracode.talent.portal.security.PortalPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * Who is asking, as far as listings care: the role and the company or graduate profile the
 * person is bound to. Always built from the signed-in {@link PortalPrincipal}, never from request data.
 */
record Viewer(Role role, UUID companyId, UUID graduateId, UUID accountId) {

    static Viewer of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal p) {
            return new Viewer(p.role(), p.companyId(), p.graduateId(), p.accountId());
        }
        throw new AccessDeniedException("not signed in as a portal user");
    }

    /** Coaches and admins see and manage every listing. */
    boolean staff() {
        return role == Role.COACH || role == Role.ADMIN;
    }

    boolean recruiter() {
        return role == Role.RECRUITER;
    }
}
