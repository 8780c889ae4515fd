package org.migracode.talent.portal.security;

import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Maps a verified bearer JWT to a {@link PortalJwtAuthenticationToken} with one
 * {@code ROLE_<role>} authority. A token that does not name a portal user is answered 401.
 */
class PortalJwtAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final PortalPrincipalResolver resolver;

    PortalJwtAuthenticationConverter(PortalPrincipalResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        try {
            PortalIdentity identity = resolver.resolve(jwt.getClaims());
            return new PortalJwtAuthenticationToken(jwt, identity,
                    List.of(new SimpleGrantedAuthority(PortalPrincipal.authorityOf(identity.role()))));
        } catch (PortalPrincipalResolver.RefusedIdentityException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, e.getMessage(), null), e);
        }
    }
}
