package org.migracode.talent.index.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.embedding.TextEmbedder;
import org.migracode.talent.core.profile.ListingProfile;
import org.migracode.talent.index.demo.DemoDataGenerator;
import org.migracode.talent.index.demo.DemoDataWriter;
import org.migracode.talent.index.demo.DemoSizes;
import org.migracode.talent.index.embedding.GraduateVectorStore;
import org.migracode.talent.index.indexing.IndexMaintenance;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.testing.IndexTestBase;
import org.migracode.talent.index.testing.IntegrationTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stage 1 with its parts side by side ({@link Stage1Executor}, issue #14) gives exactly what it
 * gives sequentially: the same hits in the same order with the same retrieval scores and stored
 * fields, the same channel values, and so the same final rankings, for stored listings and for a
 * draft; also when several requests share a saturated pool (their parts then run on the callers).
 * One context: the sequential and the parallel retriever are built here on the same beans.
 */
@IntegrationTest
class Stage1ParallelIT extends IndexTestBase {

    @Autowired
    IndexMaintenance maintenance;

    @Autowired
    ObjectProvider<TextEmbedder> embedder;

    @Autowired
    ListingRetriever listingRetriever;

    @Autowired
    MatchingProperties properties;

    @Autowired
    StoredGraduateFields stored;

    @Autowired
    SkillVocabulary vocabulary;

    @Autowired
    ObjectProvider<Clock> clock;

    @Autowired
    ObjectProvider<MeterRegistry> meters;

    @Test
    void theParallelStage1AndRankingEqualTheSequentialOnes() throws Exception {
        resetData();
        assertThat(embedder.getIfAvailable()).as("the embedding channel is on, so its scan runs beside the queries").isNotNull();
        new DemoDataWriter(dataSource, p -> "{noop}" + p, embedder.getIfAvailable())
                .writeAll(new DemoDataGenerator(20261206, new DemoSizes(6, 400, 20, 12), LocalDate.of(2026, 12, 6)));
        maintenance.reindex();
        // one store, loaded now, for both: what it holds must not change between the two runs
        EmbeddingChannel embedding = new EmbeddingChannel(entityManager, embedder, new GraduateVectorStore(jdbc, embedder), true);
        List<Listing> all = tx.execute(s -> listings.findAll());
        assertThat(all).hasSizeGreaterThanOrEqualTo(10);

        try (Stage1Executor sequential = new Stage1Executor(entityManagerFactory, entityManager, 1);
                Stage1Executor parallel = new Stage1Executor(entityManagerFactory, entityManager, 4);
                Stage1Executor saturated = new Stage1Executor(entityManagerFactory, entityManager, 2)) {
            Side one = new Side(sequential, embedding, new StoredGraduateFields(false)); // always reads the index
            Side four = new Side(parallel, embedding, stored); // reads the graduates it holds from memory
            int withVector = 0;
            int cut = 0;
            Map<String, Object> expected = new HashMap<>();
            for (Listing listing : all) {
                withVector += embedding.vectorOf(listing) == null ? 0 : 1;
                for (int depth : new int[] {20, 300}) {
                    CandidateRetriever.Stage1 before = one.stage1(listing.getId(), depth);
                    CandidateRetriever.Stage1 after = four.stage1(listing.getId(), depth);
                    assertThat(after.hits()).as("listing %s at depth %d: hits, order, scores, stored fields", listing.getId(), depth)
                            .isEqualTo(before.hits());
                    assertThat(after.channels()).as("listing %s at depth %d: channel values", listing.getId(), depth)
                            .isEqualTo(before.channels());
                    assertThat(List.copyOf(after.channels().keySet())).isEqualTo(List.copyOf(before.channels().keySet()));
                    cut += before.hits().size() == depth ? 1 : 0;
                }
                RankedMatches ranked = one.ranked(listing.getId());
                assertThat(ranked.matches()).isNotEmpty();
                assertThat(four.ranked(listing.getId())).as("ranking of listing %s", listing.getId()).isEqualTo(ranked);
                expected.put(listing.getId().toString(), ranked);
            }
            assertThat(withVector).as("listings whose embedding channel retrieved").isGreaterThan(5);
            assertThat(cut).as("cases where the union was cut to its depth").isGreaterThan(5);
            assertThat(parallel.threadsCreated()).as("the parallel side did use its workers").isGreaterThan(1);

            ListingProfile draft = tx.execute(s -> MatchProfiles.listing(entityManager.find(Listing.class, all.get(0).getId()), vocabulary));
            assertThat(four.draft(draft)).as("the listing preview's path").isEqualTo(one.draft(draft));

            // four requests at once on two workers: most parts run on the callers (caller runs), same results
            Side busy = new Side(saturated, embedding, stored);
            ExecutorService requests = Executors.newFixedThreadPool(4);
            try {
                List<Future<RankedMatches>> answers = new ArrayList<>();
                for (int round = 0; round < 2; round++) {
                    for (Listing listing : all) {
                        answers.add(requests.submit(() -> busy.ranked(listing.getId())));
                    }
                }
                for (int i = 0; i < answers.size(); i++) {
                    Listing listing = all.get(i % all.size());
                    assertThat(answers.get(i).get()).as("concurrent ranking of listing %s", listing.getId())
                            .isEqualTo(expected.get(listing.getId().toString()));
                }
            } finally {
                requests.shutdownNow();
            }
        }
    }

    /** A retriever and a matcher on one executor, each call in its own read-only transaction as a request runs it. */
    final class Side {

        final CandidateRetriever retriever;
        final MatchService matches;
        final EmbeddingChannel embedding;

        Side(Stage1Executor executor, EmbeddingChannel embedding, StoredGraduateFields stored) {
            this.retriever = new CandidateRetriever(entityManager, executor, stored);
            this.embedding = embedding;
            this.matches = new MatchService(retriever, embedding, listingRetriever, properties, entityManager, vocabulary, clock, meters);
        }

        CandidateRetriever.Stage1 stage1(UUID listingId, int depth) {
            return tx.execute(s -> {
                Listing listing = entityManager.find(Listing.class, listingId);
                ListingProfile profile = MatchProfiles.listing(listing, vocabulary);
                return retriever.retrieveWithChannels(profile, listing.getCompanyId(), depth,
                        embedding.retrieval(profile, listing.getCompanyId(), embedding.vectorOf(listing), depth));
            });
        }

        RankedMatches ranked(UUID listingId) {
            return tx.execute(s -> matches.candidatesForListing(listingId, 20).orElseThrow());
        }

        RankedMatches draft(ListingProfile draft) {
            return tx.execute(s -> matches.candidatesFor(draft, 20));
        }
    }
}
