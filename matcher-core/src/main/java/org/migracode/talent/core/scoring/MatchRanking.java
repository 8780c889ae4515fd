package org.migracode.talent.core.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.migracode.talent.core.profile.CandidateProfile;
import org.migracode.talent.core.profile.ListingProfile;

/**
 * Deterministic ranking: score descending, ties broken by candidate id ascending, so that the same
 * input always gives the same order on every machine.
 */
public final class MatchRanking {

    /** Orders explanations by score descending, then candidate id ascending. */
    public static final Comparator<MatchExplanation> EXPLANATIONS =
            Comparator.comparingDouble(MatchExplanation::score).reversed().thenComparing(MatchExplanation::candidateId);

    /** Orders scored candidates by score descending, then candidate id ascending. */
    public static final Comparator<ScoredCandidate> SCORED =
            Comparator.comparingDouble(ScoredCandidate::score).reversed().thenComparing(ScoredCandidate::candidateId);

    private MatchRanking() {
    }

    /**
     * Ranks candidates for a listing: quick scores for all, explanations for the best {@code k}.
     * Cost: n quick scores, a sort of n, k explained scores.
     *
     * @param textRelevance the stage-1 relevance of each candidate, in [0, 1]
     * @return at most {@code k} explanations in rank order
     */
    public static List<MatchExplanation> topK(MatchScorer scorer, ListingProfile listing,
                                              Collection<CandidateProfile> candidates,
                                              ToDoubleFunction<CandidateProfile> textRelevance, LocalDate today, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative, got " + k);
        }
        List<ScoredCandidate> scored = new ArrayList<>(candidates.size());
        Map<String, CandidateProfile> byId = new HashMap<>();
        Map<String, Double> relevance = new HashMap<>();
        for (CandidateProfile c : candidates) {
            double rel = textRelevance.applyAsDouble(c);
            scored.add(new ScoredCandidate(c.id(), scorer.quickScore(listing, c, rel, today)));
            byId.put(c.id(), c);
            relevance.put(c.id(), rel);
        }
        scored.sort(SCORED);
        List<MatchExplanation> top = new ArrayList<>(Math.min(k, scored.size()));
        for (ScoredCandidate s : scored.subList(0, Math.min(k, scored.size()))) {
            top.add(scorer.score(listing, byId.get(s.candidateId()), relevance.get(s.candidateId()), today));
        }
        return top;
    }
}
