package org.migracode.talent.portal.security;

import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/** A REST call authenticated by a bearer JWT; the principal is the {@link PortalPrincipal}. */
public class PortalJwtAuthenticationToken extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    private final PortalIdentity identity;

    PortalJwtAuthenticationToken(Jwt jwt, PortalIdentity identity, Collection<? extends GrantedAuthority> authorities) {
        super(jwt, identity, jwt, authorities);
        this.identity = identity;
        setAuthenticated(true);
    }

    @Override
    public Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }

    @Override
    public String getName() {
        return identity.name();
    }
}
