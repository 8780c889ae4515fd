package org.migracode.talent.index.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migracode.talent.index.testing.TestGraduates.graduate;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.embedding.EmbeddingText;
import org.migracode.talent.core.embedding.TextEmbedder;
import org.migracode.talent.index.testing.IndexTestBase;
import org.migracode.talent.index.testing.IntegrationTest;
import org.migracode.talent.index.testing.TestDataReset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The in-memory vectors of the embedding channel's retrieval against the real PostgreSQL: loaded
 * from the stored vectors, changed by a committed write at once and never by a rolled-back one,
 * and brought up to date with writes that bypass this instance (plain SQL, another instance) by
 * the re-read of changed rows.
 */
@IntegrationTest
class GraduateVectorStoreIT extends IndexTestBase {

    static final UUID COOK = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final UUID TESTER = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
    static final String COOK_TEXT = "Line cook in a busy restaurant kitchen, prepared sauces and grilled fish.";
    static final String TESTER_TEXT = "Software tester: wrote automated end-to-end tests with Cypress and Selenium.";

    @Autowired
    ApplicationContext context;

    @Autowired
    GraduateVectorStore store;

    @Autowired
    TextEmbedder embedder;

    float[] cook;

    @BeforeEach
    void seed() {
        TestDataReset.reset(context, () -> List.of(
                graduate("Cook").id(COOK).summary(COOK_TEXT).build(),
                graduate("Tester").id(TESTER).summary(TESTER_TEXT).build()));
        cook = embedder.embed("Kitchen assistant for a restaurant: cooking fish and sauces.");
        store.reload();
    }

    @Test
    void holdsTheStoredVectorsAndFollowsCommittedWritesAtOnceButNotRolledBackOnes() {
        // exactly the text Tester's profile will have (the test graduates' headline is "Web developer")
        float[] bread = embedder.embed(EmbeddingText.graduate("Web developer", COOK_TEXT + " Also baked bread.", List.of()));
        assertThat(store.nearest(cook, 1)).containsExactly(COOK);
        assertThat(store.nearest(bread, 1)).containsExactly(COOK);

        tx.executeWithoutResult(s -> {
            graduates.findById(TESTER).orElseThrow().setSummary(COOK_TEXT + " Also baked bread.");
            s.setRollbackOnly();
        });
        assertThat(store.nearest(bread, 1)).containsExactly(COOK);

        tx.executeWithoutResult(s -> graduates.findById(TESTER).orElseThrow().setSummary(COOK_TEXT + " Also baked bread."));
        assertThat(store.nearest(bread, 1)).containsExactly(TESTER);
        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void aWriteThatBypassesThisInstanceArrivesWithTheReReadOfChangedRows() {
        jdbc.update("""
                update graduate_profile set text_embedding = (select text_embedding from graduate_profile where id = ?),
                    updated_at = now() where id = ?""", COOK, TESTER);
        jdbc.update("update graduate_profile set text_embedding = null, updated_at = now() where id = ?", COOK);
        assertThat(store.nearest(cook, 1)).containsExactly(COOK); // held until the next re-read

        store.refreshNow();

        assertThat(store.nearest(cook, 5)).containsExactly(TESTER);
    }

    /**
     * A re-read reads again only the vectors of rows whose {@code updated_at} moved since they were
     * read. Before, it read every row updated within {@link GraduateVectorStore#SLACK} of the last
     * read again: after a bulk write of 100,000 graduates (bench), the first re-read after the load
     * read all 100,000 vectors again, in the middle of the timed queries.
     */
    @Test
    void aReReadReadsOnlyTheVectorsOfRowsThatChangedSinceTheyWereRead() {
        long before = store.vectorsRead();
        store.refreshNow();
        assertThat(store.vectorsRead() - before).as("vectors read again when nothing changed").isZero();

        jdbc.update("""
                update graduate_profile set text_embedding = (select text_embedding from graduate_profile where id = ?),
                    updated_at = now() where id = ?""", COOK, TESTER);
        store.refreshNow();
        assertThat(store.vectorsRead() - before).as("vectors read after one row changed").isEqualTo(1);
        assertThat(store.nearest(cook, 2)).containsExactlyInAnyOrder(COOK, TESTER);

        store.refreshNow();
        assertThat(store.vectorsRead() - before).as("and nothing more when nothing changed again").isEqualTo(1);
    }

    /** The same when the rows were written by plain SQL with the database's clock (bulk writes, bench). */
    @Test
    void aReReadAfterABulkWriteByPlainSqlReadsNoVectorAgain() {
        jdbc.update("update graduate_profile set updated_at = now()");
        store.reload();
        long before = store.vectorsRead();
        store.refreshNow();
        assertThat(store.vectorsRead() - before).as("vectors read again when nothing changed").isZero();
    }

    /**
     * A due re-read runs on the store's own thread: with the table locked, so the re-read cannot
     * read, a retrieval still answers at once from what is held; the change arrives when the lock
     * goes. Before, the retrieving request ran the re-read itself (a sequential scan of the table
     * at 1,000,000 graduates) and waited here for the lock.
     */
    @Test
    void aDueReReadNeverRunsOnTheRetrievingThread() throws Exception {
        jdbc.update("""
                update graduate_profile set text_embedding = (select text_embedding from graduate_profile where id = ?),
                    updated_at = now() where id = ?""", COOK, TESTER);
        jdbc.update("update graduate_profile set text_embedding = null, updated_at = now() where id = ?", COOK);
        store.markRefreshDue();
        try (Connection locker = dataSource.getConnection()) {
            locker.setAutoCommit(false);
            try (Statement lock = locker.createStatement()) {
                lock.execute("lock table graduate_profile in access exclusive mode");
            }
            List<UUID> answered = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> store.nearest(cook, 5));
            assertThat(answered).as("answered from what is held while the re-read waits").startsWith(COOK);
            locker.rollback();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!store.nearest(cook, 5).equals(List.of(TESTER)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(store.nearest(cook, 5)).containsExactly(TESTER);
    }

    /**
     * The load and the re-read take the rows in PostgreSQL's binary format: a stored vector that
     * is not a number is still held as none, and a vector copied by plain SQL finds the same
     * graduate first as the one written through JPA.
     */
    @Test
    void binaryRowsAreReadLikeTextRowsWereNotANumberIsHeldAsNone() {
        int dimensions = embedder.dimensions();
        jdbc.update("update graduate_profile set text_embedding = array_fill('NaN'::real, array[?]) where id = ?", dimensions, TESTER);
        store.reload();
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.nearest(cook, 5)).containsExactly(COOK);

        jdbc.update("""
                update graduate_profile set text_embedding = (select text_embedding from graduate_profile where id = ?),
                    updated_at = now() where id = ?""", COOK, TESTER);
        jdbc.update("update graduate_profile set text_embedding = array_fill('NaN'::real, array[?]), updated_at = now() where id = ?",
                dimensions, COOK);
        store.refreshNow();
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.nearest(cook, 5)).containsExactly(TESTER);
    }

    @Test
    void aLoadInTheBackgroundHoldsTheStoredVectorsBeforeAnyRetrieval() throws InterruptedException {
        assertThat(store.loaded()).isTrue(); // reloaded by seed(); drop what is held and start as at start-up
        store.dropForTest();
        assertThat(store.loaded()).isFalse();

        store.loadInBackground();

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!store.loaded() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(store.loaded()).isTrue();
        assertThat(store.size()).isEqualTo(2);
    }
}
