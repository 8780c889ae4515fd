package org.migracode.talent.index.proposals;

/**
 * Where a match proposal stands. The pipeline runs PROPOSED → EMPLOYER_INTERESTED → INTERVIEWING →
 * OFFER → HIRED; the last three values are exits. Stored by name: never rename a value.
 */
public enum ProposalStage {
    PROPOSED,
    EMPLOYER_INTERESTED,
    INTERVIEWING,
    OFFER,
    HIRED,
    DECLINED_BY_EMPLOYER,
    WITHDRAWN_BY_GRADUATE,
    LISTING_CLOSED;

    /** True for the stages a proposal cannot leave. */
    public boolean isFinal() {
        return this == HIRED || this == DECLINED_BY_EMPLOYER || this == WITHDRAWN_BY_GRADUATE || this == LISTING_CLOSED;
    }
}
