package org.migracode.talent.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.indexing.IndexMaintenance;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.matching.MatchService;
import org.migracode.talent.index.matching.RankedMatch;
import org.migracode.talent.index.testing.ConnectionInfo;
import org.migracode.talent.index.testing.OpenSearchCluster;
import org.migracode.talent.index.testing.OpenSearchTestContexts;
import org.migracode.talent.index.testing.Slow;
import org.migracode.talent.index.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The matcher ranks the sample data set identically on the embedded Lucene backend and on a real
 * OpenSearch 2.19 node: same analyzers, same mapping, same DSL queries, both BM25 with one shard.
 * Each backend gets its own database, loaded through the product's path ({@link EvalLoader}).
 * Lists are compared candidate by candidate and score by score (to 0.01 points of 100); candidates
 * with equal scores are compared as a set, since ties are broken by random entity ids. Prints
 * both metric sets and, if any, the listings whose order differs. Takes about 2 minutes, most of
 * it starting the OpenSearch node and two contexts on two cores.
 */
@Slow
class BackendParityIT {

    @Test
    void sameRankedCandidatesForEveryListingOnLuceneAndOpenSearch() throws IOException {
        EvalDataset data = new EvalDatasetReader().read(EvalDatasetReaderTests.SAMPLE);

        Map<String, List<Scored>> lucene;
        String luceneLatency;
        try (ConfigurableApplicationContext context = EvalContext.start(luceneProperties())) {
            lucene = rank(context, data);
            luceneLatency = latency(context, data);
        }
        Map<String, List<Scored>> openSearch;
        Map<String, Object> properties = new HashMap<>(OpenSearchTestContexts.properties(TestDatabase.newDatabase(),
                OpenSearchCluster.shared(), OpenSearchTestContexts.newIndexPrefix(), Map.of()));
        // one shard, as an embedded Lucene index is one: BM25 statistics are then the same
        properties.put("talent.index.opensearch.replicas", "0");
        String openSearchLatency;
        try (ConfigurableApplicationContext context = EvalContext.start(properties)) {
            openSearch = rank(context, data);
            openSearchLatency = latency(context, data);
        }
        System.out.printf(Locale.ROOT, "latency on %s, matcher (stage 1 + text relevance + stage 2) per listing: lucene %s; opensearch %s%n",
                data.name(), luceneLatency, openSearchLatency);

        MetricSet luceneMetrics = MetricSet.of(data, ids(lucene));
        MetricSet openSearchMetrics = MetricSet.of(data, ids(openSearch));
        List<String> differing = new ArrayList<>();
        for (String listing : lucene.keySet()) {
            if (!ids(lucene).get(listing).equals(ids(openSearch).get(listing))) {
                differing.add(listing + "\n  lucene     " + lucene.get(listing) + "\n  opensearch " + openSearch.get(listing));
            }
        }
        System.out.printf(Locale.ROOT, "parity on %s: lucene %s, opensearch %s; %d of %d listings ranked differently%n%s%n",
                data.name(), luceneMetrics.json(), openSearchMetrics.json(), differing.size(), lucene.size(),
                String.join("\n", differing));

        assertThat(openSearchMetrics.ndcg10()).isCloseTo(luceneMetrics.ndcg10(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(differing).as("listings ranked differently").isEmpty();
        for (String listing : lucene.keySet()) {
            List<Scored> a = lucene.get(listing);
            List<Scored> b = openSearch.get(listing);
            assertThat(b).hasSameSizeAs(a);
            for (int i = 0; i < a.size(); i++) {
                assertThat(b.get(i).score()).as(listing + " #" + (i + 1)).isCloseTo(a.get(i).score(), org.assertj.core.data.Offset.offset(0.01));
            }
        }
    }

    private static Map<String, Object> luceneProperties() throws IOException {
        ConnectionInfo db = TestDatabase.newDatabase();
        Path dataDir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "parity-lucene-");
        Map<String, Object> p = new HashMap<>();
        p.put("spring.datasource.url", db.url());
        p.put("spring.datasource.username", db.username());
        p.put("spring.datasource.password", db.password());
        p.put("talent.storage.data-dir", dataDir.toString());
        p.put("talent.index.reindex-on-start", "NEVER");
        // the OpenSearch test cluster has no k-NN plugin, so both sides rank without the embedding channel
        p.put("talent.matching.embedding.enabled", "false");
        p.put("talent.index.reindex-in-background", "false");
        p.put("spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy", "sync");
        p.put("spring.jpa.open-in-view", "false");
        p.put("spring.main.banner-mode", "off");
        return p;
    }

    /**
     * Milliseconds per matcher call, after a warm-up round: 20 rounds over every listing. Printed
     * for docs/scaling.md, not asserted (a shared 2-core machine is no place for timing asserts).
     */
    private static String latency(ConfigurableApplicationContext context, EvalDataset data) {
        MatchService matcher = context.getBean(MatchService.class);
        List<UUID> listings = new ArrayList<>();
        context.getBean(ListingRepository.class).findAll().forEach(l -> listings.add(l.getId()));
        List<Double> millis = new ArrayList<>();
        for (int round = -1; round < 20; round++) {
            for (UUID listing : listings) {
                long start = System.nanoTime();
                matcher.candidatesForListing(listing, EvaluateCommand.DEPTH);
                if (round >= 0) {
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        java.util.Collections.sort(millis);
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms over %d calls", millis.get(millis.size() / 2),
                millis.get((int) (millis.size() * 0.95)), millis.size());
    }

    private static Map<String, List<Scored>> rank(ConfigurableApplicationContext context, EvalDataset data) {
        Map<String, UUID> ids = new EvalLoader(context.getBean(GraduateRepository.class), context.getBean(ListingRepository.class),
                context.getBean(CompanyRepository.class), context.getBean(TransactionTemplate.class)).load(data);
        assertThat(context.getBean(IndexMaintenance.class).awaitIndexingCaughtUp(Duration.ofSeconds(60))).isTrue();
        Map<String, String> candidateOf = new HashMap<>();
        data.candidates().forEach(c -> candidateOf.put(ids.get(c.id()).toString(), c.id()));
        MatchService matcher = context.getBean(MatchService.class);
        Map<String, List<Scored>> ranks = new LinkedHashMap<>();
        for (EvalListing listing : data.listings()) {
            List<RankedMatch> ranked = matcher.candidatesForListing(ids.get(listing.id()), EvaluateCommand.DEPTH).orElseThrow().matches();
            ranks.put(listing.id(), ranked.stream()
                    .map(m -> new Scored(candidateOf.get(m.graduateId()), m.explanation().score())).toList());
        }
        return ranks;
    }

    /**
     * Candidates in ranked order, equal scores (to 1e-6) by data-set id: the matcher breaks ties by
     * entity id, and each backend's database gave the candidates other random ids.
     */
    private static Map<String, List<String>> ids(Map<String, List<Scored>> ranks) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        ranks.forEach((listing, list) -> ids.put(listing, list.stream()
                .sorted(java.util.Comparator.comparingLong((Scored s) -> -Math.round(s.score() * 1e6)).thenComparing(Scored::candidate))
                .map(Scored::candidate).toList()));
        return ids;
    }

    private record Scored(String candidate, double score) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s=%.2f", candidate, score);
        }
    }
}
