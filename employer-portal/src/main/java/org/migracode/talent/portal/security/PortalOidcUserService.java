package org.migracode.talent.portal.security;

import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migracode.talent.portal.accounts.InvitationRedemption;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * After OpenID Connect login, maps the provider's user (ID token, plus UserInfo when the provider
 * has that endpoint) to a {@link PortalOidcUser} with exactly one {@code ROLE_<role>} authority
 * taken from the account; the provider's scopes and role claims do not become authorities.
 * With an external provider the identity is found, or linked by the invitation in the session,
 * through {@link ExternalSignIn}. Refused identities fail the login with an
 * {@link OAuth2Error} whose code is the {@link ExternalSignIn.Refusal}'s parameter.
 */
class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final PortalPrincipalResolver resolver;
    private final ExternalSignIn externalSignIn;

    /** @param externalSignIn null with the embedded provider */
    PortalOidcUserService(PortalPrincipalResolver resolver, ExternalSignIn externalSignIn) {
        this.resolver = resolver;
        this.externalSignIn = externalSignIn;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        Map<String, Object> claims = new HashMap<>(user.getClaims());
        PortalIdentity identity;
        try {
            identity = externalSignIn == null ? resolver.resolve(claims)
                    : externalSignIn.signIn(user.getIdToken().getIssuer().toString(), user.getSubject(), claims, takeInvitationToken());
        } catch (PortalPrincipalResolver.RefusedIdentityException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error(e.reason().param, e.getMessage(), null), e);
        }
        return new PortalOidcUser(identity, List.of(new SimpleGrantedAuthority(PortalPrincipal.authorityOf(identity.role()))),
                user.getIdToken(), user.getUserInfo());
    }

    /** The raw invitation token the invitation page left in the session, removed: it serves one sign-in. */
    private static String takeInvitationToken() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpSession session = attributes.getRequest().getSession(false);
        if (session == null) {
            return null;
        }
        Object token = session.getAttribute(InvitationRedemption.SESSION_ATTRIBUTE);
        session.removeAttribute(InvitationRedemption.SESSION_ATTRIBUTE);
        return token instanceof String s ? s : null;
    }
}
