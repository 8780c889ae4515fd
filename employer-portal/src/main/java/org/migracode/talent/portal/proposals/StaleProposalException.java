package org.migracode.talent.portal.proposals;

/**
 * The caller moved a proposal from a version that is no longer the stored one: someone else
 * moved it first. Carries the proposal as it is now, so the caller sees the new state.
 */
class StaleProposalException extends RuntimeException {

    private final ProposalView current;

    StaleProposalException(ProposalView current, long expectedVersion) {
        super("proposal " + current.id() + " was changed by someone else: it is now at stage " + current.stage()
                + " (version " + current.version() + "), your request was based on version " + expectedVersion
                + "; look at its new state and decide again");
        this.current = current;
    }

    ProposalView current() {
        return current;
    }
}
