package org.migracode.talent.index.matching;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;

/**
 * The text-relevance input of stage 2: a text predicate scored over just the ids stage 1
 * retrieved, each score divided by the best one, so in [0, 1]; ids the text does not match get
 * no entry (read as 0). Cost: one query over at most {@code ids.size()} documents.
 */
final class TextRelevance {

    private TextRelevance() {
    }

    /**
     * Reciprocal-rank values: the ids ranked by the text's score (equal scores by id), each worth
     * {@code (k + 1) / (k + rank)}, so the best is 1; ids the text does not match get no entry.
     */
    static Map<String, Double> reciprocalRanks(EntityManager entityManager, Class<?> type, Collection<String> ids,
            Function<SearchPredicateFactory, PredicateFinalStep> text, int k) {
        return reciprocalRanks(raw(entityManager, type, ids, text), k);
    }

    /** {@link #reciprocalRanks(EntityManager, Class, Collection, Function, int)} of scores already known, by id. */
    static Map<String, Double> reciprocalRanks(Map<String, Double> raw, int k) {
        List<Map.Entry<String, Double>> ranked = new java.util.ArrayList<>(raw.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Double> result = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            result.put(ranked.get(i).getKey(), (k + 1.0) / (k + i + 1.0));
        }
        return result;
    }

    static Map<String, Double> raw(EntityManager entityManager, Class<?> type, Collection<String> ids,
            Function<SearchPredicateFactory, PredicateFinalStep> text) {
        Map<String, Double> raw = new HashMap<>();
        if (ids.isEmpty()) {
            return raw;
        }
        List<UUID> uuids = ids.stream().map(UUID::fromString).toList();
        record Scored(UUID id, float score) {
        }
        Search.session(entityManager).search(type)
                .select(f -> f.composite().from(f.id(UUID.class), f.score()).as(Scored::new))
                .where(f -> f.bool().filter(f.id().matchingAny(uuids)).must(text.apply(f)))
                .fetchHits(uuids.size())
                .forEach(s -> raw.put(s.id().toString(), (double) s.score()));
        return raw;
    }

    static Map<String, Double> of(EntityManager entityManager, Class<?> type, Collection<String> ids,
            Function<SearchPredicateFactory, PredicateFinalStep> text) {
        Map<String, Double> relevance = new HashMap<>();
        if (ids.isEmpty()) {
            return relevance;
        }
        List<UUID> uuids = ids.stream().map(UUID::fromString).toList();
        record Scored(UUID id, float score) {
        }
        List<Scored> scored = Search.session(entityManager).search(type)
                .select(f -> f.composite().from(f.id(UUID.class), f.score()).as(Scored::new))
                .where(f -> f.bool().filter(f.id().matchingAny(uuids)).must(text.apply(f)))
                .fetchHits(uuids.size());
        // min–max over all ids: an id the text does not match scores 0, the floor whenever there is one
        double max = 0;
        double min = scored.size() < uuids.size() ? 0 : Double.MAX_VALUE;
        for (Scored s : scored) {
            max = Math.max(max, s.score());
            min = Math.min(min, s.score());
        }
        for (Scored s : scored) {
            relevance.put(s.id().toString(), max <= min ? (max > 0 ? 1.0 : 0.0) : Math.max(0.0, Math.min(1.0, (s.score() - min) / (max - min))));
        }
        return relevance;
    }
}
