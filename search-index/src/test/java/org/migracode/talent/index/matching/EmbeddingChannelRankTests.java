package org.migracode.talent.index.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The embedding channel's stage-2 values: reciprocal ranks, equal similarities broken by id whatever the map order. */
class EmbeddingChannelRankTests {

    @Test
    void reciprocalRanksWithTiesBrokenById() {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("c", 0.9);
        scores.put("b", 0.7);
        scores.put("a", 0.9);

        Map<String, Double> ranks = EmbeddingChannel.reciprocalRanks(scores, 60);

        assertThat(ranks.get("a")).isEqualTo(1.0);
        assertThat(ranks.get("c")).isCloseTo(61.0 / 62, within(1e-12));
        assertThat(ranks.get("b")).isCloseTo(61.0 / 63, within(1e-12));
        Map<String, Double> reversed = new LinkedHashMap<>();
        reversed.put("a", 0.9);
        reversed.put("b", 0.7);
        reversed.put("c", 0.9);
        assertThat(EmbeddingChannel.reciprocalRanks(reversed, 60)).isEqualTo(ranks);
    }
}
