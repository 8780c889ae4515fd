package org.migracode.talent.portal.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.migracode.talent.index.indexing.IndexMaintenance;
import org.springframework.stereotype.Component;

/**
 * Gauges {@code talent.index.documents} and {@code talent.database.rows} per indexed entity,
 * {@code talent.index.size} (bytes of the local Lucene index folder, or of the primary shards on
 * OpenSearch) and {@code talent.index.pending} (changes committed but not yet indexed: the
 * outbox on OpenSearch, always 0 on Lucene). The match latency timer
 * ({@code talent.match.latency}) is registered by the matcher itself.
 */
@Component
class IndexMetrics implements MeterBinder {

    private final IndexMaintenance maintenance;

    IndexMetrics(IndexMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String entity : new String[] {"GraduateProfile", "Listing"}) {
            Gauge.builder("talent.index.documents", maintenance, m -> count(m, entity, true))
                    .tag("entity", entity).description("documents in the search index").register(registry);
            Gauge.builder("talent.database.rows", maintenance, m -> count(m, entity, false))
                    .tag("entity", entity).description("rows in the database for an indexed entity").register(registry);
        }
        Gauge.builder("talent.index.size", maintenance, IndexMaintenance::sizeInBytes).baseUnit("bytes")
                .description("size of the search index (Lucene folder, or OpenSearch primary shards)").register(registry);
        Gauge.builder("talent.index.pending", maintenance, m -> (double) m.pendingOutboxEvents())
                .description("changes committed but not yet indexed (OpenSearch outbox)").register(registry);
    }

    private static double count(IndexMaintenance maintenance, String entity, boolean index) {
        return maintenance.counts().stream().filter(c -> c.entity().equals(entity)).findFirst()
                .map(c -> (double) (index ? c.indexDocuments() : c.databaseRows())).orElse(Double.NaN);
    }
}
