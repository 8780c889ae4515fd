package org.migracode.talent.portal.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.migracode.talent.index.indexing.IndexCounts;
import org.migracode.talent.index.indexing.IndexMaintenance;
import org.springframework.stereotype.Component;

/** Gauges {@code talent.index.documents} and {@code talent.database.rows} per indexed entity. */
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
    }

    private static double count(IndexMaintenance maintenance, String entity, boolean index) {
        return maintenance.counts().stream().filter(c -> c.entity().equals(entity)).findFirst()
                .map(c -> (double) (index ? c.indexDocuments() : c.databaseRows())).orElse(Double.NaN);
    }
}
