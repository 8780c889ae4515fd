package org.migracode.talent.portal.security;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.portal.accounts.InvitationRedemption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a person signing in at an external provider is in the portal. The provider only
 * authenticates: an identity (issuer, subject) already linked is its account; an unlinked identity
 * that brings an invitation (the raw token the invitation page put into the HTTP session) redeems
 * it and is linked to the invited account, in one transaction with the redemption; anyone else is
 * refused. An e-mail claim never links, whether the provider says it is verified or not.
 */
@Component
class ExternalSignIn {

    private static final Logger log = LoggerFactory.getLogger(ExternalSignIn.class);

    private final ExternalIdentities identities;
    private final PortalPrincipalResolver resolver;
    private final ObjectProvider<InvitationRedemption> invitations;
    private final TalentSecurityProperties properties;

    ExternalSignIn(ExternalIdentities identities, PortalPrincipalResolver resolver, ObjectProvider<InvitationRedemption> invitations,
            TalentSecurityProperties properties) {
        this.identities = identities;
        this.resolver = resolver;
        this.invitations = invitations;
        this.properties = properties;
    }

    /**
     * @param invitationToken the raw invitation token from the session, or null
     * @throws PortalPrincipalResolver.RefusedIdentityException not linked and no valid invitation, or the account is disabled
     */
    @Transactional
    PortalIdentity signIn(String issuer, String subject, Map<String, Object> claims, String invitationToken) {
        Optional<UUID> linked = identities.accountOf(issuer, subject);
        if (linked.isPresent()) {
            return resolver.forAccount(linked.get());
        }
        if (invitationToken == null || invitationToken.isBlank()) {
            throw new PortalPrincipalResolver.RefusedIdentityException(Refusal.NOT_INVITED,
                    "identity " + subject + " of " + issuer + " is linked to no account and brings no invitation");
        }
        InvitationRedemption redemption = invitations.getIfAvailable();
        UUID account = (redemption == null ? Optional.<UUID>empty() : redemption.redeem(invitationToken))
                .orElseThrow(() -> new PortalPrincipalResolver.RefusedIdentityException(Refusal.INVITATION_INVALID,
                        "the invitation brought by " + subject + " of " + issuer + " is unknown, used, revoked or expired"));
        // a disabled account refuses here, and the redemption is rolled back with the link
        PortalIdentity identity = resolver.forAccount(account);
        identities.link(issuer, subject, account, PortalPrincipalResolver.text(PortalPrincipalResolver.claim(claims,
                properties.usernameClaim())));
        log.info("Linked identity {} of {} to account {} by invitation", subject, issuer, account);
        return identity;
    }

    /** Why a sign-in was refused; the refusal page words each in the user's language. */
    enum Refusal {
        NOT_INVITED("not-invited"), INVITATION_INVALID("invitation"), DISABLED("disabled"), OTHER("other");

        final String param;

        Refusal(String param) {
            this.param = param;
        }
    }
}
