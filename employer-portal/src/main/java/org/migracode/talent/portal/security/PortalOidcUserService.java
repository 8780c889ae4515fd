package org.migracode.talent.portal.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After OpenID Connect login, maps the provider's user (ID token, plus UserInfo when the provider
 * has that endpoint) to a {@link PortalOidcUser} with exactly one {@code ROLE_<role>} authority;
 * the provider's scopes do not become authorities. Refused identities fail the login.
 */
class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final PortalPrincipalResolver resolver;

    PortalOidcUserService(PortalPrincipalResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        Map<String, Object> claims = new HashMap<>(user.getClaims());
        PortalIdentity identity;
        try {
            identity = resolver.resolve(claims);
        } catch (PortalPrincipalResolver.RefusedIdentityException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied", e.getMessage(), null), e);
        }
        return new PortalOidcUser(identity, List.of(new SimpleGrantedAuthority(PortalPrincipal.authorityOf(identity.role()))),
                user.getIdToken(), user.getUserInfo());
    }
}
