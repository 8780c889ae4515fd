package org.migracode.talent.index.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.matching.StoredGraduateFields.Fields;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rules that keep {@link StoredGraduateFields} equal to what the index stores: a read never
 * replaces a write, a read that began before a write is dropped, a write counts once its
 * transaction commits, an erased graduate is forgotten, and with OpenSearch nothing is held.
 */
class StoredGraduateFieldsTests {

    private static final String ANNA = "00000000-0000-0000-0000-00000000000a";
    private static final Fields OLD = new Fields("old profile", true, "old vector");
    private static final Fields NEW = new Fields("new profile", false, null);

    private final StoredGraduateFields stored = new StoredGraduateFields(true);

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aReadIsKeptForTheNextRequest() {
        long stamp = stored.stamp();
        stored.read(stamp, Map.of(ANNA, OLD));
        assertThat(stored.get(ANNA)).isEqualTo(OLD);
    }

    @Test
    void aReadNeverReplacesWhatTheIndexerWrote() {
        long stamp = stored.stamp();
        stored.indexed(ANNA, NEW);
        stored.read(stored.stamp(), Map.of(ANNA, OLD)); // even one that began after the write
        stored.read(stamp, Map.of(ANNA, OLD));
        assertThat(stored.get(ANNA)).isEqualTo(NEW);
    }

    @Test
    void aReadThatBeganBeforeAnyWriteIsDropped() {
        long stamp = stored.stamp();
        stored.indexed("00000000-0000-0000-0000-00000000000b", NEW);
        stored.read(stamp, Map.of(ANNA, OLD)); // it may have seen a document older than that write
        assertThat(stored.get(ANNA)).isNull();
    }

    @Test
    void aWriteInATransactionCountsWhenItCommitsAndIsDroppedWhenItRollsBack() {
        stored.read(stored.stamp(), Map.of(ANNA, OLD));
        TransactionSynchronizationManager.initSynchronization();
        long during = stored.stamp();
        stored.indexed(ANNA, NEW);
        assertThat(stored.get(ANNA)).as("not committed yet: the index still has the old document").isEqualTo(OLD);
        assertThat(stored.stamp()).as("a read under way is older than the write").isNotEqualTo(during);
        complete(TransactionSynchronization.STATUS_COMMITTED);
        assertThat(stored.get(ANNA)).isEqualTo(NEW);

        TransactionSynchronizationManager.initSynchronization();
        stored.indexed(ANNA, new Fields("rolled back", true, null));
        complete(TransactionSynchronization.STATUS_ROLLED_BACK);
        assertThat(stored.get(ANNA)).as("the next read fills it from the index").isNull();
    }

    @Test
    void anErasedGraduateIsForgottenNowAndAgainAfterTheCommit() {
        UUID id = UUID.fromString(ANNA);
        stored.indexed(ANNA, OLD);
        TransactionSynchronizationManager.initSynchronization();
        stored.forget(id);
        assertThat(stored.get(ANNA)).isNull();
        stored.read(stored.stamp(), Map.of(ANNA, OLD)); // a request that read the document before the delete committed
        complete(TransactionSynchronization.STATUS_COMMITTED);
        assertThat(stored.get(ANNA)).isNull();
    }

    @Test
    void pastTheLimitItStartsOver() {
        for (int i = 0; i < StoredGraduateFields.LIMIT; i++) {
            stored.indexed(new UUID(0, i).toString(), OLD);
        }
        assertThat(stored.size()).isEqualTo(StoredGraduateFields.LIMIT);
        stored.indexed(ANNA, NEW);
        assertThat(stored.size()).isEqualTo(1);
        assertThat(stored.get(ANNA)).isEqualTo(NEW);
    }

    @Test
    void withOpenSearchNothingIsHeld() {
        StoredGraduateFields off = new StoredGraduateFields(false);
        off.indexed(ANNA, NEW);
        off.read(off.stamp(), Map.of(ANNA, OLD));
        assertThat(off.get(ANNA)).isNull();
        assertThat(off.size()).isZero();
    }

    private static void complete(int status) {
        var synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        synchronizations.forEach(s -> s.afterCompletion(status));
    }
}
