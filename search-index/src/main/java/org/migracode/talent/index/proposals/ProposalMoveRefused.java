package org.migracode.talent.index.proposals;

/**
 * A move the rules do not allow (a 409 in the API: the request is well-formed, the proposal's
 * state forbids it). Carries the {@link ProposalRefusal} so the UI can say why in any language.
 */
public class ProposalMoveRefused extends IllegalStateException {

    private final ProposalRefusal refusal;

    public ProposalMoveRefused(ProposalRefusal refusal, ProposalStage from, ProposalStage to) {
        super(to == null ? refusal.explanation() + " (stage " + from + ")"
                : "cannot move from " + from + " to " + to + ": " + refusal.explanation());
        this.refusal = refusal;
    }

    public ProposalRefusal refusal() {
        return refusal;
    }
}
