package org.migracode.talent.benchmarks.eval;

import java.util.List;
import java.util.Map;

/**
 * A ranking data set: listings, candidates and graded relevance judgements
 * ({@code qrels.get(listingId).get(candidateId)} is the grade 0–3).
 */
public record EvalDataset(String name, List<EvalListing> listings, List<EvalCandidate> candidates,
        Map<String, Map<String, Integer>> qrels) {

    /** Grades of one listing; empty when it has none. */
    public Map<String, Integer> gradesOf(String listingId) {
        return qrels.getOrDefault(listingId, Map.of());
    }
}
