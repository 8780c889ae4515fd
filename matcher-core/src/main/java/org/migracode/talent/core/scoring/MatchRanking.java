package org.migracode.talent.core.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
        return topKByChannels(scorer, listing, candidates,
                c -> ChannelScores.textOnly(checked(textRelevance.applyAsDouble(c))), today, k);
    }

    private static double checked(double textRelevance) {
        if (!(textRelevance >= 0 && textRelevance <= 1)) {
            throw new IllegalArgumentException("text relevance must be in [0, 1], got " + textRelevance);
        }
        return textRelevance;
    }

    /**
     * As {@link #topK(MatchScorer, ListingProfile, Collection, ToDoubleFunction, LocalDate, int)} with both
     * text channels. The result depends only on the candidates and their channel scores, never on
     * the order of {@code candidates}: ties are broken by candidate id.
     */
    public static List<MatchExplanation> topKByChannels(MatchScorer scorer, ListingProfile listing,
                                              Collection<CandidateProfile> candidates,
                                              Function<CandidateProfile, ChannelScores> channels, LocalDate today, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative, got " + k);
        }
        Map<String, ChannelScores> scores = new HashMap<>();
        candidates.forEach(c -> scores.put(c.id(), channels.apply(c)));
        return topK(candidates, CandidateProfile::id, c -> scorer.quickScore(listing, c, scores.get(c.id()), today),
                c -> scorer.score(listing, c, scores.get(c.id()), today), k);
    }

    /**
     * The one top-k both matching directions use: quick scores for all {@code items}, a sort by
     * score descending then id ascending ({@link #SCORED}), and the expensive {@code explain} for
     * the best {@code k} only. Cost: n quick scores, a sort of n, k explanations.
     *
     * @param id         the item's id, the tie-breaker (a candidate's, or a listing's when ranking listings for a graduate)
     * @param quickScore the item's score in [0, 100], as {@link MatchScorer#quickScore}
     * @param explain    the result for an item in the top {@code k}
     * @return at most {@code k} results in rank order
     */
    public static <T, R> List<R> topK(Collection<T> items, Function<T, String> id, ToDoubleFunction<T> quickScore,
                                      Function<T, R> explain, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative, got " + k);
        }
        List<ScoredCandidate> scored = new ArrayList<>(items.size());
        Map<String, T> byId = new HashMap<>();
        for (T item : items) {
            String key = id.apply(item);
            scored.add(new ScoredCandidate(key, quickScore.applyAsDouble(item)));
            byId.put(key, item);
        }
        scored.sort(SCORED);
        List<R> top = new ArrayList<>(Math.min(k, scored.size()));
        for (ScoredCandidate s : scored.subList(0, Math.min(k, scored.size()))) {
            top.add(explain.apply(byId.get(s.candidateId())));
        }
        return top;
    }
}
