package org.migracode.talent.index.indexing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Removes index documents whose entity is no longer in the database, the one thing a rebuild
 * without a purge would otherwise keep (a row deleted outside Hibernate, or a {@code kill -9}
 * between the database commit and the index write of a delete).
 *
 * <p>Sound under concurrent writes: a document is only in the index after its row committed, and
 * each candidate is checked against the database <em>after</em> the index was read, so a row
 * created meanwhile is never taken for stale.
 */
final class StaleDocuments {

    private static final int CHUNK = 1000;

    private final EntityManagerFactory entityManagerFactory;

    StaleDocuments(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Deletes the stale documents of {@code entity}; returns how many. */
    long remove(SearchIndexedEntity<?> entity) {
        Set<Object> indexed = InPlaceRebuild.indexedIds(entityManagerFactory, entity);
        List<Object> stale = new ArrayList<>(indexed);
        stale.removeAll(existing(entity, indexed));
        if (stale.isEmpty()) {
            return 0;
        }
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            em.getTransaction().begin();
            SearchSession session = Search.session(em);
            // no refresh: the rebuild's end refreshes once, after the merge
            session.indexingPlanSynchronizationStrategy(InPlaceRebuild.NO_COMMIT_WAIT_FOR_WRITE);
            for (Object id : stale) {
                session.indexingPlan().purge(entity.javaClass(), id, null);
            }
            // on outbox-polling coordination the purges travel as outbox events with this commit
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
        return stale.size();
    }

    private Set<Object> existing(SearchIndexedEntity<?> entity, Set<Object> ids) {
        EntityType<?> type = entityManagerFactory.getMetamodel().entity(entity.javaClass());
        String idName = type.getId(type.getIdType().getJavaType()).getName();
        Set<Object> found = new HashSet<>();
        List<Object> all = new ArrayList<>(ids);
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            for (int from = 0; from < all.size(); from += CHUNK) {
                found.addAll(em.createQuery("select e." + idName + " from " + entity.jpaName() + " e where e." + idName + " in :ids", Object.class)
                        .setParameter("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                        .getResultList());
            }
            return found;
        } finally {
            em.close();
        }
    }
}
