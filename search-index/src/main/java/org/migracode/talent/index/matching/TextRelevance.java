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
