package org.migracode.talent.core.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-listing ranking metrics. {@code ranked} is the system's order (best first; a repeated id
 * counts at its first position only); {@code grades} maps candidate ids to graded relevance 0–3,
 * a missing id being grade 0. Averaging over listings is the caller's job.
 */
public final class RankingMetrics {

    /** Grade from which a candidate counts as relevant for MRR and P@5. */
    public static final int RELEVANT_GRADE = 2;
    /** Depth searched by {@link #reciprocalRank}. */
    public static final int RR_DEPTH = 100;

    private RankingMetrics() {
    }

    /**
     * nDCG@10 = DCG@10 / IDCG@10 with gain {@code 2^grade − 1} and discount {@code 1 / log2(rank + 1)};
     * the ideal order sorts all grades of the listing descending. Range [0, 1]; 0 when no grade is
     * positive. Cost O(n + g log g).
     */
    public static double ndcgAt10(List<String> ranked, Map<String, Integer> grades) {
        return ndcgAt(10, ranked, grades);
    }

    /** nDCG at depth {@code k}, as {@link #ndcgAt10}. */
    public static double ndcgAt(int k, List<String> ranked, Map<String, Integer> grades) {
        if (k <= 0) {
            throw new IllegalArgumentException("depth must be positive, got " + k);
        }
        List<String> run = distinct(ranked);
        double dcg = 0;
        for (int i = 0; i < Math.min(k, run.size()); i++) {
            dcg += gain(grade(grades, run.get(i))) / log2(i + 2);
        }
        List<Integer> ideal = new ArrayList<>();
        for (Map.Entry<String, Integer> e : grades.entrySet()) {
            ideal.add(grade(grades, e.getKey()));
        }
        ideal.sort((a, b) -> Integer.compare(b, a));
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0.0 : dcg / idcg;
    }

    /** 1 / rank of the first candidate with grade ≥ 2 within the top 100, else 0. Range [0, 1]. */
    public static double reciprocalRank(List<String> ranked, Map<String, Integer> grades) {
        List<String> run = distinct(ranked);
        for (int i = 0; i < Math.min(RR_DEPTH, run.size()); i++) {
            if (grade(grades, run.get(i)) >= RELEVANT_GRADE) {
                return 1.0 / (i + 1);
            }
        }
        return 0.0;
    }

    /** Share of the top 5 with grade ≥ 2, always divided by 5 (fewer results count as misses). */
    public static double precisionAt5(List<String> ranked, Map<String, Integer> grades) {
        List<String> run = distinct(ranked);
        int hits = 0;
        for (int i = 0; i < Math.min(5, run.size()); i++) {
            if (grade(grades, run.get(i)) >= RELEVANT_GRADE) {
                hits++;
            }
        }
        return hits / 5.0;
    }

    private static List<String> distinct(List<String> ranked) {
        if (ranked == null) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>(ranked.size());
        for (String id : ranked) {
            if (id != null && seen.add(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private static int grade(Map<String, Integer> grades, String id) {
        Integer g = grades == null ? null : grades.get(id);
        if (g == null) {
            return 0;
        }
        if (g < 0) {
            throw new IllegalArgumentException("grade must not be negative, got " + g + " for '" + id + "'");
        }
        return g;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

}
