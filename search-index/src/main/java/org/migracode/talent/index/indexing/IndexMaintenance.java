package org.migracode.talent.index.indexing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.migracode.talent.index.config.StorageProperties;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.MergedAwayNotIndexed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Counts, compares and rebuilds the index from the database. Only one reindex runs at a time;
 * a second request while one runs is refused with {@link IllegalStateException}.
 */
@Service
public class IndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

    private static final String STATE_KEY = "main";

    private final EntityManagerFactory entityManagerFactory;
    private final IndexProperties settings;
    private final JdbcTemplate jdbc;
    private final List<IndexFingerprintContributor> contributors;
    private final StorageProperties storage;
    private final AtomicReference<ProgressLoggingMonitor> running = new AtomicReference<>();
    private volatile ReindexProgress lastCompleted;

    public IndexMaintenance(EntityManagerFactory entityManagerFactory, IndexProperties settings, JdbcTemplate jdbc,
            ObjectProvider<IndexFingerprintContributor> contributors, StorageProperties storage) {
        this.entityManagerFactory = entityManagerFactory;
        this.settings = settings;
        this.jdbc = jdbc;
        this.contributors = contributors.orderedStream().toList();
        this.storage = storage;
    }

    /** Where the index lives ({@code talent.index.backend}). */
    public IndexProperties.Backend backend() {
        return settings.backend();
    }

    /**
     * Bytes the index takes: the Lucene folder, or the primary shards' store on OpenSearch
     * (replicas not counted). NaN when it cannot be read.
     */
    public double sizeInBytes() {
        if (settings.backend() == IndexProperties.Backend.OPENSEARCH) {
            return openSearchPrimaryStoreBytes();
        }
        Path dir = storage.dataDir().resolve("index");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException | UncheckedIOException e) {
            return Double.NaN;
        }
    }

    private double openSearchPrimaryStoreBytes() {
        try {
            RestClient client = mapping().backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
            Request request = new Request("GET", "/_cat/indices/" + settings.opensearch().indexPrefix() + "*");
            request.addParameter("h", "pri.store.size");
            request.addParameter("bytes", "b");
            String body = new String(client.performRequest(request).getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
            return body.lines().map(String::strip).filter(l -> !l.isEmpty()).mapToLong(Long::parseLong).sum();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not read the OpenSearch index size: {}", e.getMessage());
            return Double.NaN;
        }
    }

    /**
     * On OpenSearch, gives every index of this deployment {@code talent.index.opensearch.replicas}
     * replicas (a dynamic setting, so existing indexes change too). Nothing on Lucene.
     */
    public void applyReplicaSetting() {
        if (settings.backend() != IndexProperties.Backend.OPENSEARCH) {
            return;
        }
        try {
            RestClient client = mapping().backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
            Request request = new Request("PUT", "/" + settings.opensearch().indexPrefix() + "*/_settings");
            request.setJsonEntity("{\"index\": {\"number_of_replicas\": " + settings.opensearch().replicas() + "}}");
            client.performRequest(request);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not set the replicas of the OpenSearch indexes: " + e.getMessage(), e);
        }
    }

    /**
     * Changes committed to the database but not yet indexed: rows of the outbox that
     * outbox-polling coordination ({@code backend=opensearch}) works through. Always 0 on Lucene,
     * which indexes in the committing thread.
     */
    public long pendingOutboxEvents() {
        if (settings.backend() != IndexProperties.Backend.OPENSEARCH) {
            return 0;
        }
        Long pending = jdbc.queryForObject("select count(*) from hsearch_outbox_event where status = 'PENDING'", Long.class);
        return pending == null ? 0 : pending;
    }

    /**
     * Waits until every committed change is indexed (the outbox is empty) and makes it visible to
     * searches (a refresh), or {@code timeout} passes.
     *
     * @return whether the index caught up in time
     */
    public boolean awaitIndexingCaughtUp(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pendingOutboxEvents() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        // the event processor deletes an event once its indexing work is written; make it searchable
        mapping().scope(Object.class).workspace().refresh();
        return true;
    }

    /** Database rows against index documents for every indexed entity. */
    public List<IndexCounts> counts() {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            SearchSession session = Search.session(em);
            List<IndexCounts> counts = new ArrayList<>();
            for (SearchIndexedEntity<?> entity : mapping().allIndexedEntities()) {
                // a graduate merged into another keeps its row but has no document (graduate.MergedAwayNotIndexed)
                String indexedRows = entity.javaClass() == GraduateProfile.class ? " where " + MergedAwayNotIndexed.INDEXED_ROWS : "";
                long rows = em.createQuery("select count(e) from " + entity.jpaName() + " e" + indexedRows, Long.class).getSingleResult();
                long docs = session.search(entity.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
                counts.add(new IndexCounts(entity.jpaName(), rows, docs));
            }
            return counts;
        } finally {
            em.close();
        }
    }

    /**
     * Rebuilds every index from the database in place, logging progress, and blocks until done.
     * Nothing is purged first: each document is replaced atomically under its id, then documents
     * whose row is gone are removed, so a search during the rebuild finds what it found before.
     * On success the mapping fingerprint is recorded, so the next start knows the index is current.
     *
     * @throws IllegalStateException if a reindex is already running
     */
    public ReindexProgress reindex() {
        return run(claim());
    }

    /** Marks a reindex as running, or refuses when one already is. */
    private ProgressLoggingMonitor claim() {
        ProgressLoggingMonitor monitor = new ProgressLoggingMonitor(settings.progressLogInterval());
        if (!running.compareAndSet(null, monitor)) {
            throw new IllegalStateException("a reindex is already running: " + running.get().progress().describe());
        }
        return monitor;
    }

    private ReindexProgress run(ProgressLoggingMonitor monitor) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            List<SearchIndexedEntity<?>> entities = List.copyOf(mapping().allIndexedEntities());
            log.info("Rebuilding the index in place from the database (searches keep answering from the complete index)");
            if (settings.backend() == IndexProperties.Backend.OPENSEARCH) {
                // the Elasticsearch backend's "add" is an index action under the document's id: it replaces
                Search.session(em).massIndexer()
                        .purgeAllOnStart(false)
                        .dropAndCreateSchemaOnStart(false)
                        .threadsToLoadObjects(settings.loadingThreads())
                        .batchSizeToLoadObjects(settings.batchSize())
                        .idFetchSize(settings.batchSize() * 10)
                        .monitor(monitor)
                        .startAndWait();
            } else {
                new InPlaceRebuild(entityManagerFactory, settings.loadingThreads(), settings.batchSize(), monitor).run(entities);
            }
            StaleDocuments stale = new StaleDocuments(entityManagerFactory);
            for (SearchIndexedEntity<?> entity : entities) {
                long removed = stale.remove(entity);
                if (removed > 0) {
                    log.info("Removed {} index documents of {} whose rows no longer exist", removed, entity.jpaName());
                }
            }
            var workspace = Search.session(em).workspace();
            if (settings.backend() == IndexProperties.Backend.LUCENE) {
                // one segment, and the replaced versions gone: term statistics as after a fresh build
                workspace.mergeSegments();
            }
            workspace.flush();
            workspace.refresh();
            ReindexProgress done = monitor.progress();
            recordFingerprint(currentFingerprint());
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

    /**
     * Starts {@link #reindex()} on a background thread and returns at once.
     *
     * @throws IllegalStateException if a reindex is already running
     */
    public void startReindexInBackground() {
        // claimed before the thread starts, so the caller sees it running as soon as this returns
        ProgressLoggingMonitor monitor = claim();
        Thread thread = new Thread(() -> {
            try {
                run(monitor);
            } catch (RuntimeException e) {
                log.error("Reindex failed; searches may miss records until a reindex succeeds: {}", e.getMessage(), e);
            }
        }, "reindex");
        thread.setDaemon(true);
        thread.start();
    }

    /** True when the index was last rebuilt completely by the mapping and taxonomy running now. */
    public boolean fingerprintIsCurrent() {
        List<String> rows = jdbc.queryForList("select fingerprint from search_index_state where id = ?", String.class, STATE_KEY);
        return !rows.isEmpty() && rows.get(0).equals(currentFingerprint());
    }

    /** Whether the index has ever been completely rebuilt against this database. */
    public boolean hasFingerprint() {
        return jdbc.queryForObject("select count(*) from search_index_state where id = ?", Integer.class, STATE_KEY) > 0;
    }

    String currentFingerprint() {
        StringBuilder extra = new StringBuilder();
        contributors.forEach(c -> extra.append(c.fingerprintPart()).append('\n'));
        return MappingFingerprint.of(mapping(), extra.toString());
    }

    private void recordFingerprint(String fingerprint) {
        jdbc.update("""
                insert into search_index_state (id, fingerprint, reindexed_at) values (?, ?, now())
                on conflict (id) do update set fingerprint = excluded.fingerprint, reindexed_at = excluded.reindexed_at""",
                STATE_KEY, fingerprint);
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
