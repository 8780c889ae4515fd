package org.migracode.talent.index.indexing;

import java.time.Duration;
import java.util.List;
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
 * @param backend where the index lives: {@code LUCENE} (embedded, the default) or {@code OPENSEARCH}
 * @param opensearch the cluster, when {@code backend=OPENSEARCH}
 */
@ConfigurationProperties("talent.index")
public record IndexProperties(
        @DefaultValue("AUTO") ReindexOnStart reindexOnStart,
        @DefaultValue("true") boolean reindexInBackground,
        @DefaultValue("2") int loadingThreads,
        @DefaultValue("500") int batchSize,
        @DefaultValue("5s") Duration progressLogInterval,
        @DefaultValue("LUCENE") Backend backend,
        @DefaultValue OpenSearch opensearch) {

    public IndexProperties {
        if (loadingThreads < 1) {
            throw new IllegalArgumentException("talent.index.loading-threads must be at least 1, got " + loadingThreads);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("talent.index.batch-size must be at least 1, got " + batchSize);
        }
        if (backend == Backend.OPENSEARCH && (opensearch == null || opensearch.uris().isEmpty())) {
            throw new IllegalArgumentException(
                    "talent.index.backend=opensearch needs talent.index.opensearch.uris, e.g. http://localhost:9200");
        }
    }

    /** When the start-up reindex runs. */
    public enum ReindexOnStart {
        AUTO, ALWAYS, NEVER
    }

    /** Where the index lives. */
    public enum Backend {
        /** Embedded Lucene in {@code ${talent.storage.data-dir}/index}: one instance. */
        LUCENE,
        /**
         * Hibernate Search's Elasticsearch backend against an OpenSearch 2.x (or Elasticsearch)
         * cluster, with outbox-polling coordination: several instances may share one database.
         */
        OPENSEARCH
    }

    /**
     * The OpenSearch cluster ({@code talent.index.opensearch.*}).
     *
     * @param uris the nodes' HTTP addresses, e.g. {@code http://os1:9200,http://os2:9200}
     * @param username basic-auth user, if the cluster has security enabled
     * @param password basic-auth password
     * @param indexPrefix prefix of every index and alias name, so several deployments (or test
     *     runs) can share one cluster
     * @param replicas replicas of each shard: 1 or more keeps searches answering when a node stops
     * @param pollingInterval how often each instance polls the outbox for changes to index
     * @param pulseInterval how often each instance tells the others it is alive
     * @param pulseExpiration how long until an instance that stopped pulsing (killed) is
     *     considered gone and its share of the outbox is taken over by the others
     */
    public record OpenSearch(
            @DefaultValue List<String> uris,
            String username,
            String password,
            @DefaultValue("talent-") String indexPrefix,
            @DefaultValue("1") int replicas,
            @DefaultValue("100ms") Duration pollingInterval,
            @DefaultValue("2s") Duration pulseInterval,
            @DefaultValue("30s") Duration pulseExpiration) {

        public OpenSearch {
            uris = uris == null ? List.of() : List.copyOf(uris);
            if (indexPrefix == null || indexPrefix.isBlank()) {
                throw new IllegalArgumentException("talent.index.opensearch.index-prefix must not be empty, e.g. talent-");
            }
            if (replicas < 0) {
                throw new IllegalArgumentException("talent.index.opensearch.replicas must be 0 or more, got " + replicas);
            }
            if (pulseExpiration.compareTo(pulseInterval.multipliedBy(3)) < 0) {
                throw new IllegalArgumentException("talent.index.opensearch.pulse-expiration must be at least 3 × pulse-interval");
            }
        }
    }
}
