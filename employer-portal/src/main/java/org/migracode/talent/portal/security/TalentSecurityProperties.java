package org.migracode.talent.portal.security;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How identities from an OpenID Connect provider map to portal principals ({@code talent.security.*}).
 * Role and tenancy always come from {@code user_account}, never from the provider's claims.
 *
 * @param usernameClaim the claim carrying the person's user name or e-mail address (a dotted path
 *     reaches into nested objects). With the embedded provider it is matched against
 *     {@code user_account.username}, falling back to {@code sub}; with an external provider it is
 *     only recorded with the link ({@code external_identity.external_name}) for staff to read,
 *     never used to link. Default {@code preferred_username}; {@code email} for Google
 * @param embeddedIssuer fixed issuer URL of the embedded identity provider (e.g. the public
 *     {@code https://talent.example.org}); when unset the issuer is derived from each request and
 *     the portal reaches the provider's token endpoint on {@code http://localhost:<port>}
 */
@ConfigurationProperties("talent.security")
public record TalentSecurityProperties(@DefaultValue("preferred_username") String usernameClaim, URI embeddedIssuer) {

    public TalentSecurityProperties {
        if (usernameClaim == null || usernameClaim.isBlank()) {
            throw new IllegalArgumentException("talent.security.username-claim must not be blank");
        }
        if (embeddedIssuer != null && (!embeddedIssuer.isAbsolute() || embeddedIssuer.getQuery() != null
                || embeddedIssuer.getFragment() != null)) {
            throw new IllegalArgumentException("talent.security.embedded-issuer must be an absolute URL without query"
                    + " or fragment, got " + embeddedIssuer);
        }
    }
}
