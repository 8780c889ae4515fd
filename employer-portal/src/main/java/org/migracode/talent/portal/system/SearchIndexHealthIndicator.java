package org.migracode.talent.portal.system;

import java.util.List;
import org.migracode.talent.index.indexing.IndexCounts;
import org.migracode.talent.index.indexing.IndexMaintenance;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code searchIndex} health: UP when the index answers and holds as many documents as the
 * database has rows for every indexed entity; OUT_OF_SERVICE while a reindex runs; DOWN otherwise.
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
        if (running.isPresent()) {
            builder.outOfService().withDetail("reindex", running.get().describe());
            return;
        }
        List<IndexCounts> counts = maintenance.counts();
        boolean inSync = counts.stream().allMatch(IndexCounts::inSync);
        (inSync ? builder.up() : builder.down()).withDetail("counts", counts);
    }
}
