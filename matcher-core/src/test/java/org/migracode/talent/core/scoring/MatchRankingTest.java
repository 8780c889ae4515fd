package org.migracode.talent.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migracode.talent.core.scoring.Profiles.aGraduate;
import static org.migracode.talent.core.scoring.Profiles.aListing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.CandidateProfile;
import org.migracode.talent.core.profile.ListingProfile;

class MatchRankingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);

    @Test
    void ordersByScoreDescendingThenCandidateIdAscending() {
        List<ScoredCandidate> list = new ArrayList<>(List.of(new ScoredCandidate("b", 50), new ScoredCandidate("c", 70),
                new ScoredCandidate("a", 50)));
        list.sort(MatchRanking.SCORED);
        assertThat(list).extracting(ScoredCandidate::candidateId).containsExactly("c", "a", "b");
    }

    @Test
    void topKExplainsOnlyTheBestInADeterministicOrder() {
        ListingProfile l = aListing().requires("react", 3).requires("css", 3).build();
        List<CandidateProfile> pool = List.of(
                aGraduate().named("z-tie").withSkill("react", 3).build(),
                aGraduate().named("a-tie").withSkill("react", 3).build(),
                aGraduate().named("best").withSkill("react", 4).withSkill("css", 4).build(),
                aGraduate().named("none").build());
        List<MatchExplanation> top = MatchRanking.topK(MatchScorer.withDefaults(), l, pool, c -> 0.5, TODAY, 3);
        assertThat(top).extracting(MatchExplanation::candidateId).containsExactly("best", "a-tie", "z-tie");
        assertThat(top).isSortedAccordingTo(MatchRanking.EXPLANATIONS);
    }

    @Test
    void theGenericTopKBreaksTiesByIdAndExplainsOnlyTheTopK() {
        Map<String, Double> scores = Map.of("listing-b", 40.0, "listing-c", 90.0, "listing-a", 40.0, "listing-d", 10.0);
        List<String> explained = new ArrayList<>();
        List<String> top = MatchRanking.topK(scores.keySet(), id -> id, scores::get, id -> {
            explained.add(id);
            return id.toUpperCase(Locale.ROOT);
        }, 3);
        assertThat(top).containsExactly("LISTING-C", "LISTING-A", "LISTING-B");
        assertThat(explained).as("explain runs for the top k only").containsExactlyInAnyOrder("listing-c", "listing-a", "listing-b");
        assertThat(MatchRanking.topK(scores.keySet(), id -> id, scores::get, id -> id, 0)).isEmpty();
        assertThatThrownBy(() -> MatchRanking.topK(scores.keySet(), id -> id, scores::get, id -> id, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("k must not be negative, got -1");
    }
}
