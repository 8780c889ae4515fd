package org.migracode.talent.portal.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.testing.TestDatabaseInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The write counter of {@link StoredRecords} against the real database: it must see every kind of
 * write the fingerprint would see (so {@link RobustnessCorpusIT} can count writes per request
 * instead of fingerprinting 19 tables), and no more than that in the cases the fingerprint leaves
 * out on purpose (a rolled-back write, a derived column, an update to the same values). Writes
 * are made in a transaction that is rolled back, and seen from inside it, so the shared demo data
 * stays as it was. Shares its context with {@link BadInputRegressionIT}; {@link RobustnessCorpusIT} has its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6",
        "logging.level.org.springframework.web=ERROR", "logging.level.org.apache.coyote=ERROR"})
class StoredRecordsIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    StoredRecords stored;

    @BeforeEach
    void install() {
        stored = new StoredRecords(jdbc).install();
    }

    @AfterEach
    void remove() {
        stored.close();
    }

    @Test
    void countsACommittedWriteAndNothingForAReadOrARollback() {
        long before = stored.writes();
        String fingerprint = stored.fingerprint();
        jdbc.queryForList("select * from listing");
        inRolledBackTransaction(tx -> jdbc.update("update listing set title = title || ' (changed)'"));
        assertThat(stored.writes()).as("a read and a rolled-back write count nothing").isEqualTo(before);
        assertThat(stored.fingerprint()).isEqualTo(fingerprint);

        String id = jdbc.queryForObject("select id::text from listing order by id limit 1", String.class);
        String title = jdbc.queryForObject("select title from listing where id = ?::uuid", String.class, id);
        try {
            jdbc.update("update listing set title = ? where id = ?::uuid", title + " (changed)", id); // committed
            assertThat(stored.writes()).as("a committed update is counted").isGreaterThan(before);
            assertThat(stored.writesAfter(before)).containsExactly("listing UPDATE");
            assertThat(stored.fingerprint()).as("and the fingerprint agrees").isNotEqualTo(fingerprint);
        } finally {
            jdbc.update("update listing set title = ? where id = ?::uuid", title, id);
        }
        assertThat(stored.fingerprint()).as("restored").isEqualTo(fingerprint);
    }

    @Test
    void countsEveryKindOfWriteToEveryTable() {
        for (String table : StoredRecords.TABLES) {
            inRolledBackTransaction(tx -> {
                long before = stored.writes();
                jdbc.execute("truncate " + table + " cascade");
                assertThat(stored.writes()).as("truncate " + table).isGreaterThan(before);
            });
        }
        inRolledBackTransaction(tx -> {
            long before = stored.writes();
            assertThat(jdbc.update("delete from graduate_skill where ctid = (select min(ctid) from graduate_skill)")).isEqualTo(1);
            assertThat(stored.writes()).as("a deleted row").isGreaterThan(before);
            assertThat(stored.writesAfter(before)).containsExactly("graduate_skill DELETE");
            jdbc.update("insert into graduate_skill (graduate_id, skill_id, level, source) "
                    + "select id, 'stored-records-test', 3, 'DECLARED' from graduate_profile limit 1");
            // (ids, not a count: a rolled-back write uses up sequence numbers)
            assertThat(stored.writesAfter(before)).containsExactly("graduate_skill DELETE", "graduate_skill INSERT");
        });
    }

    @Test
    void ignoresWhatTheFingerprintIgnores() {
        long before = stored.writes();
        String fingerprint = stored.fingerprint();
        inRolledBackTransaction(tx -> {
            jdbc.update("update listing set title = title, status = status");
            jdbc.update("update listing set text_embedding = array_fill(0.5::real, array[384])");
            assertThat(stored.writes()).as("updates to the same values or to a derived column").isEqualTo(before);
            assertThat(stored.fingerprint()).as("the fingerprint sees no change either").isEqualTo(fingerprint);
            jdbc.update("update listing set text_embedding_key = 'changed'");
            assertThat(stored.writes()).as("a column the fingerprint keeps").isGreaterThan(before);
            assertThat(stored.fingerprint()).isNotEqualTo(fingerprint);
        });
    }

    private void inRolledBackTransaction(Consumer<Object> work) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            work.accept(tx);
            tx.setRollbackOnly();
        });
    }
}
