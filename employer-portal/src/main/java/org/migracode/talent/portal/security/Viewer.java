package org.migracode.talent.portal.security;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.index.accounts.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is asking: the role, the account, and the company (recruiters) or graduate profile
 * (graduates) the person is bound to. Resolved once per request by {@link ViewerArgumentResolver}
 * and passed from controllers to services, which never read the security context themselves.
 * Always built from the signed-in principal, never from request data.
 *
 * @param accountId the {@code user_account} row; {@code null} only for test principals
 * @param companyId the recruiter's company; {@code null} for every other role (and for a recruiter's
 *                  bare token without a portal principal, which then sees no company's data)
 * @param graduateId the graduate's own profile; {@code null} for every other role
 * @param name        the sign-in name
 * @param displayName how the person is shown (recorded as the author of a note or log entry)
 */
public record Viewer(Role role, UUID accountId, UUID companyId, UUID graduateId, String name, String displayName) {

    public Viewer {
        Objects.requireNonNull(role, "role");
    }

    /** The viewer of a portal principal (a login, an ID token or an access token). */
    public static Viewer of(PortalPrincipal principal) {
        return new Viewer(principal.role(), principal.accountId(), principal.companyId(), principal.graduateId(),
                principal.getName(), principal.displayName());
    }

    /**
     * The viewer of an authentication whose principal is a portal user; empty for anonymous callers
     * and for bare tokens (a {@code Jwt} or test principal with no portal account behind it).
     */
    public static Optional<Viewer> of(Authentication authentication) {
        if (authentication != null && authentication.isAuthenticated() && authentication.getPrincipal() instanceof PortalPrincipal p) {
            return Optional.of(of(p));
        }
        return Optional.empty();
    }

    /**
     * Like {@link #of(Authentication)}, but a bare token also counts: its most privileged
     * {@code ROLE_} authority, bound to no account, company or graduate (which therefore sees no
     * company's data). Only for features that always worked with role-only tokens (graduate search).
     */
    public static Optional<Viewer> ofRole(Authentication authentication) {
        Optional<Viewer> portalUser = of(authentication);
        if (portalUser.isPresent() || authentication == null || !authentication.isAuthenticated()) {
            return portalUser;
        }
        Role best = null;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (PortalPrincipal.authorityOf(role).equals(authority.getAuthority())
                        && (best == null || role.ordinal() < best.ordinal())) {
                    best = role;
                }
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(new Viewer(best, null, null, null, authentication.getName(), authentication.getName()));
    }

    /** Coaches and admins: they see and manage every company's things. */
    public boolean staff() {
        return role == Role.COACH || role == Role.ADMIN;
    }

    public boolean admin() {
        return role == Role.ADMIN;
    }

    public boolean recruiter() {
        return role == Role.RECRUITER;
    }

    public boolean graduate() {
        return role == Role.GRADUATE;
    }

    /**
     * The account, for things that belong to one.
     *
     * @throws AccessDeniedException for a principal without an account (a bare token)
     */
    public UUID requireAccount() {
        return account().orElseThrow(() -> new AccessDeniedException("not signed in as a portal account"));
    }

    /** The account, for things that belong to one (saved searches, notifications, actors of a change). */
    public Optional<UUID> account() {
        return Optional.ofNullable(accountId);
    }
}
