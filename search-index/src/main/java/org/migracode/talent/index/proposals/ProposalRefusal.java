package org.migracode.talent.index.proposals;

/**
 * Why a move of a proposal is not allowed. The portal shows each in the user's language
 * ({@code proposals.refusal.<NAME>}); {@link #explanation()} is the English text for the API.
 */
public enum ProposalRefusal {
    FINAL_STAGE("the proposal is closed: its stage is final"),
    SAME_STAGE("the proposal is already at that stage"),
    NOT_NEXT_STAGE("the pipeline moves one stage at a time: PROPOSED, EMPLOYER_INTERESTED, INTERVIEWING, OFFER, HIRED"),
    NOT_YOUR_MOVE("that move is not yours to make"),
    AWAITS_COACH_CONFIRMATION("a coach must first confirm the recruiter's interest"),
    REASON_REQUIRED("declining needs a reason from the list"),
    REASON_ONLY_WHEN_DECLINING("a reason belongs only to a decline or a withdrawal"),
    ALREADY_CONFIRMED("the proposal is already confirmed"),
    ALREADY_ANSWERED("the graduate has already answered"),
    /** The graduate withdrew from the company altogether (blocked it): only withdrawing the proposal is still possible. */
    GRADUATE_WITHDREW("the graduate has withdrawn from this company's proposals: it cannot move on");

    private final String explanation;

    ProposalRefusal(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
