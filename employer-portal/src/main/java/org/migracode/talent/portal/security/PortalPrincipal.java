package org.migracode.talent.portal.security;

import java.util.UUID;
import org.migracode.talent.index.accounts.Role;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The signed-in person as the portal needs them, however they signed in (embedded provider,
 * external OpenID Connect provider, or a bearer token): role, and the company (recruiters) or the
 * graduate profile (graduates) they are bound to. Tenancy checks read these, never request data.
 */
public interface PortalPrincipal extends AuthenticatedPrincipal {

    /** The {@code user_account} row (null only for test principals: every signed-in person has one). */
    UUID accountId();

    Role role();

    /** The recruiter's company; {@code null} for every other role. */
    UUID companyId();

    /** The graduate's profile; {@code null} for every other role. */
    UUID graduateId();

    String displayName();

    /** The authority method security checks: {@code ROLE_<role>}. */
    static String authorityOf(Role role) {
        return "ROLE_" + role.name();
    }
}
