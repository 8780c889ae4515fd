package org.migracode.talent.index.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.embedding.QuantizedVector;
import org.migracode.talent.core.scoring.ChannelScores;

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

    @Test
    void stage2RanksTheUnionByTheStoredInt8VectorsAndGivesNoInputWithoutOne() {
        float[] listing = {0.6f, 0.8f, 0f};
        List<Stage1Hit> hits = List.of(
                new Stage1Hit("far", 1f, "p", false, QuantizedVector.of(new float[] {0f, 0f, 1f}).encode()),
                new Stage1Hit("none", 1f, "p", false, null),
                new Stage1Hit("close", 1f, "p", false, QuantizedVector.of(new float[] {0.6f, 0.8f, 0f}).encode()),
                new Stage1Hit("mid", 1f, "p", false, QuantizedVector.of(new float[] {1f, 0f, 0f}).encode()));

        Map<String, Double> similarities = EmbeddingChannel.similarities(hits, listing);
        assertThat(similarities).containsOnlyKeys("far", "close", "mid");
        assertThat(similarities.get("close")).isCloseTo(1.0, within(0.01));
        assertThat(similarities.get("mid")).isCloseTo(0.6, within(0.01));
        assertThat(similarities.get("far")).isCloseTo(0.0, within(0.01));

        Map<String, ChannelScores> channels = new EmbeddingChannel(null, null, null, true)
                .addTo(Map.of("close", new ChannelScores(0.5, 0.25)), hits, listing);
        assertThat(channels.keySet()).containsExactly("far", "none", "close", "mid");
        assertThat(channels.get("close").wording()).isEqualTo(1.0);
        assertThat(channels.get("close").skills()).isEqualTo(0.5);
        assertThat(channels.get("mid").wording()).isCloseTo(61.0 / 62, within(1e-12));
        assertThat(channels.get("far").wording()).isCloseTo(61.0 / 63, within(1e-12));
        assertThat(channels.get("none").wording()).isNaN();
    }
}
