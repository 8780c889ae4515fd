package org.migracode.talent.portal.security;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How identities from an OpenID Connect provider map to portal principals ({@code talent.security.*}).
 * The claims are only read for people who have no {@code user_account} row; for everyone else
 * role and tenancy come from the database.
 *
 * @param roleClaim claim holding the role (a string or a list of strings); a dotted path reaches
 *     into nested objects, e.g. Keycloak's {@code realm_access.roles}; default {@code role}
 * @param companyClaim claim holding a recruiter's company id (a UUID); default {@code company_id}
 * @param usernameClaim claim matched against {@code user_account.username}, falling back to
 *     {@code sub}; default {@code preferred_username}
 * @param embeddedIssuer fixed issuer URL of the embedded identity provider (e.g. the public
 *     {@code https://talent.example.org}); when unset the issuer is derived from each request and
 *     the portal reaches the provider's token endpoint on {@code http://localhost:<port>}
 */
@ConfigurationProperties("talent.security")
public record TalentSecurityProperties(@DefaultValue("role") String roleClaim, @DefaultValue("company_id") String companyClaim,
        @DefaultValue("preferred_username") String usernameClaim, URI embeddedIssuer) {

    public TalentSecurityProperties {
        if (roleClaim == null || roleClaim.isBlank()) {
            throw new IllegalArgumentException("talent.security.role-claim must not be blank");
        }
        if (embeddedIssuer != null && (!embeddedIssuer.isAbsolute() || embeddedIssuer.getQuery() != null
                || embeddedIssuer.getFragment() != null)) {
            throw new IllegalArgumentException("talent.security.embedded-issuer must be an absolute URL without query"
                    + " or fragment, got " + embeddedIssuer);
        }
    }
}
