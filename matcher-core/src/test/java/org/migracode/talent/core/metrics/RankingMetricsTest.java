package org.migracode.talent.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fixtures computed by hand; log2(3) = 1.5849625, log2(5) = 2.3219281. */
class RankingMetricsTest {

    private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 1, "z", 0);

    @Test
    void ndcgIsOneForTheIdealOrder() {
        assertThat(RankingMetrics.ndcgAt10(List.of("a", "b", "c"), GRADES)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void ndcgOfASwappedOrderMatchesTheHandComputation() {
        // DCG  = (2^1-1)/log2(2) + (2^3-1)/log2(3) + (2^2-1)/log2(4) = 1 + 4.4165863 + 1.5 = 6.9165863
        // IDCG = 7/1 + 3/log2(3) + 1/2 = 7 + 1.8927893 + 0.5 = 9.3927893
        double expected = (1 + 7 / (Math.log(3) / Math.log(2)) + 3 / 2.0) / (7 + 3 / (Math.log(3) / Math.log(2)) + 0.5);
        assertThat(RankingMetrics.ndcgAt10(List.of("c", "a", "b"), GRADES)).isCloseTo(expected, within(1e-12));
        assertThat(expected).isCloseTo(0.7363636, within(1e-6));
    }

    @Test
    void ndcgIdealUsesAllQrelsEvenWhenTheRunMissesThem() {
        // only "b" retrieved, at rank 2: DCG = 3/log2(3) = 1.8927893; IDCG = 9.3927893
        assertThat(RankingMetrics.ndcgAt10(List.of("x", "b"), GRADES)).isCloseTo(0.2015150, within(1e-6));
    }

    @Test
    void ndcgCutsAtTenAndIsZeroWithoutRelevantCandidates() {
        List<String> run = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            run.add("n" + i);
        }
        run.add("a");
        assertThat(RankingMetrics.ndcgAt10(run, GRADES)).isZero();
        assertThat(RankingMetrics.ndcgAt10(List.of("a"), Map.of("a", 0))).isZero();
    }

    @Test
    void reciprocalRankFindsTheFirstGradeTwoOrMore() {
        assertThat(RankingMetrics.reciprocalRank(List.of("c", "z", "b", "a"), GRADES)).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(RankingMetrics.reciprocalRank(List.of("c", "z"), GRADES)).isZero();
    }

    @Test
    void reciprocalRankLooksOnlyAtTheTopHundred() {
        List<String> run = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            run.add("n" + i);
        }
        run.add("a");
        assertThat(RankingMetrics.reciprocalRank(run, GRADES)).isZero();
        run.remove(99);
        assertThat(RankingMetrics.reciprocalRank(run, GRADES)).isCloseTo(0.01, within(1e-12));
    }

    @Test
    void precisionAtFiveDividesByFiveEvenWithFewerResults() {
        assertThat(RankingMetrics.precisionAt5(List.of("a", "c", "b", "z", "x", "a2"), GRADES)).isCloseTo(0.4, within(1e-12));
        assertThat(RankingMetrics.precisionAt5(List.of("a"), GRADES)).isCloseTo(0.2, within(1e-12));
        assertThat(RankingMetrics.precisionAt5(List.of(), GRADES)).isZero();
    }

    @Test
    void aRepeatedIdCountsOnlyOnce() {
        assertThat(RankingMetrics.precisionAt5(List.of("a", "a", "a"), GRADES)).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void negativeGradesAreRejected() {
        assertThatThrownBy(() -> RankingMetrics.precisionAt5(List.of("a"), Map.of("a", -1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("grade must not be negative, got -1 for 'a'");
    }
}
