package org.migracode.talent.portal.security;

import java.util.Collection;
import java.util.UUID;
import org.migracode.talent.index.accounts.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A browser session's principal after OpenID Connect login: the ID token plus the portal identity. */
public class PortalOidcUser extends DefaultOidcUser implements PortalPrincipal {

    private final PortalIdentity identity;

    PortalOidcUser(PortalIdentity identity, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
            OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo, "sub");
        this.identity = identity;
    }

    /** The portal user name (the {@code user_account.username}), not the provider's subject id. */
    @Override
    public String getName() {
        return identity.name();
    }

    @Override
    public UUID accountId() {
        return identity.accountId();
    }

    @Override
    public Role role() {
        return identity.role();
    }

    @Override
    public UUID companyId() {
        return identity.companyId();
    }

    @Override
    public UUID graduateId() {
        return identity.graduateId();
    }

    @Override
    public String displayName() {
        return identity.displayName();
    }
}
