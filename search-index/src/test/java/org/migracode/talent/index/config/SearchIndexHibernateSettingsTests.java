package org.migracode.talent.index.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.indexing.IndexProperties;

class SearchIndexHibernateSettingsTests {

    private static final String COMMIT_INTERVAL = "hibernate.search.backend.io.commit_interval";
    private static final String RAM_BUFFER = "hibernate.search.backend.io.writer.ram_buffer_size";

    private static Map<String, Object> customized(IndexProperties.Backend backend, Map<String, Object> given) {
        IndexProperties index = new IndexProperties(IndexProperties.ReindexOnStart.AUTO, true, 2, 500, Duration.ofSeconds(5), backend,
                new IndexProperties.OpenSearch(backend == IndexProperties.Backend.OPENSEARCH ? List.of("http://localhost:9200") : List.of(),
                        null, null, "talent-", 1, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(30)));
        Map<String, Object> properties = new HashMap<>(given);
        new SearchIndexHibernateSettings(new StorageProperties(Path.of("build-data"), 0), index).customize(properties);
        return properties;
    }

    @Test
    void aLuceneRebuildCommitsEveryThirtySecondsIntoA64MegabyteBuffer() {
        Map<String, Object> properties = customized(IndexProperties.Backend.LUCENE, Map.of());
        assertThat(properties).containsEntry(COMMIT_INTERVAL, "30000").containsEntry(RAM_BUFFER, "64");
    }

    @Test
    void aSpringJpaPropertyStillWins() {
        Map<String, Object> properties = customized(IndexProperties.Backend.LUCENE, Map.of(COMMIT_INTERVAL, "1000", RAM_BUFFER, "16"));
        assertThat(properties).containsEntry(COMMIT_INTERVAL, "1000").containsEntry(RAM_BUFFER, "16");
    }

    @Test
    void openSearchGetsNoLuceneWriterSettings() {
        assertThat(customized(IndexProperties.Backend.OPENSEARCH, Map.of())).doesNotContainKeys(COMMIT_INTERVAL, RAM_BUFFER);
    }
}
