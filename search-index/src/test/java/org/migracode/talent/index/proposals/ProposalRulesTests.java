package org.migracode.talent.index.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migracode.talent.index.proposals.ProposalParty.EMPLOYER;
import static org.migracode.talent.index.proposals.ProposalParty.GRADUATE;
import static org.migracode.talent.index.proposals.ProposalParty.LISTING;
import static org.migracode.talent.index.proposals.ProposalParty.SCHOOL;
import static org.migracode.talent.index.proposals.ProposalStage.DECLINED_BY_EMPLOYER;
import static org.migracode.talent.index.proposals.ProposalStage.EMPLOYER_INTERESTED;
import static org.migracode.talent.index.proposals.ProposalStage.HIRED;
import static org.migracode.talent.index.proposals.ProposalStage.INTERVIEWING;
import static org.migracode.talent.index.proposals.ProposalStage.LISTING_CLOSED;
import static org.migracode.talent.index.proposals.ProposalStage.OFFER;
import static org.migracode.talent.index.proposals.ProposalStage.PROPOSED;
import static org.migracode.talent.index.proposals.ProposalStage.WITHDRAWN_BY_GRADUATE;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.proposals.ProposalRules.Move;

/**
 * The transition rules against a table written out by hand: every (from, to, party) triple is
 * tried, with and without a coach's confirmation and with and without a decline reason, and
 * exactly the table's moves are allowed.
 */
class ProposalRulesTests {

    /** The whole contract: from → to, and who may make the move (with a confirmed proposal and a reason only for declines). */
    static final List<String> ALLOWED = List.of(
            "PROPOSED -> EMPLOYER_INTERESTED by EMPLOYER",
            "PROPOSED -> EMPLOYER_INTERESTED by SCHOOL",
            "PROPOSED -> DECLINED_BY_EMPLOYER by EMPLOYER",
            "PROPOSED -> DECLINED_BY_EMPLOYER by SCHOOL",
            "PROPOSED -> WITHDRAWN_BY_GRADUATE by GRADUATE",
            "PROPOSED -> WITHDRAWN_BY_GRADUATE by SCHOOL",
            "PROPOSED -> LISTING_CLOSED by LISTING",
            "EMPLOYER_INTERESTED -> INTERVIEWING by EMPLOYER",
            "EMPLOYER_INTERESTED -> INTERVIEWING by SCHOOL",
            "EMPLOYER_INTERESTED -> DECLINED_BY_EMPLOYER by EMPLOYER",
            "EMPLOYER_INTERESTED -> DECLINED_BY_EMPLOYER by SCHOOL",
            "EMPLOYER_INTERESTED -> WITHDRAWN_BY_GRADUATE by GRADUATE",
            "EMPLOYER_INTERESTED -> WITHDRAWN_BY_GRADUATE by SCHOOL",
            "EMPLOYER_INTERESTED -> LISTING_CLOSED by LISTING",
            "INTERVIEWING -> OFFER by EMPLOYER",
            "INTERVIEWING -> OFFER by SCHOOL",
            "INTERVIEWING -> DECLINED_BY_EMPLOYER by EMPLOYER",
            "INTERVIEWING -> DECLINED_BY_EMPLOYER by SCHOOL",
            "INTERVIEWING -> WITHDRAWN_BY_GRADUATE by GRADUATE",
            "INTERVIEWING -> WITHDRAWN_BY_GRADUATE by SCHOOL",
            "INTERVIEWING -> LISTING_CLOSED by LISTING",
            "OFFER -> HIRED by EMPLOYER",
            "OFFER -> HIRED by SCHOOL",
            "OFFER -> DECLINED_BY_EMPLOYER by EMPLOYER",
            "OFFER -> DECLINED_BY_EMPLOYER by SCHOOL",
            "OFFER -> WITHDRAWN_BY_GRADUATE by GRADUATE",
            "OFFER -> WITHDRAWN_BY_GRADUATE by SCHOOL",
            "OFFER -> LISTING_CLOSED by LISTING");

