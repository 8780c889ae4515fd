package org.migracode.talent.index.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The union stage 2 re-scores is cut to the depth by weighted reciprocal-rank votes
 * ({@link CandidateRetriever#fuse}): before, the four retrievals' lists were re-scored whole,
 * up to four times the depth.
 */
class UnionBudgetTests {

    private static final double[] EQUAL = {1, 1, 1, 1};

    @Test
    void theUnionIsNeverLargerThanTheDepth() {
        List<Stage1Hit> a = hits("a1", "a2", "a3");
        List<Stage1Hit> b = hits("b1", "b2", "b3");
        List<Stage1Hit> c = hits("c1", "c2", "c3");
        List<Stage1Hit> d = hits("d1", "d2", "d3");

        Map<String, Stage1Hit> union = CandidateRetriever.fuse(List.of(a, b, c, d), EQUAL, 3);

        assertThat(union).hasSize(3);
    }

    @Test
    void whoeverSeveralListsRankHighStaysAndEqualVotesGoById() {
        // x is second in every list; each list's own first is first only there
        List<Stage1Hit> a = hits("a", "x", "y");
        List<Stage1Hit> b = hits("b", "x", "y");
        List<Stage1Hit> c = hits("c", "x");
        List<Stage1Hit> d = hits("d", "x");

        Map<String, Stage1Hit> union = CandidateRetriever.fuse(List.of(a, b, c, d), EQUAL, 3);

        assertThat(union.keySet()).containsExactly("x", "y", "a");
    }

    @Test
    void aHeavierListsFirstBeatsALighterListsFirst() {
        List<Stage1Hit> structured = hits("s");
        List<Stage1Hit> skills = hits("k");

        Map<String, Stage1Hit> union = CandidateRetriever.fuse(List.of(structured, skills, List.of(), List.of()),
                CandidateRetriever.VOTES, 1);

        assertThat(union.keySet()).containsExactly("k");
    }

    @Test
    void aGraduateKeepsTheHitOfTheFirstListThatHasIt() {
        Stage1Hit fromStructured = new Stage1Hit("g", 7f, null);
        Stage1Hit fromSkills = new Stage1Hit("g", 2f, null);

        Map<String, Stage1Hit> union = CandidateRetriever.fuse(List.of(List.of(fromStructured), List.of(fromSkills), List.of(), List.of()),
                EQUAL, 5);

        assertThat(union.get("g").retrievalScore()).isEqualTo(7f);
    }

    @Test
    void fewerCandidatesThanTheDepthAreAllKept() {
        Map<String, Stage1Hit> union = CandidateRetriever.fuse(List.of(hits("a", "b"), hits("b", "c"), List.of(), List.of()), EQUAL, 300);

        assertThat(union.keySet()).containsExactlyInAnyOrder("a", "b", "c");
    }

    private static List<Stage1Hit> hits(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> new Stage1Hit(id, 1f, null)).toList();
    }
}
