package org.migracode.talent.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchValuesTest {

    @Test
    void defaultWeightsSumToOnePlusTheTitleAndEmbeddingChannelsAndTheThreeTextChannelsWeighTheSameAndMost() {
        MatchWeights w = MatchWeights.defaults();
        // matcher-2's weights summed to 1.00; matcher-3 added TITLE_HEADLINE 0.05, matcher-4 SIMILAR_WORDING 0.30 on top
        assertThat(w.sum()).isCloseTo(1.35, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(w.weight(ComponentName.TITLE_HEADLINE)).isEqualTo(0.05);
        assertThat(w.weight(ComponentName.SKILLS_IN_TEXT)).isEqualTo(w.weight(ComponentName.TEXT_RELEVANCE));
        assertThat(w.weight(ComponentName.SIMILAR_WORDING)).isEqualTo(w.weight(ComponentName.TEXT_RELEVANCE));
        for (ComponentName n : ComponentName.values()) {
            assertThat(w.weight(ComponentName.SKILLS_IN_TEXT)).isGreaterThanOrEqualTo(w.weight(n));
        }
        assertThat(w.weight(ComponentName.REQUIRED_SKILLS)).isGreaterThan(w.weight(ComponentName.NICE_TO_HAVE));
    }

    @Test
    void weightsMustBeNonNegativeFiniteAndNotAllZero() {
        assertThatThrownBy(() -> MatchWeights.defaults().with(ComponentName.LOCATION, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weight LOCATION must be a finite non-negative number, got -1.0");
        assertThatThrownBy(() -> MatchWeights.defaults().with(ComponentName.TYPE, Double.POSITIVE_INFINITY))
                .hasMessage("weight TYPE must be a finite non-negative number, got Infinity");
        assertThatThrownBy(() -> new MatchWeights(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).hasMessage("weights must not all be zero");
    }

    @Test
    void scoreComponentValueMustBeInTheUnitInterval() {
        assertThatThrownBy(() -> new ScoreComponent(ComponentName.TYPE, 1, 1.5, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("component value must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> new ScoreComponent(ComponentName.TYPE, 1, Double.NaN, 10))
                .hasMessage("component value must be in [0, 1], got NaN");
        assertThatThrownBy(() -> new ScoreComponent(ComponentName.TYPE, -1, 0.5, 10))
                .hasMessage("component weight must be a finite non-negative number, got -1.0");
        assertThatThrownBy(() -> new ScoreComponent(ComponentName.TYPE, 1, 0.5, 101))
                .hasMessage("component contribution must be in [0, 100], got 101.0");
    }

    @Test
    void explanationRefusesContributionsThatDoNotAddUpToTheScore() {
        List<ScoreComponent> parts = List.of(new ScoreComponent(ComponentName.TYPE, 1, 0.5, 50));
        AvailabilityFit unknown = new AvailabilityFit(false, 0, false);
        assertThatThrownBy(() -> new MatchExplanation("L", "C", 60, parts, List.of(), List.of(), List.of(), unknown, "v", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("component contributions must add up to the score 60.0, got 50.0");
        assertThatThrownBy(() -> new MatchExplanation("L", "C", 101, parts, List.of(), List.of(), List.of(), unknown, "v", Map.of()))
                .hasMessage("score must be in [0, 100], got 101.0");
    }

    @Test
    void skillMatchAndAvailabilityValidateTheirValues() {
        assertThatThrownBy(() -> new SkillMatch(Profiles.id("a"), Profiles.id("a"), MatchKind.DIRECT, 3, 0))
                .hasMessage("match credit must be in (0, 1], got 0.0");
        assertThatThrownBy(() -> new AvailabilityFit(true, -1, true)).hasMessage("availability gap must not be negative, got -1");
    }
}