    private static DeclineReason reasonFor(ProposalStage to) {
        return to == DECLINED_BY_EMPLOYER ? DeclineReason.SKILLS_GAP : null;
    }

    @Test
    void exactlyTheTablesMovesAreAllowed() {
        Set<String> allowed = new TreeSet<>();
        for (ProposalStage from : ProposalStage.values()) {
            for (ProposalStage to : ProposalStage.values()) {
                for (ProposalParty by : ProposalParty.values()) {
                    if (ProposalRules.allows(new Move(from, to, by, true, reasonFor(to)))) {
                        allowed.add(from + " -> " + to + " by " + by);
                    }
                }
            }
        }
        assertThat(allowed).containsExactlyInAnyOrderElementsOf(ALLOWED);
        assertThat(allowed).hasSize(28);
    }

    @Test
    void everyRefusalNamesItsReason() {
        for (ProposalStage from : ProposalStage.values()) {
            for (ProposalStage to : ProposalStage.values()) {
                for (ProposalParty by : ProposalParty.values()) {
                    String key = from + " -> " + to + " by " + by;
                    var refusal = ProposalRules.check(new Move(from, to, by, true, reasonFor(to)));
                    if (ALLOWED.contains(key)) {
                        assertThat(refusal).as(key).isEmpty();
                        continue;
                    }
                    ProposalRefusal expected = from.isFinal() ? ProposalRefusal.FINAL_STAGE
                            : to == from ? ProposalRefusal.SAME_STAGE
                            : !mayMake(to, by) ? ProposalRefusal.NOT_YOUR_MOVE
                            : ProposalRefusal.NOT_NEXT_STAGE;
                    assertThat(refusal).as(key).contains(expected);
                }
            }
        }
    }

    private static boolean mayMake(ProposalStage to, ProposalParty by) {
        return ALLOWED.stream().anyMatch(a -> a.endsWith(" -> " + to + " by " + by));
    }

    @Test
    void finalStagesHaveNoWayOut() {
        for (ProposalStage from : EnumSet.of(HIRED, DECLINED_BY_EMPLOYER, WITHDRAWN_BY_GRADUATE, LISTING_CLOSED)) {
            for (ProposalParty by : ProposalParty.values()) {
                assertThat(ProposalRules.choices(from, by, true)).as(from + " by " + by).isEmpty();
            }
        }
    }

    @Test
    void theEmployerWaitsForACoachToConfirmARecruitersInterest() {
        assertThat(ProposalRules.check(new Move(EMPLOYER_INTERESTED, INTERVIEWING, EMPLOYER, false, null)))
                .contains(ProposalRefusal.AWAITS_COACH_CONFIRMATION);
        assertThat(ProposalRules.check(new Move(EMPLOYER_INTERESTED, DECLINED_BY_EMPLOYER, EMPLOYER, false, DeclineReason.OTHER)))
                .contains(ProposalRefusal.AWAITS_COACH_CONFIRMATION);
        // the school and the graduate can still act, and closing the listing still closes it
        assertThat(ProposalRules.allows(new Move(EMPLOYER_INTERESTED, INTERVIEWING, SCHOOL, false, null))).isTrue();
        assertThat(ProposalRules.allows(new Move(EMPLOYER_INTERESTED, WITHDRAWN_BY_GRADUATE, GRADUATE, false, null))).isTrue();
        assertThat(ProposalRules.allows(new Move(EMPLOYER_INTERESTED, LISTING_CLOSED, LISTING, false, null))).isTrue();
        assertThat(ProposalRules.choices(EMPLOYER_INTERESTED, EMPLOYER, false)).isEmpty();
    }

