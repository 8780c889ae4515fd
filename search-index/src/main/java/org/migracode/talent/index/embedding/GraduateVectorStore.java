package org.migracode.talent.index.embedding;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import jakarta.annotation.PreDestroy;
import org.migracode.talent.core.embedding.TextEmbedder;
import org.postgresql.PGStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The graduates' sentence embeddings in memory ({@link VectorTable}), the embedding channel's
 * retrieval without a kNN index: issue #15 measured the HNSW graph at a third of the reindex
 * throughput and the two kNN queries at 1.5× the matcher's p50.
 *
 * <ul>
 *   <li><b>Loaded</b> from PostgreSQL ({@code graduate_profile.text_embedding}, the stored vectors)
 *       by the first retrieval (which waits for it), or earlier in the background where the
 *       application asks for it ({@link #loadInBackground}: the portal does once it is ready, so
 *       its first recruiter after a start does not wait for all of it, more than 30 seconds at
 *       1,000,000 graduates): about 400 bytes of heap per graduate. Tools that write their
 *       graduates in bulk after starting (bench, evaluate) keep loading on the first retrieval.</li>
 *   <li><b>Kept current</b> by this instance's writes, when their transaction commits
 *       ({@link #written}, called by {@link TextEmbeddingListener}), and by a re-read of the rows
 *       updated since the last read (with {@link #SLACK} of overlap) at most every
 *       {@link #REFRESH}, which also brings other instances' and bulk JDBC writes. It reads the
 *       vector of a row only when the row's {@code updated_at} is not the one the held vector was
 *       read at. The re-read runs on a thread of its own, never on a retrieving request's, and
 *       holds the lock only to apply what it read; retrievals answer from what is held meanwhile.</li>
 *   <li><b>Only a shortlist.</b> It decides which graduates the channel adds to the union; the
 *       union's filters (consent, visibility, blocking, type, availability) and the similarities
 *       stage 2 ranks by come from the search index, so a vector that is a moment stale here can
 *       only change who is looked at, never show a graduate who may not be shown.</li>
 * </ul>
 * Without a {@link TextEmbedder} (channel off) it holds and loads nothing.
 */
@Component
public class GraduateVectorStore {

    /** How often the rows changed since the last read are read again. */
    static final Duration REFRESH = Duration.ofSeconds(30);
    /** Overlap of each re-read with the previous one: a row written before it but committed after is still seen. */
    static final Duration SLACK = Duration.ofMinutes(2);
    /** How many changed rows' vectors one query of a re-read reads. */
    static final int READ_BATCH = 1000;

    private static final Logger log = LoggerFactory.getLogger(GraduateVectorStore.class);

    private final JdbcTemplate jdbc;
    private final ObjectProvider<TextEmbedder> embedder;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** The first load at start-up and every later re-read of changed rows. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "graduate-vectors");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean rereadQueued = new AtomicBoolean();
    /** Vectors read from PostgreSQL since the start, by the load and the re-reads. */
    private final AtomicLong vectorsRead = new AtomicLong();
    private volatile VectorTable table;
    private volatile Timestamp readSince;
    private volatile long nextRefreshNanos;

    public GraduateVectorStore(JdbcTemplate jdbc, ObjectProvider<TextEmbedder> embedder) {
        this.jdbc = jdbc;
        this.embedder = embedder;
    }

    /**
     * The ids of the (at most) {@code n} graduates whose vectors are most similar to {@code query},
     * best first, equal similarities by id; empty when the channel is off.
     */
    public List<UUID> nearest(float[] query, int n) {
        if (query == null || embedder.getIfAvailable() == null) {
            return List.of();
        }
        ensureCurrent();
        lock.readLock().lock();
        try {
            return table == null ? List.of() : table.nearest(query, n);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Starts loading every stored vector on a background thread, so that the first retrieval
     * finds them in memory (or waits only for the rest of the load).
     */
    public void loadInBackground() {
        if (embedder.getIfAvailable() != null) {
            background.execute(() -> {
                try {
                    ensureLoaded();
                } catch (RuntimeException e) {
                    log.warn("Loading the graduates' vectors failed; the first retrieval will try again: {}", e.toString());
                }
            });
        }
    }

    /** True once the stored vectors are in memory. */
    public boolean loaded() {
        return table != null;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** The number of graduates with a vector held now (0 before the first retrieval). */
    public int size() {
        lock.readLock().lock();
        try {
            return table == null ? 0 : table.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * A graduate's vector as just written: held once the transaction commits (at once outside one);
     * null removes it. Ignored until the store is first loaded (the load reads it then).
     */
    public void written(UUID id, float[] vector) {
        float[] copy = vector == null ? null : vector.clone();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    put(id, copy);
                }
            });
        } else {
            put(id, copy);
        }
    }

    private void put(UUID id, float[] vector) {
        lock.writeLock().lock();
        try {
            if (table != null) {
                table.put(id, vector);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Drops what is held and loads every stored vector again (tests that empty the tables with
     * plain SQL; a removed row is otherwise only dropped by a JPA delete).
     */
    void reload() {
        dropForTest();
        ensureLoaded();
    }

    /** Drops what is held, as before the first load (tests). */
    void dropForTest() {
        lock.writeLock().lock();
        try {
            table = null;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Re-reads the rows changed since the last read now, on this thread, not at the next {@link #REFRESH} (tests). */
    void refreshNow() {
        ensureLoaded();
        reread();
    }

    /** How many vectors the load and the re-reads have read from PostgreSQL so far (tests). */
    long vectorsRead() {
        return vectorsRead.get();
    }

    /** Makes the next retrieval start a re-read, as if {@link #REFRESH} had passed (tests). */
    void markRefreshDue() {
        nextRefreshNanos = System.nanoTime();
    }

    /**
     * Loads on the first call (every retrieval waits for that); later, when a re-read is due,
     * queues one on the background thread and returns at once.
     */
    private void ensureCurrent() {
        if (table == null) {
            ensureLoaded();
            return;
        }
        if (System.nanoTime() - nextRefreshNanos >= 0 && rereadQueued.compareAndSet(false, true)) {
            try {
                background.execute(() -> {
                    try {
                        reread();
                    } catch (RuntimeException e) {
                        log.warn("Re-reading the changed graduates' vectors failed; the next retrieval will try again: {}", e.toString());
                    } finally {
                        rereadQueued.set(false);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
                rereadQueued.set(false);
            }
        }
    }

    /** Loads every stored vector unless they are held; whoever comes while another thread loads waits for it. */
    private void ensureLoaded() {
        if (table != null) {
            return;
        }
        lock.writeLock().lock();
        try {
            if (table != null) {
                return; // loaded by another thread meanwhile
            }
            long start = System.nanoTime();
            Timestamp now = jdbc.queryForObject("select now()", Timestamp.class);
            VectorTable loaded = new VectorTable(embedder.getObject().dimensions());
            jdbc.query(con -> {
                var statement = con.prepareStatement(
                        "select id, updated_at, text_embedding from graduate_profile where text_embedding is not null");
                statement.setFetchSize(1000);
                return inBinary(statement);
            }, (ResultSet rs) -> {
                loaded.put(rs.getObject(1, UUID.class), floats(rs.getArray(3)), version(rs.getTimestamp(2)));
                vectorsRead.incrementAndGet();
            });
            table = loaded;
            readSince = new Timestamp(now.getTime() - SLACK.toMillis());
            nextRefreshNanos = System.nanoTime() + REFRESH.toNanos();
            log.info("Loaded {} graduates' vectors in {} ms", loaded.size(), (System.nanoTime() - start) / 1_000_000);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Reads the rows changed since the last read without the lock, then applies them under it:
     * retrievals wait only for the applying. First the ids and versions ({@code updated_at}) of the
     * rows updated since the last read, with {@link #SLACK} of overlap (an index scan on
     * {@code updated_at}); then the vectors of only those whose version is not the one held, by id.
     * So the overlap costs a few bytes per row, not a vector: a bulk write of 100,000 graduates
     * used to be read again in full by every re-read for the two and a half minutes after it.
     *
     * <p>A write committed between the reads and the applying may be overwritten by the older row
     * read; its {@code updated_at} is newer than the version held then, and within {@link #SLACK},
     * so the next re-read sets it right: the same moment of staleness the class allows for other
     * instances' writes.
     */
    private void reread() {
        VectorTable held = table;
        Timestamp since = readSince;
        if (held == null || since == null) {
            return;
        }
        Timestamp now = jdbc.queryForObject("select now()", Timestamp.class);
        record Row(UUID id, long version, boolean hasVector) {
        }
        List<Row> updated = new ArrayList<>();
        jdbc.query(con -> {
            var statement = con.prepareStatement(
                    "select id, updated_at, text_embedding is not null from graduate_profile where updated_at >= ?");
            statement.setTimestamp(1, since);
            statement.setFetchSize(1000);
            return statement;
        }, (ResultSet rs) -> {
            updated.add(new Row(rs.getObject(1, UUID.class), version(rs.getTimestamp(2)), rs.getBoolean(3)));
        });
        List<UUID> toRead = new ArrayList<>();
        Map<UUID, Long> withoutVector = new LinkedHashMap<>();
        lock.readLock().lock();
        try {
            for (Row row : updated) {
                if (held.isAt(row.id(), row.version())) {
                    continue;
                }
                if (row.hasVector()) {
                    toRead.add(row.id());
                } else {
                    withoutVector.put(row.id(), row.version());
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        record Read(float[] vector, long version) {
        }
        Map<UUID, Read> changed = new LinkedHashMap<>();
        for (int from = 0; from < toRead.size(); from += READ_BATCH) {
            List<UUID> batch = toRead.subList(from, Math.min(toRead.size(), from + READ_BATCH));
            jdbc.query(con -> {
                var statement = con.prepareStatement("select id, updated_at, text_embedding from graduate_profile where id = any(?)");
                statement.setArray(1, con.createArrayOf("uuid", batch.toArray()));
                return inBinary(statement);
            }, (ResultSet rs) -> {
                changed.put(rs.getObject(1, UUID.class), new Read(floats(rs.getArray(3)), version(rs.getTimestamp(2))));
                vectorsRead.incrementAndGet();
            });
        }
        lock.writeLock().lock();
        try {
            if (table == held) { // not dropped by reload() meanwhile
                withoutVector.forEach((id, version) -> held.put(id, null, version));
                changed.forEach((id, read) -> held.put(id, read.vector(), read.version()));
                readSince = new Timestamp(now.getTime() - SLACK.toMillis());
            }
            nextRefreshNanos = System.nanoTime() + REFRESH.toNanos();
        } finally {
            lock.writeLock().unlock();
        }
        log.debug("Re-read {} graduates updated since {}: {} vectors read, {} without one", updated.size(), since, changed.size(),
                withoutVector.size());
    }

    /** A row's version: its {@code updated_at} in microseconds, PostgreSQL's precision. */
    private static long version(Timestamp updatedAt) {
        return updatedAt == null ? VectorTable.UNKNOWN
                : Math.floorDiv(updatedAt.getTime(), 1000L) * 1_000_000L + updatedAt.getNanos() / 1000;
    }

    /**
     * Asks for the rows in PostgreSQL's binary format from the first execution: the driver
     * otherwise takes text for a statement it has not run five times, and a vector in text is
     * 384 decimal numbers printed by the server and parsed here (most of the load's time).
     */
    private static PreparedStatement inBinary(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
        }
        return statement;
    }

    private static float[] floats(Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        Object raw = array.getArray();
        if (raw instanceof float[] f) {
            for (float x : f) {
                if (!Float.isFinite(x)) {
                    return null;
                }
            }
            return f;
        }
        Object[] boxed = (Object[]) raw;
        float[] out = new float[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            if (!(boxed[i] instanceof Number n) || !Float.isFinite(n.floatValue())) {
                return null; // not a usable vector: held as none
            }
            out[i] = n.floatValue();
        }
        return out;
    }
}
