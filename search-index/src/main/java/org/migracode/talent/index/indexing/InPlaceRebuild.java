package org.migracode.talent.index.indexing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;

/**
 * Rebuilds the embedded Lucene index <em>in place</em>, so that searches keep answering from a
 * complete index while it runs: every document is re-written with an add-or-update (Lucene's
 * {@code updateDocument}, an atomic delete-and-add under the document's id), never purged first.
 * Hibernate Search's mass indexer cannot do this: with {@code purgeAllOnStart(false)} it still
 * <em>adds</em> documents ({@code addDocument}), which would leave two of every entity.
 *
 * <p>Work: the ids of each indexed entity are read from the database in id order, cut into batches
 * of {@code batchSize}, and {@code loadingThreads} workers each load a batch (collections by
 * {@code @BatchSize}), build its documents and hand them to the index writer without a commit or
 * refresh per batch ({@link #NO_COMMIT_WAIT_FOR_WRITE}); the documents of a batch become visible
 * together at the next reader refresh, each replacing its old version. Then
 * {@link StaleDocuments} removes documents whose entity no longer exists; the caller merges
 * segments (which also drops the replaced versions) and commits.
 */
final class InPlaceRebuild {

    /**
     * Waits until the documents are in the index writer (so failures surface here) but neither
     * commits nor refreshes per batch: one commit at the end is enough, and the index writer's
     * own periodic commit covers a crash in between.
     */
    static final IndexingPlanSynchronizationStrategy NO_COMMIT_WAIT_FOR_WRITE = context -> {
        context.documentCommitStrategy(DocumentCommitStrategy.NONE);
        context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
        context.indexingFutureHandler(future -> {
            var report = future.join();
            report.throwable().ifPresent(t -> {
                throw new IllegalStateException("could not index a batch: " + t.getMessage(), t);
            });
        });
    };

    private final EntityManagerFactory entityManagerFactory;
    private final int threads;
    private final int batchSize;
    private final MassIndexingMonitor monitor;

    InPlaceRebuild(EntityManagerFactory entityManagerFactory, int threads, int batchSize, MassIndexingMonitor monitor) {
        this.entityManagerFactory = entityManagerFactory;
        this.threads = threads;
        this.batchSize = batchSize;
        this.monitor = monitor;
    }

    /** Re-indexes every entity of every indexed type; blocks until done. */
    void run(List<SearchIndexedEntity<?>> entities) throws InterruptedException {
        for (SearchIndexedEntity<?> entity : entities) {
            monitor.addToTotalCount(countRows(entity));
        }
        for (SearchIndexedEntity<?> entity : entities) {
            reindex(entity);
        }
        monitor.indexingCompleted();
    }

    private long countRows(SearchIndexedEntity<?> entity) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            return em.createQuery("select count(e) from " + entity.jpaName() + " e", Long.class).getSingleResult();
        } finally {
            em.close();
        }
    }

    private void reindex(SearchIndexedEntity<?> entity) throws InterruptedException {
        String idName = idAttribute(entity.javaClass());
        BlockingQueue<List<Object>> batches = new ArrayBlockingQueue<>(threads * 2);
        List<Object> poison = List.of();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "reindex-" + entity.jpaName());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                running.add(workers.submit(() -> {
                    try {
                        for (List<Object> ids = batches.take(); ids != poison; ids = batches.take()) {
                            if (failure.get() == null) {
                                indexBatch(entity, idName, ids);
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                        drain(batches, poison);
                    }
                    return null;
                }));
            }
            produceIds(entity, idName, batches, failure);
            for (int i = 0; i < threads; i++) {
                batches.put(poison);
            }
            workers.shutdown();
            if (!workers.awaitTermination(7, TimeUnit.DAYS)) {
                throw new IllegalStateException("reindex workers did not finish");
            }
        } finally {
            workers.shutdownNow();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** A failed worker keeps taking batches until its poison pill, so the producer never blocks. */
    private static void drain(BlockingQueue<List<Object>> batches, List<Object> poison) {
        try {
            for (List<Object> ids = batches.take(); ids != poison; ids = batches.take()) {
                // discard
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void produceIds(SearchIndexedEntity<?> entity, String idName, BlockingQueue<List<Object>> batches,
            AtomicReference<RuntimeException> failure) throws InterruptedException {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            em.getTransaction().begin();
            try (Stream<Object> ids = em.createQuery("select e." + idName + " from " + entity.jpaName() + " e order by e." + idName, Object.class)
                    .setHint("org.hibernate.fetchSize", batchSize * 10)
                    .getResultStream()) {
                List<Object> batch = new ArrayList<>(batchSize);
                for (var it = ids.iterator(); it.hasNext() && failure.get() == null; ) {
                    batch.add(it.next());
                    if (batch.size() == batchSize) {
                        batches.put(batch);
                        batch = new ArrayList<>(batchSize);
                    }
                }
                if (!batch.isEmpty()) {
                    batches.put(batch);
                }
            } finally {
                em.getTransaction().rollback();
            }
        } finally {
            em.close();
        }
    }

    private void indexBatch(SearchIndexedEntity<?> entity, String idName, List<Object> ids) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            Session session = em.unwrap(Session.class);
            session.setDefaultReadOnly(true);
            session.setHibernateFlushMode(FlushMode.MANUAL);
            em.getTransaction().begin();
            try {
                List<?> loaded = em.createQuery("select e from " + entity.jpaName() + " e where e." + idName + " in :ids", entity.javaClass())
                        .setParameter("ids", ids)
                        .getResultList();
                SearchSession search = Search.session(em);
                search.indexingPlanSynchronizationStrategy(NO_COMMIT_WAIT_FOR_WRITE);
                for (Object e : loaded) {
                    search.indexingPlan().addOrUpdate(e);
                }
                search.indexingPlan().execute();
                monitor.documentsBuilt(loaded.size());
                monitor.documentsAdded(loaded.size());
                // read-only and never flushed: the commit writes nothing, but completes the (empty) indexing plan
                em.getTransaction().commit();
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
            }
        } finally {
            em.close();
        }
    }

    private String idAttribute(Class<?> type) {
        EntityType<?> entityType = entityManagerFactory.getMetamodel().entity(type);
        return entityType.getId(entityType.getIdType().getJavaType()).getName();
    }

    /** Ids of every document of {@code entity} in the index, read by a scroll. */
    static Set<Object> indexedIds(EntityManagerFactory emf, SearchIndexedEntity<?> entity) {
        EntityManager em = emf.createEntityManager();
        try {
            Set<Object> ids = new HashSet<>();
            try (SearchScroll<Object> scroll = Search.session(em).search(entity.javaClass())
                    .select(f -> f.id()).where(f -> f.matchAll()).scroll(1000)) {
                for (SearchScrollResult<Object> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                    ids.addAll(chunk.hits());
                }
            }
            return ids;
        } finally {
            em.close();
        }
    }
}
