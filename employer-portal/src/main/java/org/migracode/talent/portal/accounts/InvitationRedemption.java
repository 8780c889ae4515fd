package org.migracode.talent.portal.accounts;

import java.util.Optional;
import java.util.UUID;

/**
 * Turns an invitation into the invited account. An invitee who signs in at an external OpenID
 * Connect provider carries the raw token in the HTTP session ({@link #SESSION_ATTRIBUTE}) from the
 * invitation page to the provider and back; the sign-in then links the external identity to the
 * account this returns. Identities are never linked by an e-mail claim.
 */
public interface InvitationRedemption {

    /** Session attribute that holds the raw invitation token during an external sign-in. */
    String SESSION_ATTRIBUTE = "talent.invitation-token";

    /**
     * Marks the invitation used and returns the invited account's id; empty when the token is
     * unknown, already used, revoked or expired (the caller refuses the sign-in).
     */
    Optional<UUID> redeem(String rawToken);
}
