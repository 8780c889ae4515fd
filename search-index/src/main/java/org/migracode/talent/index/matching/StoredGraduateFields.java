package org.migracode.talent.index.matching;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.migracode.talent.index.indexing.IndexProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The stored fields stage 1 reads for every graduate of its union (match profile, "has a
 * headline", the int8 wording vector), kept in memory by graduate id, so a request reads from
 * the index only the graduates it has not met yet. Reading them from the index decompresses the
 * stored block of every graduate (LZ4): a quarter of stage 1's CPU samples in the JFR profile of
 * docs/performance.md ("Stored fields in memory").
 *
 * <p>It holds what the index holds, never anything else:
 * <ul>
 *   <li><b>Written</b> by the bridge that builds the graduate's document ({@link #indexed}), with the
 *       same strings it stores: inside a Spring transaction when it commits (the index has them by
 *       then: the default synchronization waits for the index commit), dropped when it rolls back;
 *       outside one (the mass indexer) at once.</li>
 *   <li><b>Filled</b> from a stage-1 read of the index ({@link #read}) only for graduates it does not
 *       hold, and only when nothing was written, forgotten or cleared since the read began
 *       ({@link #stamp}): a read that began before an edit's commit may have seen the old
 *       document, and must not put it back.</li>
 *   <li><b>Forgotten</b> when a graduate is erased ({@link #forget}), at once and again after the
 *       commit.</li>
 * </ul>
 * At most {@value #LIMIT} graduates (about 1.5 KB each); past that it starts over, as
 * {@link DecodedProfiles} does. Only with the embedded Lucene backend: with OpenSearch several
 * instances share the index, and another instance's write would not reach this memory, so every
 * call answers "not held" there and stage 1 reads the index as before.
 */
@Component
public class StoredGraduateFields {

    static final int LIMIT = 50_000;

    /** One graduate's stored fields as stage 1 projects them ({@link CandidateRetriever#hitProjection}). */
    public record Fields(String matchProfile, boolean headlinePresent, String wordingVector) {
    }

    private final boolean enabled;
    private final Map<String, Fields> byId = new ConcurrentHashMap<>();
    /** Counts every write, forget and clear, so a fill can tell that one happened during its read. */
    private long changes;

    @Autowired
    public StoredGraduateFields(IndexProperties index) {
        this(index.backend() == IndexProperties.Backend.LUCENE);
    }

    StoredGraduateFields(boolean enabled) {
        this.enabled = enabled;
    }

    /** The fields held for {@code id}, or null. */
    public Fields get(String id) {
        return enabled ? byId.get(id) : null;
    }

    /** What a fill must pass to {@link #read}: take it before the index is read. */
    public synchronized long stamp() {
        return changes;
    }

    /**
     * Fields just read from the index for graduates not held: kept unless something was written,
     * forgotten or cleared since {@code stamp} was taken (then the read may be older than that
     * write, and the next read fills them instead).
     */
    public synchronized void read(long stamp, Map<String, Fields> read) {
        if (!enabled || stamp != changes) {
            return;
        }
        makeRoom(read.size());
        read.forEach(byId::putIfAbsent);
    }

    /** What the bridge just wrote into {@code id}'s document: held once the transaction commits. */
    void indexed(String id, Fields fields) {
        if (!enabled) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            changed(); // a read under way may be older than this write, whatever happens next
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        put(id, fields);
                    } else {
                        remove(id);
                    }
                }
            });
        } else {
            put(id, fields);
        }
    }

    /** Drops {@code id} now and, inside a transaction, again once it ends (an erased graduate). */
    public void forget(UUID id) {
        if (!enabled) {
            return;
        }
        String key = id.toString();
        remove(key);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    remove(key);
                }
            });
        }
    }

    /** Drops everything held (tests that empty the tables with plain SQL). */
    public synchronized void clear() {
        byId.clear();
        changes++;
    }

    /** The number of graduates held. */
    public int size() {
        return byId.size();
    }

    private synchronized void put(String id, Fields fields) {
        makeRoom(1);
        byId.put(id, fields);
        changes++;
    }

    private synchronized void remove(String id) {
        byId.remove(id);
        changes++;
    }

    private synchronized void changed() {
        changes++;
    }

    private void makeRoom(int more) {
        if (byId.size() + more > LIMIT) {
            byId.clear();
            changes++;
        }
    }
}
