package org.migracode.talent.portal.accounts;

import org.migracode.talent.portal.security.TalentSecurityProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute link of an invitation: {@code <portal>/invite/<token>}. The portal's address is
 * {@code talent.security.embedded-issuer} when set (behind a proxy, where the Host header must not
 * decide where links point), else the address of the request that creates the invitation.
 */
@Component
class InvitationLinks {

    static final String PATH = "/invite/";

    private final TalentSecurityProperties security;

    InvitationLinks(TalentSecurityProperties security) {
        this.security = security;
    }

    String link(String rawToken) {
        String base = security.embeddedIssuer() != null ? security.embeddedIssuer().toString()
                : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + PATH + rawToken;
    }
}
