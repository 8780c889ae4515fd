package org.migracode.talent.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Six proposals whose funnel was worked out by hand (days after T0). */
class FunnelCalculatorTest {

    static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

    static ProposalHistory p(FunnelStage created, Object... moves) {
        List<ProposalHistory.Move> list = new ArrayList<>();
        for (int i = 0; i < moves.length; i += 2) {
            list.add(new ProposalHistory.Move((FunnelStage) moves[i], T0.plus(Duration.ofDays((Integer) moves[i + 1]))));
        }
        return new ProposalHistory(T0, created, list);
    }

    @Test
    void handComputedFunnel() {
        var s = FunnelStage.class;
        List<ProposalHistory> proposals = List.of(
                p(FunnelStage.PROPOSED, FunnelStage.EMPLOYER_INTERESTED, 2, FunnelStage.INTERVIEWING, 5, FunnelStage.OFFER, 10, FunnelStage.HIRED, 12),
                p(FunnelStage.PROPOSED, FunnelStage.DECLINED_BY_EMPLOYER, 4),
                p(FunnelStage.EMPLOYER_INTERESTED, FunnelStage.INTERVIEWING, 3, FunnelStage.WITHDRAWN_BY_GRADUATE, 6),
                p(FunnelStage.PROPOSED),
                p(FunnelStage.PROPOSED, FunnelStage.EMPLOYER_INTERESTED, 1, FunnelStage.LISTING_CLOSED, 8),
                p(FunnelStage.PROPOSED, FunnelStage.EMPLOYER_INTERESTED, 3, FunnelStage.INTERVIEWING, 4, FunnelStage.OFFER, 6, FunnelStage.HIRED, 9));

        FunnelFigures f = FunnelCalculator.compute(proposals);

        assertThat(f.proposals().value()).isEqualTo(6);
        assertThat(f.reached().values()).extracting(Count::value).containsExactly(6, 4, 3, 2, 2);
        assertThat(f.conversion().get(FunnelStage.EMPLOYER_INTERESTED)).isEqualTo(new Rate(4, 6));
        assertThat(f.conversion().get(FunnelStage.HIRED)).isEqualTo(new Rate(2, 2));
        assertThat(f.exits().values()).extracting(Count::value).containsExactly(1, 1, 1);
        // left PROPOSED after 2, 4, 1, 3 days
        assertThat(f.daysInStage().get(FunnelStage.PROPOSED).value()).isEqualByComparingTo("2.5");
        // left EMPLOYER_INTERESTED after 3, 3, 7, 1 days
        assertThat(f.daysInStage().get(FunnelStage.EMPLOYER_INTERESTED).value()).isEqualByComparingTo("3.0");
        // five coach proposals, four answered after 2, 4, 1, 3 days
        assertThat(f.answeredOfProposed()).isEqualTo(new Rate(4, 5));
        assertThat(f.daysToAnswer().value()).isEqualByComparingTo("2.5");
        assertThat(f.daysToHire().value()).isEqualByComparingTo("10.5");
        assertThat(f.daysToHire().display()).isEqualTo("<5");
        assertThat(s).isNotNull();
    }

    @Test
    void noProposalsGiveEmptyFigures() {
        FunnelFigures f = FunnelCalculator.compute(List.of());
        assertThat(f.proposals().display()).isEqualTo("<5");
        assertThat(f.conversion().get(FunnelStage.OFFER).percent()).isNull();
        assertThat(f.daysToAnswer().value()).isNull();
    }

    @Test
    void checkInsAreCountedPerMonthMark() {
        CheckInFigures f = CheckInFigures.compute(List.of(new CheckInFigures.CheckIn(3, CheckInStatus.STILL_EMPLOYED),
                new CheckInFigures.CheckIn(3, CheckInStatus.STILL_EMPLOYED), new CheckInFigures.CheckIn(6, CheckInStatus.LEFT)));
        assertThat(f.byMonths().get(3).get(CheckInStatus.STILL_EMPLOYED).value()).isEqualTo(2);
        assertThat(f.byMonths().get(6).get(CheckInStatus.LEFT).value()).isEqualTo(1);
        assertThat(f.byMonths().get(12).get(CheckInStatus.PROMOTED).value()).isZero();
    }
}
