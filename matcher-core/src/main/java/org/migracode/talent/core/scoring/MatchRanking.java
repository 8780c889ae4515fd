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
        List<ScoredCandidate> scored = new ArrayList<>(candidates.size());
        Map<String, CandidateProfile> byId = new HashMap<>();
        Map<String, ChannelScores> scores = new HashMap<>();
        for (CandidateProfile c : candidates) {
            ChannelScores ch = channels.apply(c);
            scored.add(new ScoredCandidate(c.id(), scorer.quickScore(listing, c, ch, today)));
            byId.put(c.id(), c);
            scores.put(c.id(), ch);
        }
        scored.sort(SCORED);
        List<MatchExplanation> top = new ArrayList<>(Math.min(k, scored.size()));
        for (ScoredCandidate s : scored.subList(0, Math.min(k, scored.size()))) {
            top.add(scorer.score(listing, byId.get(s.candidateId()), scores.get(s.candidateId()), today));
        }
        return top;
    }
}
