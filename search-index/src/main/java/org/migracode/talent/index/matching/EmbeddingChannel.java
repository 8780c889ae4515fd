package org.migracode.talent.index.matching;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.mapper.orm.Search;
import org.migracode.talent.core.embedding.EmbeddingText;
import org.migracode.talent.core.embedding.TextEmbedder;
import org.migracode.talent.core.profile.ListingProfile;
import org.migracode.talent.core.scoring.ChannelScores;
import org.migracode.talent.index.access.GraduateAccess;
import org.migracode.talent.index.graduate.GraduateIndexFields;
import org.migracode.talent.index.graduate.GraduateProfile;
import org.migracode.talent.index.listing.Listing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The sentence-embedding channel (matcher-4) of matching a listing to graduates, beside the three
 * channels of {@link CandidateRetriever}:
 * <ul>
 *   <li>stage 1: the listing's vector retrieves its own best {@code limit} graduates by kNN over
 *       {@code textVector} (cosine), with the same filters as the other channels ({@link GraduateAccess#shownTo}:
 *       consented, active, not blocking the company; wanted type; availability), equal scores by
 *       graduate id; they join the union;</li>
 *   <li>stage 2: the union's graduates ranked by the cosine of their vector to the listing's, each
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

    private final EntityManager entityManager;
    private final ObjectProvider<TextEmbedder> embedder;

    public EmbeddingChannel(EntityManager entityManager, ObjectProvider<TextEmbedder> embedder) {
        this.entityManager = entityManager;
        this.embedder = embedder;
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
     * {@code hits} followed by the kNN channel's best {@code limit} eligible graduates not already
     * among them; {@code hits} alone when {@code vector} is null.
     */
    public List<Stage1Hit> retrieve(List<Stage1Hit> hits, ListingProfile listing, UUID companyId, float[] vector, int limit) {
        if (vector == null) {
            return hits;
        }
        Map<String, Stage1Hit> union = new LinkedHashMap<>();
        hits.forEach(h -> union.putIfAbsent(h.id(), h));
        Search.session(entityManager).search(GraduateProfile.class)
                .select(f -> f.composite()
                        .from(f.id(UUID.class), f.score(), f.field(GraduateIndexFields.MATCH_PROFILE, String.class),
                                f.field(GraduateIndexFields.HAS_HEADLINE, Boolean.class))
                        .asList(CandidateRetriever::hit))
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> filter = f.bool();
                    filter.filter(GraduateAccess.shownTo(f, companyId));
                    CandidateRetriever.eligible(f, filter, listing);
                    return f.knn(limit).field(GraduateIndexFields.TEXT_VECTOR).matching(vector).filter(filter);
                })
                .sort(f -> f.score().then().field(GraduateIndexFields.SORT_ID))
                .fetchHits(limit)
                .forEach(h -> union.putIfAbsent(h.id(), h));
        return union.size() == hits.size() ? hits : List.copyOf(union.values());
    }

    /**
     * {@code channels} with each id's embedding value added: reciprocal rank by cosine to
     * {@code vector} among the ids that have a vector (equal similarities by id), NaN for the others;
     * {@code channels} unchanged when {@code vector} is null.
     */
    public Map<String, ChannelScores> addTo(Map<String, ChannelScores> channels, Collection<String> ids, float[] vector) {
        if (vector == null || ids.isEmpty()) {
            return channels;
        }
        Map<String, Double> values = reciprocalRanks(similarities(ids, vector), CandidateRetriever.RRF_K);
        Map<String, ChannelScores> result = new LinkedHashMap<>();
        for (String id : ids) {
            ChannelScores c = channels.getOrDefault(id, ChannelScores.NONE);
            result.put(id, c.withWording(values.getOrDefault(id, Double.NaN)));
        }
        return result;
    }

    /** The index's cosine score ((1 + cos)/2 on Lucene) of each id that has a vector; exact, over just these ids. */
    private Map<String, Double> similarities(Collection<String> ids, float[] vector) {
        List<UUID> uuids = ids.stream().map(UUID::fromString).toList();
        record Scored(UUID id, float score) {
        }
        Map<String, Double> raw = new HashMap<>();
        Search.session(entityManager).search(GraduateProfile.class)
                .select(f -> f.composite().from(f.id(UUID.class), f.score()).as(Scored::new))
                .where(f -> f.knn(uuids.size()).field(GraduateIndexFields.TEXT_VECTOR).matching(vector)
                        .filter(f.id().matchingAny(uuids)))
                .fetchHits(uuids.size())
                .forEach(s -> raw.put(s.id().toString(), (double) s.score()));
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
