package org.migracode.talent.index.embedding;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.migracode.talent.core.embedding.TextEmbedder;
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
 *       on the first retrieval: about 400 bytes of heap per graduate.</li>
 *   <li><b>Kept current</b> by this instance's writes, when their transaction commits
 *       ({@link #written}, called by {@link TextEmbeddingListener}), and by a re-read of the rows
 *       updated since the last read (with {@link #SLACK} of overlap) at most every
 *       {@link #REFRESH}, which also brings other instances' and bulk JDBC writes.</li>
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

    private final JdbcTemplate jdbc;
    private final ObjectProvider<TextEmbedder> embedder;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile VectorTable table;
    private Timestamp readSince;
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
        lock.writeLock().lock();
        try {
            table = null;
        } finally {
            lock.writeLock().unlock();
        }
        ensureCurrent();
    }

    /** Re-reads the rows changed since the last read now, not at the next {@link #REFRESH} (tests). */
    void refreshNow() {
        nextRefreshNanos = System.nanoTime();
        ensureCurrent();
    }

    private void ensureCurrent() {
        boolean first = table == null;
        if (!first && System.nanoTime() - nextRefreshNanos < 0) {
            return;
        }
        if (first) {
            lock.writeLock().lock(); // the first load: every retrieval waits for it
        } else if (!lock.writeLock().tryLock()) {
            return; // another thread is re-reading: answer from what is held
        }
        try {
            if (first && table != null) {
                return; // loaded by another thread meanwhile
            }
            Timestamp now = jdbc.queryForObject("select now()", Timestamp.class);
            if (table == null) {
                VectorTable loaded = new VectorTable(embedder.getObject().dimensions());
                jdbc.query(con -> {
                    var statement = con.prepareStatement(
                            "select id, text_embedding from graduate_profile where text_embedding is not null");
                    statement.setFetchSize(1000);
                    return statement;
                }, (ResultSet rs) -> {
                    loaded.put(rs.getObject(1, UUID.class), floats(rs.getArray(2)));
                });
                table = loaded;
            } else {
                VectorTable held = table;
                jdbc.query("select id, text_embedding from graduate_profile where updated_at >= ?",
                        (ResultSet rs) -> {
                            held.put(rs.getObject(1, UUID.class), floats(rs.getArray(2)));
                        }, readSince);
            }
            readSince = new Timestamp(now.getTime() - SLACK.toMillis());
            nextRefreshNanos = System.nanoTime() + REFRESH.toNanos();
        } finally {
            lock.writeLock().unlock();
        }
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
