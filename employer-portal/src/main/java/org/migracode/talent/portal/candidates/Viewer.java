package org.migracode.talent.portal.candidates;

import java.util.UUID;
import org.migracode.talent.index.account.Role;
import org.migracode.talent.portal.security.PortalPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is looking, as this feature needs it: the role (from the {@code ROLE_} authority, the most
 * privileged if several) and, for a graduate, their own profile id, for a recruiter, their
 * company (only from a {@link PortalPrincipal}, never from request data).
 */
record Viewer(Role role, UUID graduateId, UUID companyId) {

    static Viewer current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Role best = null;
        if (authentication != null) {
            for (GrantedAuthority authority : authentication.getAuthorities()) {
                for (Role role : Role.values()) {
                    if (PortalPrincipal.authorityOf(role).equals(authority.getAuthority())
                            && (best == null || role.ordinal() < best.ordinal())) {
                        best = role;
                    }
                }
            }
        }
        if (best == null) {
            throw new org.springframework.security.access.AccessDeniedException("no portal role");
        }
        UUID graduate = authentication.getPrincipal() instanceof PortalPrincipal p ? p.graduateId() : null;
        UUID company = authentication.getPrincipal() instanceof PortalPrincipal p ? p.companyId() : null;
        return new Viewer(best, graduate, company);
    }

    /** Recruiters see only graduates who consented and are active. */
    boolean onlyConsenting() {
        return role == Role.RECRUITER;
    }

    boolean isStaff() {
        return role == Role.ADMIN || role == Role.COACH;
    }
}
