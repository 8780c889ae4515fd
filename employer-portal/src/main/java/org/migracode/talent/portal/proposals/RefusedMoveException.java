package org.migracode.talent.portal.proposals;

import java.util.Map;
import org.migracode.talent.index.proposals.ProposalMoveRefused;
import org.migracode.talent.index.proposals.ProposalRefusal;
import org.migracode.talent.portal.system.PortalException;

/**
 * The transition rules refused a move ({@link ProposalMoveRefused} of the index module) as a
 * portal refusal: not the caller's move (403, {@code not-your-move}) or not a move the rules allow
 * from the current stage (409, {@code transition-not-allowed}), with the rule's reason code.
 */
class RefusedMoveException extends PortalException {

    private final ProposalRefusal refusal;

    RefusedMoveException(ProposalMoveRefused refused) {
        super(refused.refusal() == ProposalRefusal.NOT_YOUR_MOVE ? Kind.FORBIDDEN : Kind.CONFLICT, refused.getMessage(), refused);
        this.refusal = refused.refusal();
    }

    @Override
    public String type() {
        return refusal == ProposalRefusal.NOT_YOUR_MOVE ? "not-your-move" : "transition-not-allowed";
    }

    @Override
    public String title() {
        return refusal == ProposalRefusal.NOT_YOUR_MOVE ? "Not your move" : "Transition not allowed";
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("refusal", refusal.name());
    }
}
