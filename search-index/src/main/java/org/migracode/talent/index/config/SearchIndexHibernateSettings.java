package org.migracode.talent.index.config;

import java.util.Map;
import org.hibernate.search.backend.elasticsearch.cfg.ElasticsearchBackendSettings;
import org.hibernate.search.backend.elasticsearch.cfg.ElasticsearchIndexSettings;
import org.hibernate.search.backend.lucene.cfg.LuceneBackendSettings;
import org.hibernate.search.backend.lucene.cfg.LuceneIndexSettings;
import org.hibernate.search.engine.cfg.BackendSettings;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.mapper.orm.cfg.HibernateOrmMapperSettings;
import org.hibernate.search.mapper.orm.outboxpolling.cfg.HibernateOrmMapperOutboxPollingSettings;
import org.migracode.talent.index.analysis.TalentElasticsearchAnalysisConfigurer;
import org.migracode.talent.index.analysis.TalentLuceneAnalysisConfigurer;
import org.migracode.talent.index.indexing.IndexProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * The Hibernate and Hibernate Search defaults every application of ours needs, for the backend
 * {@code talent.index.backend} names:
 * <ul>
 *   <li>{@code lucene} (default): our analyzers, a fixed Lucene analysis version, the index under
 *       {@code ${talent.storage.data-dir}/index}; no coordination (one instance);</li>
 *   <li>{@code opensearch}: the Elasticsearch backend on {@code talent.index.opensearch.uris} with
 *       the same analyzers ({@link TalentElasticsearchAnalysisConfigurer}), prefixed index names,
 *       and outbox-polling coordination, so several instances sharing one PostgreSQL index every
 *       change once (tables of migration V5).</li>
 * </ul>
 * No kNN vector field is mapped: a graduate's sentence embedding is a stored, int8-quantized string
 * ({@code wordingVector}, written by {@code index.matching.GraduateMatchingFieldsBridge}), which every backend supports. On Lucene, searches see a change when its transaction commits ({@code sync}), and a rebuild's
 * changes only when it is complete (see {@code IndexMaintenance#reindex()}). Plus JDBC batching. Each is only a default: a {@code spring.jpa.properties.*} entry replaces it.
 */
@Component
class SearchIndexHibernateSettings implements HibernatePropertiesCustomizer {

    /** The Lucene version whose analysis behaviour the index is built with (HSEARCH000075). */
    static final String LUCENE_VERSION = "9.12.3";

    private final StorageProperties storage;
    private final IndexProperties index;
    SearchIndexHibernateSettings(StorageProperties storage, IndexProperties index) {
        this.storage = storage;
        this.index = index;
    }

    @Override
    public void customize(Map<String, Object> properties) {
        if (index.backend() == IndexProperties.Backend.OPENSEARCH) {
            openSearch(properties, index.opensearch());
        } else {
            lucene(properties);
        }
        properties.putIfAbsent("hibernate.jdbc.batch_size", "50");
        properties.putIfAbsent("hibernate.order_inserts", "true");
        properties.putIfAbsent("hibernate.order_updates", "true");
    }

    private void lucene(Map<String, Object> properties) {
        properties.putIfAbsent(backend(BackendSettings.TYPE), "lucene");
        properties.putIfAbsent(backend(LuceneBackendSettings.ANALYSIS_CONFIGURER),
                "class:" + TalentLuceneAnalysisConfigurer.class.getName());
        properties.putIfAbsent(backend(LuceneBackendSettings.LUCENE_VERSION), LUCENE_VERSION);
        properties.putIfAbsent(backend(LuceneIndexSettings.DIRECTORY_ROOT),
                storage.dataDir().resolve("index").toAbsolutePath().normalize().toString());
        // Searches read the index as of its last refresh, and only explicit refreshes move it on: every
        // write transaction refreshes when it commits (sync: committed and visible when the request returns,
        // as before), while a rebuild writes without refreshing and refreshes once at its end, so searches
        // during a rebuild see the index as it was before it, complete and with the same scores.
        properties.putIfAbsent(backend(LuceneIndexSettings.IO_REFRESH_INTERVAL), String.valueOf(Integer.MAX_VALUE));
        properties.putIfAbsent(HibernateOrmMapperSettings.INDEXING_PLAN_SYNCHRONIZATION_STRATEGY, "sync");
        rebuildWriter(properties);
    }

    /**
     * Only a rebuild writes without committing (every other write commits as it goes, {@code sync}).
     * The index writer's own commit of such writes, once a second by default, cut a 100k rebuild into
     * a hundred small segments that were merged again and again before the rebuild's final merge;
     * with a commit every 30 s and a 64 MB buffer (16 MB by default) the same rebuild needs about a
     * seventh less CPU. A rebuild killed meanwhile leaves the last commit, which is still a complete
     * index (docs/robustness.md).
     */
    private static void rebuildWriter(Map<String, Object> properties) {
        properties.putIfAbsent(backend(LuceneIndexSettings.IO_COMMIT_INTERVAL), "30000");
        properties.putIfAbsent(backend(LuceneIndexSettings.IO_WRITER_RAM_BUFFER_SIZE), "64");
    }

    private static void openSearch(Map<String, Object> properties, IndexProperties.OpenSearch cluster) {
        properties.putIfAbsent(backend(BackendSettings.TYPE), ElasticsearchBackendSettings.TYPE_NAME);
        properties.putIfAbsent(backend(ElasticsearchBackendSettings.URIS), String.join(",", cluster.uris()));
        if (cluster.username() != null && !cluster.username().isBlank()) {
            properties.putIfAbsent(backend(ElasticsearchBackendSettings.USERNAME), cluster.username());
            properties.putIfAbsent(backend(ElasticsearchBackendSettings.PASSWORD), cluster.password() == null ? "" : cluster.password());
        }
        properties.putIfAbsent(backend(ElasticsearchIndexSettings.ANALYSIS_CONFIGURER),
                "class:" + TalentElasticsearchAnalysisConfigurer.class.getName());
        properties.putIfAbsent(backend(ElasticsearchBackendSettings.LAYOUT_STRATEGY),
                BeanReference.ofInstance(new PrefixedIndexLayoutStrategy(cluster.indexPrefix())));
        properties.putIfAbsent(HibernateOrmMapperSettings.COORDINATION_STRATEGY, HibernateOrmMapperOutboxPollingSettings.COORDINATION_STRATEGY_NAME);
        properties.putIfAbsent(HibernateOrmMapperOutboxPollingSettings.COORDINATION_EVENT_PROCESSOR_POLLING_INTERVAL,
                String.valueOf(cluster.pollingInterval().toMillis()));
        properties.putIfAbsent(HibernateOrmMapperOutboxPollingSettings.COORDINATION_EVENT_PROCESSOR_PULSE_INTERVAL,
                String.valueOf(cluster.pulseInterval().toMillis()));
        properties.putIfAbsent(HibernateOrmMapperOutboxPollingSettings.COORDINATION_EVENT_PROCESSOR_PULSE_EXPIRATION,
                String.valueOf(cluster.pulseExpiration().toMillis()));
        properties.putIfAbsent(HibernateOrmMapperOutboxPollingSettings.COORDINATION_MASS_INDEXER_PULSE_INTERVAL,
                String.valueOf(cluster.pulseInterval().toMillis()));
        properties.putIfAbsent(HibernateOrmMapperOutboxPollingSettings.COORDINATION_MASS_INDEXER_PULSE_EXPIRATION,
                String.valueOf(cluster.pulseExpiration().toMillis()));
    }

    private static String backend(String key) {
        return BackendSettings.backendKey(key);
    }
}
