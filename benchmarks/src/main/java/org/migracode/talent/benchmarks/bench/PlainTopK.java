package org.migracode.talent.benchmarks.bench;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.core.profile.CandidateProfile;
import org.migracode.talent.core.profile.ListingProfile;
import org.migracode.talent.core.scoring.ChannelScores;
import org.migracode.talent.core.scoring.MatchScorer;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.matching.CandidateRetriever;
import org.migracode.talent.index.matching.DecodedProfiles;
import org.migracode.talent.index.matching.EmbeddingChannel;
import org.migracode.talent.index.matching.MatchProfiles;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.migracode.talent.index.matching.Stage1Hit;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code MatchService.candidatesForListing} without explanations: the same stored listing read,
 * the same stage 1 (every channel's retrieval, the embedding channel's retrieval with the listing's
 * stored vector), the same decoding and channel values, quick scores for all, the same order
 * (score, then id), and the ids of the top k. Timing it against the full path measures what
 * explanations cost.
 */
final class PlainTopK {

    /** Same decode cache as the matcher, so both paths pay the same for stage 2. */
    private final DecodedProfiles decoded = new DecodedProfiles();

    private final EntityManager entityManager;
    private final CandidateRetriever retriever;
    private final EmbeddingChannel embedding;
    private final SkillVocabulary vocabulary;
    private final TransactionTemplate readOnly;
    private final MatchScorer scorer;
    private final int depth;

    PlainTopK(EntityManager entityManager, CandidateRetriever retriever, EmbeddingChannel embedding, SkillVocabulary vocabulary,
            TransactionTemplate readOnly, MatchScorer scorer, int depth) {
        this.entityManager = entityManager;
        this.retriever = retriever;
        this.embedding = embedding;
        this.vocabulary = vocabulary;
        this.readOnly = readOnly;
        this.scorer = scorer;
        this.depth = depth;
    }

    /** The ids of the best {@code k} for the stored listing {@code listingId}, best first. */
    List<String> topK(UUID listingId, int k, LocalDate today) {
        return readOnly.execute(status -> {
            Listing stored = entityManager.find(Listing.class, listingId);
            ListingProfile listing = MatchProfiles.listing(stored, vocabulary);
            float[] vector = embedding.vectorOf(stored);
            int limit = Math.max(depth, k);
            CandidateRetriever.Stage1 stage1 = retriever.retrieveWithChannels(listing, stored.getCompanyId(), limit,
                    embedding.retrieval(listing, stored.getCompanyId(), vector, limit));
            List<CandidateProfile> candidates = new ArrayList<>(stage1.hits().size());
            for (Stage1Hit hit : stage1.hits()) {
                candidates.add(decoded.candidate(hit.matchProfile()));
            }
            Map<String, ChannelScores> channels = embedding.addTo(stage1.channels(), stage1.hits(), vector);
            record Scored(String id, double score) {
            }
            List<Scored> scored = new ArrayList<>(candidates.size());
            for (CandidateProfile c : candidates) {
                scored.add(new Scored(c.id(), scorer.quickScore(listing, c, channels.getOrDefault(c.id(), ChannelScores.NONE), today)));
            }
            scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id));
            return scored.subList(0, Math.min(k, scored.size())).stream().map(Scored::id).toList();
        });
    }
}
