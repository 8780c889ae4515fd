package org.migracode.talent.index.proposals;

import static org.migracode.talent.index.proposals.ProposalStage.EMPLOYER_INTERESTED;
import static org.migracode.talent.index.proposals.ProposalStage.HIRED;
import static org.migracode.talent.index.proposals.ProposalStage.INTERVIEWING;
import static org.migracode.talent.index.proposals.ProposalStage.OFFER;
import static org.migracode.talent.index.proposals.ProposalStage.PROPOSED;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The allowed stage transitions, as pure functions (no database, no clock): the pipeline
 * PROPOSED → EMPLOYER_INTERESTED → INTERVIEWING → OFFER → HIRED moves one stage at a time, and
 * from any open stage there are three exits:
 * <ul>
 *   <li>pipeline steps and DECLINED_BY_EMPLOYER (with a {@link DeclineReason}): the employer, or
 *       the school recording the employer's answer;</li>
 *   <li>WITHDRAWN_BY_GRADUATE: the graduate, or the school on their behalf;</li>
 *   <li>LISTING_CLOSED: only closing the listing.</li>
 * </ul>
 * A final stage has no way out. While a recruiter's interest awaits a coach's confirmation, the
 * employer cannot move the proposal further (the school and the graduate still can exit it).
 */
public final class ProposalRules {

    /** The pipeline, in order. */
    public static final List<ProposalStage> PIPELINE = List.of(PROPOSED, EMPLOYER_INTERESTED, INTERVIEWING, OFFER, HIRED);

    /** Open stages in which the next step is the employer's (the coach board flags these when old). */
    public static final List<ProposalStage> WAITING_ON_EMPLOYER = List.of(PROPOSED, EMPLOYER_INTERESTED, INTERVIEWING);

    /** How long an employer may take before the coach board highlights a proposal. */
    public static final Duration EMPLOYER_RESPONSE_TIME = Duration.ofDays(7);

    private ProposalRules() {
    }

    /**
     * A requested move.
     *
     * @param coachConfirmed false only while a recruiter's interest awaits a coach
     * @param reason the reason of an exit: required for DECLINED_BY_EMPLOYER, optional for
     *     WITHDRAWN_BY_GRADUATE, refused for any other stage
     */
    public record Move(ProposalStage from, ProposalStage to, ProposalParty by, boolean coachConfirmed, DeclineReason reason) {
    }

    /** The stage a new proposal starts at: a coach proposes; a recruiter's interest starts one step further. */
    public static ProposalStage initialStage(ProposalOrigin origin) {
        return origin == ProposalOrigin.COACH ? PROPOSED : EMPLOYER_INTERESTED;
    }

    /** Why {@code move} is not allowed, or empty when it is. */
    public static Optional<ProposalRefusal> check(Move move) {
        ProposalStage from = move.from();
        ProposalStage to = move.to();
        if (from.isFinal()) {
            return Optional.of(ProposalRefusal.FINAL_STAGE);
        }
        if (to == from) {
            return Optional.of(ProposalRefusal.SAME_STAGE);
        }
        if (!mayMakeMove(to, move.by())) {
            return Optional.of(ProposalRefusal.NOT_YOUR_MOVE);
        }
        if (PIPELINE.contains(to) && PIPELINE.indexOf(to) != PIPELINE.indexOf(from) + 1) {
            return Optional.of(ProposalRefusal.NOT_NEXT_STAGE);
        }
        if (move.by() == ProposalParty.EMPLOYER && !move.coachConfirmed()) {
            return Optional.of(ProposalRefusal.AWAITS_COACH_CONFIRMATION);
        }
        if (to == ProposalStage.DECLINED_BY_EMPLOYER && move.reason() == null) {
            return Optional.of(ProposalRefusal.REASON_REQUIRED);
        }
        if (!takesReason(to) && move.reason() != null) {
            return Optional.of(ProposalRefusal.REASON_ONLY_WHEN_DECLINING);
        }
        return Optional.empty();
    }

    /**
     * The stages a move may carry a reason to: DECLINED_BY_EMPLOYER needs one, WITHDRAWN_BY_GRADUATE
     * may have one (the pipeline asks for it; a graduate's own "decline" and blocking a company give none).
     */
    public static boolean takesReason(ProposalStage to) {
        return to == ProposalStage.DECLINED_BY_EMPLOYER || to == ProposalStage.WITHDRAWN_BY_GRADUATE;
    }

    /**
     * The fixed reasons the per-listing pipeline offers for a decline or a withdrawal (skills,
     * language, timing, position filled, other); the funnel counts them.
     */
    public static final List<DeclineReason> PIPELINE_REASONS = List.of(DeclineReason.SKILLS_GAP, DeclineReason.LANGUAGE,
            DeclineReason.AVAILABILITY, DeclineReason.POSITION_FILLED, DeclineReason.OTHER);

    /** The pipeline column a stage belongs to: the three exits share the "declined" column. */
    public static ProposalStage column(ProposalStage stage) {
        return stage == ProposalStage.WITHDRAWN_BY_GRADUATE || stage == ProposalStage.LISTING_CLOSED
                ? ProposalStage.DECLINED_BY_EMPLOYER : stage;
    }

    /** True when {@code move} is allowed. */
    public static boolean allows(Move move) {
        return check(move).isEmpty();
    }

    /**
     * The stages {@code by} may move a proposal to from {@code from}, in pipeline order then the
     * exits (a decline then needs its reason): what the UI offers as buttons.
     */
    public static List<ProposalStage> choices(ProposalStage from, ProposalParty by, boolean coachConfirmed) {
        List<ProposalStage> out = new ArrayList<>();
        for (ProposalStage to : ProposalStage.values()) {
            DeclineReason reason = to == ProposalStage.DECLINED_BY_EMPLOYER ? DeclineReason.OTHER : null;
            if (allows(new Move(from, to, by, coachConfirmed, reason))) {
                out.add(to);
            }
        }
        return List.copyOf(out);
    }

    /** True when the next step is the employer's and they have not taken it for longer than the response time. */
    public static boolean overdue(ProposalStage stage, boolean coachConfirmed, Instant stageChangedAt, Instant now) {
        return coachConfirmed && WAITING_ON_EMPLOYER.contains(stage)
                && stageChangedAt.plus(EMPLOYER_RESPONSE_TIME).isBefore(now);
    }

    private static boolean mayMakeMove(ProposalStage to, ProposalParty by) {
        return switch (to) {
            case PROPOSED -> false; // only a new proposal starts there
            case EMPLOYER_INTERESTED, INTERVIEWING, OFFER, HIRED, DECLINED_BY_EMPLOYER ->
                    by == ProposalParty.EMPLOYER || by == ProposalParty.SCHOOL;
            case WITHDRAWN_BY_GRADUATE -> by == ProposalParty.GRADUATE || by == ProposalParty.SCHOOL;
            case LISTING_CLOSED -> by == ProposalParty.LISTING;
        };
    }
}
