package org.migracode.talent.portal.security;

import java.net.URI;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;

/** Which redirect URI the embedded provider accepts for the portal client (see {@link #validate}). */
final class PortalRedirectUris {

    private PortalRedirectUris() {
    }

    /**
     * The portal's redirect URI is {@code <origin the browser used>/login/oauth2/code/portal}, which
     * is not known in advance (localhost, a LAN name, a public name behind a proxy). It is accepted
     * when it has the origin of the authorization request itself, that is the origin the request's
     * {@code Host} header (or {@code X-Forwarded-Host}, when forwarded headers are honoured) names.
     * With {@code talent.security.embedded-issuer} set, only {@code <issuer>/login/oauth2/code/portal}
     * is accepted and the Host header no longer decides. Everything else, and every other client, is
     * checked by exact match as usual.
     */
    static void validate(OAuth2AuthorizationCodeRequestAuthenticationContext context, URI fixedIssuer) {
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        if (EmbeddedIdentityProviderConfiguration.PORTAL_CLIENT_ID.equals(context.getRegisteredClient().getClientId()) && request.getRedirectUri() != null
                && request.getRedirectUri().equals(portalRedirectUriFor(request.getAuthorizationUri(), fixedIssuer))) {
            OAuth2AuthorizationCodeRequestAuthenticationValidator.DEFAULT_SCOPE_VALIDATOR.accept(context);
            return;
        }
        new OAuth2AuthorizationCodeRequestAuthenticationValidator().accept(context);
    }

    /** The one redirect URI of the portal client accepted for this authorization request. */
    static String portalRedirectUriFor(String authorizationUri, URI fixedIssuer) {
        String callback = "/login/oauth2/code/" + EmbeddedIdentityProviderConfiguration.PORTAL_REGISTRATION_ID;
        if (fixedIssuer != null) {
            return EmbeddedIdentityProviderConfiguration.trimSlash(fixedIssuer.toString()) + callback;
        }
        String suffix = "/oauth2/authorize";
        if (authorizationUri == null || !authorizationUri.endsWith(suffix)) {
            return null;
        }
        return authorizationUri.substring(0, authorizationUri.length() - suffix.length()) + callback;
    }
}
