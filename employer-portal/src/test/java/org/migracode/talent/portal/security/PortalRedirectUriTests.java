package org.migracode.talent.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Which redirect URI of the portal client the embedded provider accepts, with and without a fixed issuer. */
class PortalRedirectUriTests {

    @Test
    void withoutAFixedIssuerTheOriginOfTheAuthorizationRequestDecides() {
        assertThat(PortalRedirectUris.portalRedirectUriFor("http://talent.lan:8080/oauth2/authorize", null))
                .isEqualTo("http://talent.lan:8080/login/oauth2/code/portal");
        assertThat(PortalRedirectUris.portalRedirectUriFor("http://talent.lan/other", null)).isNull();
    }

    @Test
    void withAFixedIssuerTheHostHeaderNoLongerPicksTheRedirect() {
        URI issuer = URI.create("https://talent.example.org/");
        // an authorization request that arrived with "Host: evil.example" (or a forged X-Forwarded-Host)
        assertThat(PortalRedirectUris.portalRedirectUriFor("https://evil.example/oauth2/authorize", issuer))
                .isEqualTo("https://talent.example.org/login/oauth2/code/portal");
        assertThat(PortalRedirectUris.portalRedirectUriFor(null, issuer))
                .isEqualTo("https://talent.example.org/login/oauth2/code/portal");
    }
}
