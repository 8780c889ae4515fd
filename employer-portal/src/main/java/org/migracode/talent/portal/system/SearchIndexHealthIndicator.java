package org.migracode.talent.portal.system;

import java.util.List;
import org.migracode.talent.index.indexing.IndexCounts;
import org.migracode.talent.index.indexing.IndexMaintenance;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code searchIndex} health: UP when the index answers and holds as many documents as the
 * database has rows for every indexed entity, or while changes wait in the outbox (OpenSearch
 * backend: other instances may be indexing them); OUT_OF_SERVICE while a reindex runs; DOWN otherwise.
 */
@Component("searchIndex")
class SearchIndexHealthIndicator extends AbstractHealthIndicator {

    private final IndexMaintenance maintenance;

    SearchIndexHealthIndicator(IndexMaintenance maintenance) {
        super("Search index check failed");
        this.maintenance = maintenance;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        var running = maintenance.runningReindex();
        List<IndexCounts> counts = maintenance.counts();
        boolean inSync = counts.stream().allMatch(IndexCounts::inSync);
        if (running.isPresent()) {
            // a rebuild replaces documents in place: over a complete index, searches answer as before, so
            // the instance stays in the load balancer; over an empty or partial one (first start) it does not
            (inSync ? builder.up() : builder.outOfService()).withDetail("reindex", running.get().describe())
                    .withDetail("counts", counts);
            return;
        }
        long pending = maintenance.pendingOutboxEvents();
        // on OpenSearch, changes waiting in the outbox are being indexed: counts may differ meanwhile
        (inSync || pending > 0 ? builder.up() : builder.down()).withDetail("counts", counts)
                .withDetail("backend", maintenance.backend().name().toLowerCase(java.util.Locale.ROOT))
                .withDetail("pendingChanges", pending);
    }
}
