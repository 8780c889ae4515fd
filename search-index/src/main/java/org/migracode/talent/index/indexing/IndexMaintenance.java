package org.migracode.talent.index.indexing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Counts, compares and rebuilds the index from the database. Only one reindex runs at a time;
 * a second request while one runs is refused with {@link IllegalStateException}.
 */
@Service
public class IndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

    private final EntityManagerFactory entityManagerFactory;
    private final IndexProperties settings;
    private final AtomicReference<ProgressLoggingMonitor> running = new AtomicReference<>();
    private volatile ReindexProgress lastCompleted;

    public IndexMaintenance(EntityManagerFactory entityManagerFactory, IndexProperties settings) {
        this.entityManagerFactory = entityManagerFactory;
        this.settings = settings;
    }

    /** Database rows against index documents for every indexed entity. */
    public List<IndexCounts> counts() {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            SearchSession session = Search.session(em);
            List<IndexCounts> counts = new ArrayList<>();
            for (SearchIndexedEntity<?> entity : mapping().allIndexedEntities()) {
                long rows = em.createQuery("select count(e) from " + entity.jpaName() + " e", Long.class).getSingleResult();
                long docs = session.search(entity.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
                counts.add(new IndexCounts(entity.jpaName(), rows, docs));
            }
            return counts;
        } finally {
            em.close();
        }
    }

    /**
     * Drops and rebuilds every index from the database, logging progress, and blocks until done.
     *
     * @throws IllegalStateException if a reindex is already running
     */
    public ReindexProgress reindex() {
        ProgressLoggingMonitor monitor = new ProgressLoggingMonitor(settings.progressLogInterval());
        if (!running.compareAndSet(null, monitor)) {
            throw new IllegalStateException("a reindex is already running: " + running.get().progress().describe());
        }
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            log.info("Reindexing all indexed entities from the database");
            Search.session(em).massIndexer()
                    .threadsToLoadObjects(settings.loadingThreads())
                    .batchSizeToLoadObjects(settings.batchSize())
                    .idFetchSize(settings.batchSize() * 10)
                    .monitor(monitor)
                    .startAndWait();
            ReindexProgress done = monitor.progress();
            lastCompleted = done;
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reindex interrupted", e);
        } finally {
            em.close();
            running.set(null);
        }
    }

    /** Progress of the reindex that is running now, if any. */
    public Optional<ReindexProgress> runningReindex() {
        return Optional.ofNullable(running.get()).map(ProgressLoggingMonitor::progress);
    }

    /** The last reindex that finished in this process, if any. */
    public Optional<ReindexProgress> lastCompletedReindex() {
        return Optional.ofNullable(lastCompleted);
    }

    SearchMapping mapping() {
        return Search.mapping(entityManagerFactory);
    }
}
