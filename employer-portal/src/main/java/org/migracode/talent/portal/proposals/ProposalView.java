package org.migracode.talent.portal.proposals;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.index.proposals.DeclineReason;
import org.migracode.talent.index.proposals.GraduateResponse;
import org.migracode.talent.index.proposals.ProposalOrigin;
import org.migracode.talent.index.proposals.ProposalStage;

/**
 * A proposal as the viewer may see it, with its history oldest first and what the viewer may do
 * with it now. {@code contact} is present for school staff, and for a recruiter only as
 * {@code GraduateAccess} allows (the graduate accepted, and still shows their profile or was hired
 * by that company); {@code history} is empty in lists.
 *
 * @param version the optimistic lock: send it back with any change
 * @param awaitingCoach a recruiter's interest that no coach has confirmed yet (the graduate does not see it)
 * @param overdue waiting on the employer for more than seven days
 * @param choices the stages the viewer may move it to now
 * @param canConfirm the viewer may confirm a recruiter's interest
 * @param canAnswer the viewer may record the graduate's answer (accept or decline)
 * @param personalDataWithdrawn the graduate withdrew from the viewer's company (blocked it): no name,
 *     id, cohort, notes or contact details, and no moves; shown as "withdrawn by the graduate"
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProposalView(UUID id, long version, ProposalStage stage, ProposalOrigin origin, boolean awaitingCoach,
        Party graduate, String cohort, ListingRef listing, Party company, Party coach, String noteToRecruiter,
        DeclineReason declineReason, GraduateResponse graduateResponse, Instant graduateAnsweredAt, Instant createdAt,
        Instant stageChangedAt, boolean overdue, Contact contact, List<TransitionView> history, List<ProposalStage> choices,
        boolean canConfirm, boolean canAnswer, boolean personalDataWithdrawn) {

    /** Someone or something with an id and a display name. */
    record Party(UUID id, String name) {
    }

    record ListingRef(UUID id, String title, String status) {
    }

    record Contact(String email, String phone) {
    }

    /**
     * One step of the history. {@code actor} is the person's display name when known; {@code by}
     * says on whose side the move was (EMPLOYER, SCHOOL, GRADUATE, LISTING). {@code event} is null
     * for a stage move and {@code CONFIRMED} for a coach confirming a recruiter's interest (no stage
     * change: {@code from} and {@code to} are the stage it was in).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TransitionView(ProposalStage from, ProposalStage to, Instant at, String actor, String by, String note, String event) {

        TransitionView(ProposalStage from, ProposalStage to, Instant at, String actor, String by, String note) {
            this(from, to, at, actor, by, note, null);
        }

        /** A coach confirmed a recruiter's interest here. */
        public boolean confirmation() {
            return CONFIRMED.equals(event);
        }

        static final String CONFIRMED = "CONFIRMED";
    }

    public boolean open() {
        return !stage.isFinal();
    }

    /** The pipeline steps among the choices (one button each). */
    public List<ProposalStage> steps() {
        return choices.stream().filter(s -> s != ProposalStage.DECLINED_BY_EMPLOYER && s != ProposalStage.WITHDRAWN_BY_GRADUATE
                && s != ProposalStage.LISTING_CLOSED).toList();
    }

    /** The employer's side may decline now (with a reason). */
    public boolean canDecline() {
        return choices.contains(ProposalStage.DECLINED_BY_EMPLOYER);
    }
}
