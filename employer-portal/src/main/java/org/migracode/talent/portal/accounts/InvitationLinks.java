package org.migracode.talent.portal.accounts;

import org.migracode.talent.portal.mail.MailLinks;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The absolute link of an invitation: {@code <portal>/invite/<token>}, on the same base URL as every
 * link an e-mail carries ({@link MailLinks}: {@code talent.mail.link-base-url}, else
 * {@code talent.security.embedded-issuer}, else the address of the request that creates the
 * invitation), so a proxy's or a client's Host header never decides where an invitation points
 * once either property is set.
 */
@Component
class InvitationLinks {

    static final String PATH = "/invite/";

    private final MailLinks mailLinks;

    InvitationLinks(MailLinks mailLinks) {
        this.mailLinks = mailLinks;
    }

    String link(String rawToken) {
        ServletRequestAttributes request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        return mailLinks.baseUrl(request.getRequest()) + PATH + rawToken;
    }
}
