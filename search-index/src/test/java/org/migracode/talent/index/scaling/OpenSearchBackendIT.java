package org.migracode.talent.index.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migracode.talent.index.testing.TestGraduates.graduate;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.SearchIndexTestApplication;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.indexing.IndexCounts;
import org.migracode.talent.index.indexing.IndexMaintenance;
import org.migracode.talent.index.indexing.IndexProperties;
import org.migracode.talent.index.search.GraduatePage;
import org.migracode.talent.index.search.GraduateQuery;
import org.migracode.talent.index.search.GraduateSearch;
import org.migracode.talent.index.testing.OpenSearchCluster;
import org.migracode.talent.index.testing.OpenSearchTestContexts;
import org.migracode.talent.index.testing.Slow;
import org.migracode.talent.index.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One instance on {@code talent.index.backend=opensearch} against a real single-node OpenSearch
 * 2.19: Hibernate validates the V5 outbox tables, the mapping and analyzers are created there,
 * recruiter search and counts work through the outbox, and index maintenance is backend-neutral.
 */
@Slow
class OpenSearchBackendIT {

    private static ConfigurableApplicationContext context;

    @BeforeAll
    static void start() {
        context = OpenSearchTestContexts.start(SearchIndexTestApplication.class, OpenSearchTestContexts.properties(
                TestDatabase.newDatabase(), OpenSearchCluster.shared(), OpenSearchTestContexts.newIndexPrefix(), Map.of()));
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void runsOnTheElasticsearchBackendWithOutboxCoordination() {
        EntityManagerFactory emf = context.getBean(EntityManagerFactory.class);
        assertThat(Search.mapping(emf).backend()).isInstanceOf(ElasticsearchBackend.class);
        IndexMaintenance maintenance = context.getBean(IndexMaintenance.class);
        assertThat(maintenance.backend()).isEqualTo(IndexProperties.Backend.OPENSEARCH);
    }

    @Test
    void aSavedGraduateIsIndexedThroughTheOutboxAndFoundByAnAnalyzedSearch() {
        TransactionTemplate tx = context.getBean(TransactionTemplate.class);
        GraduateRepository graduates = context.getBean(GraduateRepository.class);
        tx.executeWithoutResult(s -> graduates.save(graduate("Núria Puig")
                .withProject("Botiga en línia", "Aplicació de comandes per a l'empresa del barri", "react").build()));
        IndexMaintenance maintenance = context.getBean(IndexMaintenance.class);
        assertThat(maintenance.awaitIndexingCaughtUp(Duration.ofSeconds(20))).isTrue();

        GraduateSearch search = context.getBean(GraduateSearch.class);
        // Catalan elision, accent folding and stemming meet the same way as on Lucene
        GraduatePage page = search.search(GraduateQuery.builder().text("aplicacio empreses").build());
        assertThat(page.items()).extracting(h -> h.displayName()).contains("Núria Puig");

        List<IndexCounts> counts = maintenance.counts();
        assertThat(counts).allMatch(IndexCounts::inSync);
        assertThat(maintenance.sizeInBytes()).isPositive();
        assertThat(maintenance.pendingOutboxEvents()).isZero();
    }
}
