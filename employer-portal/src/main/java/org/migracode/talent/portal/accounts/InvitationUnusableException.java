package org.migracode.talent.portal.accounts;

import org.migracode.talent.index.account.Invitation;

/** The invitation link cannot be used: unknown ({@code state == null}), used, expired or revoked. */
class InvitationUnusableException extends RuntimeException {

    private final Invitation.State state;

    InvitationUnusableException(Invitation.State state) {
        super(state == null ? "unknown invitation" : "invitation " + state.name().toLowerCase(java.util.Locale.ROOT));
        this.state = state;
    }

    /** Null for a token that names no invitation. */
    Invitation.State state() {
        return state;
    }
}
