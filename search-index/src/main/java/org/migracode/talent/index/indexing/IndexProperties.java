package org.migracode.talent.index.indexing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the index is kept in step with the database ({@code talent.index.*}).
 *
 * @param reindexOnStart AUTO: rebuild when the mapping changed or counts differ; ALWAYS; NEVER
 * @param reindexInBackground start serving while the start-up reindex runs (health shows it)
 * @param loadingThreads threads loading entities for the mass indexer; each holds a connection
 * @param batchSize entities loaded per query by the mass indexer
 * @param progressLogInterval how often progress is logged during a reindex
 */
@ConfigurationProperties("talent.index")
public record IndexProperties(
        @DefaultValue("AUTO") ReindexOnStart reindexOnStart,
        @DefaultValue("true") boolean reindexInBackground,
        @DefaultValue("2") int loadingThreads,
        @DefaultValue("500") int batchSize,
        @DefaultValue("5s") Duration progressLogInterval) {

    public IndexProperties {
        if (loadingThreads < 1) {
            throw new IllegalArgumentException("talent.index.loading-threads must be at least 1, got " + loadingThreads);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("talent.index.batch-size must be at least 1, got " + batchSize);
        }
    }

    /** When the start-up reindex runs. */
    public enum ReindexOnStart {
        AUTO, ALWAYS, NEVER
    }
}