    @Test
    void aDeclineNeedsAReasonAndOnlyADeclineHasOne() {
        assertThat(ProposalRules.check(new Move(PROPOSED, DECLINED_BY_EMPLOYER, EMPLOYER, true, null)))
                .contains(ProposalRefusal.REASON_REQUIRED);
        assertThat(ProposalRules.check(new Move(PROPOSED, EMPLOYER_INTERESTED, EMPLOYER, true, DeclineReason.LANGUAGE)))
                .contains(ProposalRefusal.REASON_ONLY_WHEN_DECLINING);
        for (DeclineReason reason : DeclineReason.values()) {
            assertThat(ProposalRules.allows(new Move(INTERVIEWING, DECLINED_BY_EMPLOYER, EMPLOYER, true, reason))).isTrue();
        }
    }

    @Test
    void aWithdrawalMayCarryAReasonAndTheExitsShareThePipelinesDeclinedColumn() {
        assertThat(ProposalRules.allows(new Move(OFFER, WITHDRAWN_BY_GRADUATE, SCHOOL, true, DeclineReason.AVAILABILITY))).isTrue();
        assertThat(ProposalRules.allows(new Move(OFFER, WITHDRAWN_BY_GRADUATE, GRADUATE, true, null))).isTrue();
        assertThat(ProposalRules.check(new Move(OFFER, LISTING_CLOSED, LISTING, true, DeclineReason.OTHER)))
                .contains(ProposalRefusal.REASON_ONLY_WHEN_DECLINING);
        assertThat(ProposalRules.PIPELINE_REASONS).containsExactly(DeclineReason.SKILLS_GAP, DeclineReason.LANGUAGE,
                DeclineReason.AVAILABILITY, DeclineReason.POSITION_FILLED, DeclineReason.OTHER);
        assertThat(ProposalRules.column(WITHDRAWN_BY_GRADUATE)).isEqualTo(DECLINED_BY_EMPLOYER);
        assertThat(ProposalRules.column(LISTING_CLOSED)).isEqualTo(DECLINED_BY_EMPLOYER);
        assertThat(ProposalRules.column(OFFER)).isEqualTo(OFFER);
    }

    @Test
    void theButtonsOfferTheNextStepAndTheExitsOfTheParty() {
        assertThat(ProposalRules.choices(PROPOSED, EMPLOYER, true)).containsExactly(EMPLOYER_INTERESTED, DECLINED_BY_EMPLOYER);
        assertThat(ProposalRules.choices(OFFER, SCHOOL, true)).containsExactly(HIRED, DECLINED_BY_EMPLOYER, WITHDRAWN_BY_GRADUATE);
        assertThat(ProposalRules.choices(INTERVIEWING, GRADUATE, true)).containsExactly(WITHDRAWN_BY_GRADUATE);
        assertThat(ProposalRules.choices(INTERVIEWING, LISTING, true)).containsExactly(LISTING_CLOSED);
    }

    @Test
    void aNewProposalStartsWhereItsOriginSays() {
        assertThat(ProposalRules.initialStage(ProposalOrigin.COACH)).isEqualTo(PROPOSED);
        assertThat(ProposalRules.initialStage(ProposalOrigin.RECRUITER)).isEqualTo(EMPLOYER_INTERESTED);
    }

    @Test
    void overdueMeansMoreThanSevenDaysWaitingOnTheEmployer() {
        Instant now = Instant.parse("2026-03-10T12:00:00Z");
        Instant eightDaysAgo = now.minus(Duration.ofDays(8));
        Instant sixDaysAgo = now.minus(Duration.ofDays(6));
        Instant exactlySeven = now.minus(Duration.ofDays(7));
        assertThat(ProposalRules.overdue(PROPOSED, true, eightDaysAgo, now)).isTrue();
        assertThat(ProposalRules.overdue(INTERVIEWING, true, eightDaysAgo, now)).isTrue();
        assertThat(ProposalRules.overdue(PROPOSED, true, sixDaysAgo, now)).isFalse();
        assertThat(ProposalRules.overdue(PROPOSED, true, exactlySeven, now)).isFalse();
        assertThat(ProposalRules.overdue(OFFER, true, eightDaysAgo, now)).as("an offer waits on the graduate").isFalse();
        assertThat(ProposalRules.overdue(HIRED, true, eightDaysAgo, now)).isFalse();
        assertThat(ProposalRules.overdue(EMPLOYER_INTERESTED, false, eightDaysAgo, now)).as("waits on a coach").isFalse();
    }

