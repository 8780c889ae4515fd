package org.migracode.talent.benchmarks.eval;

import java.util.List;
import java.util.Map;
import org.migracode.talent.core.metrics.RankingMetrics;

/**
 * nDCG@10, MRR and P@5 of one ranker over a data set, as ../shared/eval/FORMAT.md defines them,
 * averaged over the listings that have at least one candidate with grade ≥ 1.
 */
record MetricSet(double ndcg10, double mrr, double p5, int judgedListings) {

    /** @param rankings candidate ids best first, by listing id */
    static MetricSet of(EvalDataset data, Map<String, List<String>> rankings) {
        double ndcg = 0;
        double mrr = 0;
        double p5 = 0;
        int n = 0;
        for (EvalListing listing : data.listings()) {
            Map<String, Integer> grades = data.gradesOf(listing.id());
            if (grades.values().stream().noneMatch(g -> g >= 1)) {
                continue;
            }
            List<String> ranked = rankings.getOrDefault(listing.id(), List.of());
            ndcg += RankingMetrics.ndcgAt10(ranked, grades);
            mrr += RankingMetrics.reciprocalRank(ranked, grades);
            p5 += RankingMetrics.precisionAt5(ranked, grades);
            n++;
        }
        return n == 0 ? new MetricSet(0, 0, 0, 0) : new MetricSet(ndcg / n, mrr / n, p5 / n, n);
    }

    String json() {
        return String.format(java.util.Locale.ROOT, "{\"ndcg@10\": %.4f, \"mrr\": %.4f, \"p@5\": %.4f}", ndcg10, mrr, p5);
    }
}
