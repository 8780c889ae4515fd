package org.migracode.talent.portal.proposals;

import org.migracode.talent.portal.system.PortalException;

/**
 * The caller moved a proposal from a version that is no longer the stored one: someone else
 * moved it first. Carries the proposal as it is now, so the caller sees the new state.
 */
class StaleProposalException extends PortalException {

    private final ProposalView current;

    StaleProposalException(ProposalView current, long expectedVersion) {
        super(Kind.STALE, "proposal " + current.id() + " was changed by someone else: it is now at stage " + current.stage()
                + " (version " + current.version() + "), your request was based on version " + expectedVersion
                + "; look at its new state and decide again");
        this.current = current;
    }

    private StaleProposalException(String message, ProposalView current) {
        super(Kind.STALE, message);
        this.current = current;
    }

    /** Two moves of the same version raced and the other committed first; {@code current} is null when it is gone. */
    static StaleProposalException raced(ProposalView current) {
        return new StaleProposalException(
                "the proposal was moved by someone else at the same moment; look at its new state and decide again", current);
    }

    ProposalView current() {
        return current;
    }

    /** The proposal as it is now: its version, its stage and the whole view. */
    @Override
    public java.util.Map<String, Object> properties() {
        return ProposalConflictException.currentState(current);
    }
}
