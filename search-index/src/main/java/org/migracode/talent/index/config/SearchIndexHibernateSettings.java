package org.migracode.talent.index.config;

import java.util.Map;
import org.hibernate.search.backend.lucene.cfg.LuceneBackendSettings;
import org.hibernate.search.backend.lucene.cfg.LuceneIndexSettings;
import org.hibernate.search.engine.cfg.BackendSettings;
import org.migracode.talent.index.analysis.TalentLuceneAnalysisConfigurer;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * The Hibernate and Hibernate Search defaults every application of ours needs: our analyzers,
 * a fixed Lucene analysis version, the index under {@code ${talent.storage.data-dir}/index}, and
 * JDBC batching. Each is only a default: a {@code spring.jpa.properties.*} entry replaces it.
 */
@Component
class SearchIndexHibernateSettings implements HibernatePropertiesCustomizer {

    /** The Lucene version whose analysis behaviour the index is built with (HSEARCH000075). */
    static final String LUCENE_VERSION = "9.12.3";

    private final StorageProperties storage;

    SearchIndexHibernateSettings(StorageProperties storage) {
        this.storage = storage;
    }

    @Override
    public void customize(Map<String, Object> properties) {
        properties.putIfAbsent(backend(LuceneBackendSettings.ANALYSIS_CONFIGURER),
                "class:" + TalentLuceneAnalysisConfigurer.class.getName());
        properties.putIfAbsent(backend(LuceneBackendSettings.LUCENE_VERSION), LUCENE_VERSION);
        properties.putIfAbsent(backend(LuceneIndexSettings.DIRECTORY_ROOT),
                storage.dataDir().resolve("index").toAbsolutePath().normalize().toString());
        properties.putIfAbsent("hibernate.jdbc.batch_size", "50");
        properties.putIfAbsent("hibernate.order_inserts", "true");
        properties.putIfAbsent("hibernate.order_updates", "true");
    }

    private static String backend(String key) {
        return BackendSettings.backendKey(key);
    }
}
