package org.migracode.talent.index.matching;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.mapper.orm.Search;
import org.migracode.talent.core.embedding.EmbeddingText;
import org.migracode.talent.core.embedding.QuantizedVector;
import org.migracode.talent.core.embedding.TextEmbedder;
import org.migracode.talent.core.profile.ListingProfile;
import org.migracode.talent.core.scoring.ChannelScores;
import org.migracode.talent.index.access.GraduateAccess;
import org.migracode.talent.index.embedding.GraduateVectorStore;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.listings.Listing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The sentence-embedding channel (matcher-4) of matching a listing to graduates, beside the three
 * channels of {@link CandidateRetriever}:
 * <ul>
 *   <li>stage 1: the listing's vector retrieves its own best {@code limit} graduates from the
 *       in-memory {@link GraduateVectorStore} (a full scan, deterministic, no kNN index), with the same
 *       filters as the other channels ({@link GraduateAccess#shownTo}: consented, active, not blocking
 *       the company; wanted type; availability) applied by one index query over those ids; they join
 *       the union;</li>
 *   <li>stage 2: the union's graduates ranked by the cosine of their vector to the listing's (the
 *       int8 vector stored in the index and read with each hit, {@code wordingVector}), each
 *       worth the reciprocal-rank value {@code (k + 1)/(k + r)}, k = {@value CandidateRetriever#RRF_K},
 *       fused with the other channels by {@code SIMILAR_WORDING}'s weight. A graduate without a
 *       vector gets NaN (no input for them, as a pasted CV has none for the title channel).</li>
 * </ul>
 * The listing's vector is the one stored when it was written ({@link Listing#getTextEmbedding()}):
 * a stored listing is never embedded at query time. Only a draft that is stored nowhere (the
 * listing form's preview) is embedded here. Switched off ({@code talent.matching.embedding.enabled=false},
 * no {@link TextEmbedder} bean) the channel retrieves nothing and has no input.
 */
@Component
public class EmbeddingChannel {

    /** How many nearest graduates the store is asked for per wanted one: room for the filters to remove some. */
    static final int OVERFETCH = 2;

    /** The switch of the channel's own retrieval (default on); off, it only re-ranks the other channels' union. */
    public static final String RETRIEVE = "talent.matching.embedding.retrieve";

    private final EntityManager entityManager;
    private final ObjectProvider<TextEmbedder> embedder;
    private final GraduateVectorStore store;
    private final boolean retrieve;

    public EmbeddingChannel(EntityManager entityManager, ObjectProvider<TextEmbedder> embedder, GraduateVectorStore store,
            @Value("${" + RETRIEVE + ":true}") boolean retrieve) {
        this.entityManager = entityManager;
        this.embedder = embedder;
        this.store = store;
        this.retrieve = retrieve;
    }

    /** Whether the channel is switched on. */
    public boolean enabled() {
        return embedder.getIfAvailable() != null;
    }

    /** A stored listing's vector, as written; null when it has none or the channel is off. */
    public float[] vectorOf(Listing listing) {
        return enabled() ? listing.getTextEmbedding() : null;
    }

    /** The vector of a listing that is not stored (a draft being previewed); null when off or without text. */
    public float[] vectorOfDraft(ListingProfile listing) {
        TextEmbedder model = embedder.getIfAvailable();
        String text = EmbeddingText.listing(listing.title(), listing.description());
        return model == null || text.codePoints().noneMatch(Character::isLetterOrDigit) ? null : model.embed(text);
    }

    /**
     * The channel's best {@code limit} eligible graduates, nearest first, ids only (their stored
     * fields are read once the union is fused, {@link CandidateRetriever#withProfiles}); empty when
     * {@code vector} is null. The candidates are the {@value #OVERFETCH} × {@code limit} graduates
     * nearest to {@code vector} in the in-memory {@link GraduateVectorStore} (sign-bit scan, int8
     * re-ranking: no kNN index). {@code eligible} are ids the other retrievals found under the same
     * filters; one index query over the others applies those filters ({@link GraduateAccess#shownTo},
     * type, availability). With {@value #RETRIEVE}{@code =false} (what {@code evaluate} measured as
     * "without the channel's retrieval", docs/matching.md) nothing.
     */
    public List<Stage1Hit> retrieve(Set<String> eligible, ListingProfile listing, UUID companyId, float[] vector, int limit) {
        return filter(nearest(vector, limit), eligible, listing, companyId, limit);
    }

    /**
     * {@link #retrieve} as stage 1's other channel ({@link CandidateRetriever#retrieveWithChannels(ListingProfile,
     * UUID, int, CandidateRetriever.OtherChannel)}) in its two steps: the scan of the in-memory store
     * (pure CPU, about a fifth of stage 1's samples at 10,000 graduates), which needs nothing from
     * the other retrievals and so may run on a worker while they query the index, then the filter
     * query over the ids they did not find, on the caller's thread. The result is {@link #retrieve}'s.
     */
    public CandidateRetriever.OtherChannel retrieval(ListingProfile listing, UUID companyId, float[] vector, int limit) {
        return () -> {
            List<UUID> nearest = nearest(vector, limit);
            return eligible -> filter(nearest, eligible, listing, companyId, limit);
        };
    }

    /** The {@value #OVERFETCH} × {@code limit} candidates nearest to {@code vector}, best first; none when off or without a vector. */
    List<UUID> nearest(float[] vector, int limit) {
        return vector == null || !retrieve ? List.of() : store.nearest(vector, limit * OVERFETCH);
    }

    /** The first {@code limit} of {@code nearest} that are {@code eligible} or pass the filters, in order. */
    private List<Stage1Hit> filter(List<UUID> nearest, Set<String> eligible, ListingProfile listing, UUID companyId, int limit) {
        if (nearest.isEmpty()) {
            return List.of();
        }
        List<UUID> unknown = nearest.stream().filter(id -> !eligible.contains(id.toString())).toList();
        Set<String> passed = new HashSet<>();
        if (!unknown.isEmpty()) {
            Search.session(entityManager).search(GraduateProfile.class)
                    .select(f -> f.id(UUID.class))
                    .where(f -> {
                        BooleanPredicateClausesStep<?, ?> root = f.bool();
                        CandidateRetriever.retrievable(f, root, listing, companyId);
                        return root.must(f.id().matchingAny(unknown));
                    })
                    .fetchHits(unknown.size())
                    .forEach(id -> passed.add(id.toString()));
        }
        List<Stage1Hit> ranked = new ArrayList<>();
        for (UUID id : nearest) {
            if (ranked.size() == limit) {
                break;
            }
            String key = id.toString();
            if (eligible.contains(key) || passed.contains(key)) {
                ranked.add(CandidateRetriever.ranked(id, 0f));
            }
        }
        return ranked;
    }

    /**
     * {@code channels} with each hit's embedding value added: reciprocal rank by the dot product of
     * its stored int8 vector ({@link Stage1Hit#wordingVector()}) with {@code vector} among the hits
     * that have one (equal similarities by id), NaN for the others; {@code channels} unchanged when
     * {@code vector} is null. Computed here, a few hundred × 384 multiply-adds, instead of a kNN
     * query over the union's ids.
     */
    public Map<String, ChannelScores> addTo(Map<String, ChannelScores> channels, List<Stage1Hit> hits, float[] vector) {
        if (vector == null || hits.isEmpty()) {
            return channels;
        }
        Map<String, Double> values = reciprocalRanks(similarities(hits, vector), CandidateRetriever.RRF_K);
        Map<String, ChannelScores> result = new LinkedHashMap<>();
        for (Stage1Hit hit : hits) {
            ChannelScores c = channels.getOrDefault(hit.id(), ChannelScores.NONE);
            result.put(hit.id(), c.withWording(values.getOrDefault(hit.id(), Double.NaN)));
        }
        return result;
    }

    /** The dot product (cosine: the vectors are unit length) of each hit's stored vector with {@code vector}. */
    static Map<String, Double> similarities(List<Stage1Hit> hits, float[] vector) {
        Map<String, Double> raw = new HashMap<>();
        for (Stage1Hit hit : hits) {
            QuantizedVector stored = QuantizedVector.decode(hit.wordingVector());
            if (stored != null && stored.dimensions() == vector.length) {
                raw.put(hit.id(), stored.dot(vector));
            }
        }
        return raw;
    }

    /** {@code (k + 1)/(k + rank)} by score descending, equal scores by id ascending; the best is 1. */
    static Map<String, Double> reciprocalRanks(Map<String, Double> scores, int k) {
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Double> result = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            result.put(ranked.get(i).getKey(), (k + 1.0) / (k + i + 1.0));
        }
        return result;
    }
}