    @Test
    void theEntityFollowsTheRulesAndRecordsEveryStep() {
        Instant t0 = Instant.parse("2026-03-01T09:00:00Z");
        UUID coach = UUID.randomUUID();
        UUID recruiter = UUID.randomUUID();
        Proposal p = Proposal.start(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                ProposalOrigin.COACH, coach, "  Great React portfolio  ", t0);
        assertThat(p.getStage()).isEqualTo(PROPOSED);
        assertThat(p.getNoteToRecruiter()).isEqualTo("Great React portfolio");
        assertThat(p.isCoachConfirmed()).isTrue();

        List<ProposalStage> path = List.of(EMPLOYER_INTERESTED, INTERVIEWING, OFFER, HIRED);
        Instant at = t0;
        for (ProposalStage to : path) {
            at = at.plus(Duration.ofDays(2));
            p.move(to, EMPLOYER, recruiter, null, null, at);
        }
        assertThat(p.getStage()).isEqualTo(HIRED);
        assertThat(p.getStageChangedAt()).isEqualTo(at);
        List<String> steps = new ArrayList<>();
        p.getHistory().forEach(t -> steps.add(t.getFromStage() + ">" + t.getToStage()));
        assertThat(steps).containsExactly("null>PROPOSED", "PROPOSED>EMPLOYER_INTERESTED", "EMPLOYER_INTERESTED>INTERVIEWING",
                "INTERVIEWING>OFFER", "OFFER>HIRED");
        assertThat(p.getHistory().get(0).getActorAccountId()).isEqualTo(coach);
        assertThat(p.getHistory().get(4).getActorAccountId()).isEqualTo(recruiter);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.move(WITHDRAWN_BY_GRADUATE, GRADUATE, null, null, null, t0))
                .isInstanceOf(ProposalMoveRefused.class)
                .satisfies(e -> assertThat(((ProposalMoveRefused) e).refusal()).isEqualTo(ProposalRefusal.FINAL_STAGE));
    }

    @Test
    void aRecruitersInterestAwaitsACoachAndTheGraduatesAnswer() {
        Instant t0 = Instant.parse("2026-03-01T09:00:00Z");
        Proposal p = Proposal.start(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                ProposalOrigin.RECRUITER, UUID.randomUUID(), null, t0);
        assertThat(p.getStage()).isEqualTo(EMPLOYER_INTERESTED);
        assertThat(p.isCoachConfirmed()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.accept(t0))
                .isInstanceOf(ProposalMoveRefused.class);
        UUID coach = UUID.randomUUID();
        p.confirm(coach, t0.plusSeconds(60));
        assertThat(p.getCoachAccountId()).isEqualTo(coach);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.confirm(coach, t0)).isInstanceOf(ProposalMoveRefused.class);
        p.accept(t0.plusSeconds(120));
        assertThat(p.getGraduateResponse()).isEqualTo(GraduateResponse.ACCEPTED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.accept(t0)).isInstanceOf(ProposalMoveRefused.class);
        p.move(WITHDRAWN_BY_GRADUATE, GRADUATE, null, "found another job", null, t0.plusSeconds(180));
        assertThat(p.getGraduateResponse()).as("withdrawing takes the consent back").isEqualTo(GraduateResponse.DECLINED);
    }

    @Test
    void notesHaveALimit() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Proposal.checkedNote("x".repeat(Proposal.MAX_NOTE + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 2000");
        assertThat(Proposal.checkedNote("   ")).isNull();
    }
}
