package org.migracode.talent.benchmarks.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.migracode.talent.core.profile.CandidateProfile;
import org.migracode.talent.core.profile.ListingProfile;
import org.migracode.talent.core.scoring.ChannelScores;
import org.migracode.talent.core.scoring.MatchScorer;
import org.migracode.talent.index.matching.CandidateRetriever;
import org.migracode.talent.index.matching.DecodedProfiles;
import org.migracode.talent.index.matching.Stage1Hit;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code MatchService.candidatesFor} without explanations: the same stage 1, the same decoding and
 * channel values from the same retrieval, quick scores for all, the same order (score, then id), and the ids of the
 * top k. Timing it against the full path measures what explanations cost.
 */
final class PlainTopK {

    /** Same decode cache as the matcher, so both paths pay the same for stage 2. */
    private final DecodedProfiles decoded = new DecodedProfiles();

    private final CandidateRetriever retriever;
    private final TransactionTemplate readOnly;
    private final MatchScorer scorer;
    private final int depth;

    PlainTopK(CandidateRetriever retriever, TransactionTemplate readOnly, MatchScorer scorer, int depth) {
        this.retriever = retriever;
        this.readOnly = readOnly;
        this.scorer = scorer;
        this.depth = depth;
    }

    /** The ids of the best {@code k}, best first. */
    List<String> topK(ListingProfile listing, int k, LocalDate today) {
        return readOnly.execute(status -> {
            CandidateRetriever.Stage1 stage1 = retriever.retrieveWithChannels(listing, null, Math.max(depth, k));
            List<CandidateProfile> candidates = new ArrayList<>(stage1.hits().size());
            for (Stage1Hit hit : stage1.hits()) {
                candidates.add(decoded.candidate(hit.matchProfile()));
            }
            record Scored(String id, double score) {
            }
            List<Scored> scored = new ArrayList<>(candidates.size());
            for (CandidateProfile c : candidates) {
                scored.add(new Scored(c.id(), scorer.quickScore(listing, c,
                        stage1.channels().getOrDefault(c.id(), ChannelScores.NONE), today)));
            }
            scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id));
            return scored.subList(0, Math.min(k, scored.size())).stream().map(Scored::id).toList();
        });
    }
}
