package org.migracode.talent.index.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migracode.talent.index.testing.TestGraduates.graduate;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.migracode.talent.index.SearchIndexTestApplication;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.indexing.IndexCounts;
import org.migracode.talent.index.indexing.IndexMaintenance;
import org.migracode.talent.index.search.GraduateQuery;
import org.migracode.talent.index.search.GraduateSearch;
import org.migracode.talent.index.testing.ConnectionInfo;
import org.migracode.talent.index.testing.OpenSearchCluster;
import org.migracode.talent.index.testing.OpenSearchTestContexts;
import org.migracode.talent.index.testing.Slow;
import org.migracode.talent.index.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two portal instances, A and B (two Spring contexts), on one PostgreSQL and one real OpenSearch
 * node, coordinated by Hibernate Search's outbox polling: a change committed on either is indexed
 * once, by whichever instance's event processor owns its shard, and is searchable on both.
 * A third instance in its own JVM is killed (SIGKILL) in the middle of its writes; A and B take
 * over its share of the outbox once its pulse expires and the index ends equal to the database.
 * Prints the measured indexing lag and catch-up times. Takes about 1.5 minutes.
 */
@Slow
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiInstanceIndexingIT {

    private static ConnectionInfo db;
    private static String prefix;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoInstances() {
        db = TestDatabase.newDatabase();
        prefix = OpenSearchTestContexts.newIndexPrefix();
        a = OpenSearchTestContexts.start(SearchIndexTestApplication.class,
                OpenSearchTestContexts.properties(db, OpenSearchCluster.shared(), prefix, Map.of()));
        b = OpenSearchTestContexts.start(SearchIndexTestApplication.class,
                OpenSearchTestContexts.properties(db, OpenSearchCluster.shared(), prefix, Map.of()));
        awaitEventProcessorsSharing(2);
    }

    /**
     * Waits until {@code instances} event processors run with the outbox split in as many shards:
     * while a new instance joins, processing pauses for a few pulses as the shards are reassigned.
     */
    private static void awaitEventProcessorsSharing(int instances) {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Long running = jdbc.queryForObject("select count(*) from hsearch_agent where type = 'EVENT_PROCESSING_DYNAMIC_SHARDING'"
                    + " and state = 'RUNNING' and total_shard_count = ?", Long.class, instances);
            if (running != null && running == instances) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(instances + " event processors did not start sharing the outbox within 60 s");
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext c : new ConfigurableApplicationContext[] {a, b}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    @Order(1)
    void aGraduateSavedOnAIsFoundOnBWithinTwoSeconds() throws InterruptedException {
        GraduateSearch searchOnB = b.getBean(GraduateSearch.class);
        List<Long> lags = new ArrayList<>();
        for (int i = -1; i < 5; i++) { // i = -1 warms up the fresh contexts' code paths: not counted
            String token = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            save(a, graduate(token + " Lag"));
            long saved = System.nanoTime();
            long deadline = saved + Duration.ofSeconds(5).toNanos();
            boolean found = false;
            while (!found && System.nanoTime() < deadline) {
                found = searchOnB.search(GraduateQuery.builder().text(token).build()).total() == 1;
                if (!found) {
                    Thread.sleep(20);
                }
            }
            long lagMillis = (System.nanoTime() - saved) / 1_000_000;
            assertThat(found).as("found on B after " + lagMillis + " ms").isTrue();
            if (i >= 0) {
                lags.add(lagMillis);
            }
        }
        System.out.printf(Locale.ROOT, "indexing lag A→B (commit on A until a search on B finds it), 5 saves in order: %s ms%n", lags);
        // within 2 s; one save of five may take up to 5 s on a loaded 2-core machine that also runs
        // the OpenSearch node and both instances (the figures are printed either way)
        assertThat(lags.stream().filter(l -> l >= 2000).count()).as("saves not found within 2 s: " + lags).isLessThanOrEqualTo(1);
        assertThat(Collections.max(lags)).isLessThan(5000);
    }

    @Test
    @Order(2)
    void aThousandConcurrentWritesOverBothInstancesEndWithIndexCountEqualToDatabaseCount() throws Exception {
        long rowsBefore = a.getBean(JdbcTemplate.class).queryForObject("select count(*) from graduate_profile", Long.class);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long start = System.nanoTime();
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                ConfigurableApplicationContext instance = i % 2 == 0 ? a : b;
                String name = "Concurrent " + i;
                writes.add(pool.submit(() -> save(instance, graduate(name).withSkill("react", 3))));
            }
            for (Future<?> w : writes) {
                w.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdown();
        }
        long written = System.nanoTime();
        IndexMaintenance onB = b.getBean(IndexMaintenance.class);
        assertThat(onB.awaitIndexingCaughtUp(Duration.ofSeconds(60))).isTrue();
        long caughtUp = System.nanoTime();

        assertGraduatesInSync(onB, rowsBefore + 1000);
        assertGraduatesInSync(a.getBean(IndexMaintenance.class), rowsBefore + 1000);
        System.out.printf(Locale.ROOT, "1,000 writes over A and B (8 threads): committed in %d ms, index caught up %d ms after the last commit%n",
                (written - start) / 1_000_000, (caughtUp - written) / 1_000_000);
    }

    @Test
    @Order(3)
    void anInstanceKilledInTheMiddleOfItsWritesLeavesNothingUnindexedOnceTheOthersCatchUp() throws Exception {
        Path javaBinary = Path.of(System.getProperty("java.home"), "bin", "java");
        Process writer = new ProcessBuilder(javaBinary.toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), WritingInstance.class.getName(),
                db.url(), db.username(), db.password(), String.join(",", OpenSearchCluster.shared().uris()), prefix)
                .redirectErrorStream(true).start();
        // a writer that never gets going must not hang the build
        java.util.concurrent.CompletableFuture.delayedExecutor(3, TimeUnit.MINUTES).execute(writer::destroyForcibly);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int wrote = 0;
            while (wrote < 200 && (line = out.readLine()) != null) {
                if (line.startsWith("WROTE ")) {
                    wrote = Integer.parseInt(line.substring(6).strip());
                }
            }
            assertThat(wrote).as("the writing instance wrote before it was killed").isGreaterThanOrEqualTo(200);
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no clean agent deregistration
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            writer.destroyForcibly();
        }
        long killed = System.nanoTime();
        JdbcTemplate jdbc = b.getBean(JdbcTemplate.class);
        long pendingAtKill = b.getBean(IndexMaintenance.class).pendingOutboxEvents();

        IndexMaintenance onB = b.getBean(IndexMaintenance.class);
        assertThat(onB.awaitIndexingCaughtUp(Duration.ofSeconds(90))).isTrue();
        long caughtUp = System.nanoTime();
        long rows = jdbc.queryForObject("select count(*) from graduate_profile", Long.class);
        long killedWrites = jdbc.queryForObject("select count(*) from graduate_profile where display_name like 'Killed writer %'", Long.class);
        assertThat(killedWrites).isGreaterThanOrEqualTo(200);
        assertGraduatesInSync(onB, rows);
        assertGraduatesInSync(a.getBean(IndexMaintenance.class), rows);
        System.out.printf(Locale.ROOT, "instance killed after %d committed writes (%d outbox events pending at the kill): "
                + "A and B caught up %d ms after the kill%n", killedWrites, pendingAtKill, (caughtUp - killed) / 1_000_000);
    }

    private static void assertGraduatesInSync(IndexMaintenance maintenance, long expectedRows) {
        IndexCounts graduates = maintenance.counts().stream().filter(c -> c.entity().equals("GraduateProfile")).findFirst().orElseThrow();
        assertThat(graduates.databaseRows()).isEqualTo(expectedRows);
        assertThat(graduates.indexDocuments()).as("index documents").isEqualTo(graduates.databaseRows());
    }

    private static void save(ConfigurableApplicationContext instance, org.migracode.talent.index.testing.TestGraduates graduate) {
        instance.getBean(TransactionTemplate.class)
                .executeWithoutResult(s -> instance.getBean(GraduateRepository.class).save(graduate.build()));
    }
}
