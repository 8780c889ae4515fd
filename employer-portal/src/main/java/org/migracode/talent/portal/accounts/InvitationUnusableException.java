package org.migracode.talent.portal.accounts;

import org.migracode.talent.index.accounts.Invitation;

/**
 * The invitation link cannot be used: unknown ({@code state == null}), used, expired or revoked, or
 * ({@link #taken()}) still pending while its address or graduate got an account in another way.
 */
class InvitationUnusableException extends RuntimeException {

    private final Invitation.State state;
    private final boolean taken;

    InvitationUnusableException(Invitation.State state) {
        this(state, false, state == null ? "unknown invitation" : "invitation " + state.name().toLowerCase(java.util.Locale.ROOT));
    }

    private InvitationUnusableException(Invitation.State state, boolean taken, String message) {
        super(message);
        this.state = state;
        this.taken = taken;
    }

    /** The invitation is pending, but the account it would create exists already. */
    static InvitationUnusableException taken(String why) {
        return new InvitationUnusableException(Invitation.State.PENDING, true, why);
    }

    boolean taken() {
        return taken;
    }

    /** Null for a token that names no invitation. */
    Invitation.State state() {
        return state;
    }
}
