package org.migracode.talent.index.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migracode.talent.index.testing.TestGraduates.graduate;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.SearchIndexTestApplication;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.indexing.IndexMaintenance;
import org.migracode.talent.index.search.GraduateQuery;
import org.migracode.talent.index.search.GraduateSearch;
import org.migracode.talent.index.testing.OpenSearchCluster;
import org.migracode.talent.index.testing.OpenSearchTestContexts;
import org.migracode.talent.index.testing.SecondLane;
import org.migracode.talent.index.testing.Slow;
import org.migracode.talent.index.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A 3-node OpenSearch cluster (one child JVM, three nodes on loopback) with one replica of every
 * shard: one node is stopped while an instance keeps searching, and every search still answers
 * with every graduate. The instance knows all three nodes' addresses; the client skips the dead one
 * and the cluster serves the stopped node's shards from their replicas. About 1.5 minutes.
 */
@Slow
@SecondLane
class OpenSearchFailoverIT {

    private static final int GRADUATES = 120;

    private static OpenSearchCluster cluster;
    private static ConfigurableApplicationContext instance;

    @BeforeAll
    static void start() {
        cluster = OpenSearchCluster.start(3);
        instance = OpenSearchTestContexts.start(SearchIndexTestApplication.class, OpenSearchTestContexts.properties(
                TestDatabase.newDatabase(), cluster, OpenSearchTestContexts.newIndexPrefix(),
                Map.of("talent.index.opensearch.replicas", "1")));
    }

    @AfterAll
    static void stop() {
        if (instance != null) {
            instance.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void searchesKeepAnsweringWhileANodeStops() throws Exception {
        TransactionTemplate tx = instance.getBean(TransactionTemplate.class);
        GraduateRepository graduates = instance.getBean(GraduateRepository.class);
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < GRADUATES; i++) {
                graduates.save(graduate("Replica " + i).withSkill("react", 3).build());
            }
        });
        assertThat(instance.getBean(IndexMaintenance.class).awaitIndexingCaughtUp(Duration.ofSeconds(60))).isTrue();
        awaitGreen();

        GraduateSearch search = instance.getBean(GraduateSearch.class);
        GraduateQuery query = GraduateQuery.builder().text("react").build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread searcher = new Thread(() -> {
            while (running.get()) {
                long start = System.nanoTime();
                try {
                    long total = search.search(query).total();
                    if (total != GRADUATES) {
                        failures.add("answered " + total + " graduates");
                    }
                } catch (RuntimeException e) {
                    failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                latencies.add((System.nanoTime() - start) / 1_000_000);
            }
        }, "searcher");
        searcher.start();
        Thread.sleep(2000);
        int before = latencies.size();
        cluster.stopNode(0); // the first node: the elected cluster manager, and holder of shard copies
        Thread.sleep(8000);
        running.set(false);
        searcher.join(60_000);

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "3-node cluster, node 0 stopped after %d searches: %d searches in all, %d failed, "
                        + "latency p50 %d ms, max %d ms%n", before, sorted.size(), failures.size(),
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
        assertThat(failures).as("searches that did not answer every graduate").isEmpty();
        assertThat(latencies.size() - before).as("searches after the stop").isGreaterThan(5);
    }

    private static void awaitGreen() throws java.io.IOException {
        RestClient client = Search.mapping(instance.getBean(EntityManagerFactory.class)).backend()
                .unwrap(ElasticsearchBackend.class).client(RestClient.class);
        Request health = new Request("GET", "/_cluster/health");
        health.addParameter("wait_for_status", "green");
        health.addParameter("timeout", "60s");
        String body = new String(client.performRequest(health).getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(body).contains("\"status\":\"green\"").contains("\"number_of_nodes\":3");
    }
}
