package org.migracode.talent.index.indexing;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings the index in step with the database when the application starts: rebuilds it when it
 * was built by another mapping (see {@link MappingFingerprint}), when it is empty or behind the
 * database (a deleted index folder, a {@code kill -9} between commit and index write), or when the
 * {@code --reindex} flag is given. The fingerprint of the last complete rebuild is kept in the
 * database, so every instance sharing a database agrees on it.
 */
@Component
class IndexBootstrap {

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);
    private static final String STATE_KEY = "main";

    private final IndexMaintenance maintenance;
    private final IndexProperties properties;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<ApplicationArguments> arguments;
    private final ObjectProvider<IndexFingerprintContributor> contributors;

    IndexBootstrap(IndexMaintenance maintenance, IndexProperties properties, JdbcTemplate jdbc,
            ObjectProvider<ApplicationArguments> arguments, ObjectProvider<IndexFingerprintContributor> contributors) {
        this.maintenance = maintenance;
        this.properties = properties;
        this.jdbc = jdbc;
        this.arguments = arguments;
        this.contributors = contributors;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onApplicationReady() {
        Optional<String> reason = reasonToReindex();
        if (reason.isEmpty()) {
            log.info("Search index is up to date with the database");
            return;
        }
        log.info("Rebuilding the search index: {}", reason.get());
        if (properties.reindexInBackground()) {
            Thread thread = new Thread(this::reindexAndRecord, "index-bootstrap");
            thread.setDaemon(true);
            thread.start();
        } else {
            reindexAndRecord();
        }
    }

    /** Why the index must be rebuilt now, or empty when it need not be. */
    Optional<String> reasonToReindex() {
        ApplicationArguments args = arguments.getIfAvailable();
        if (args != null && args.containsOption("reindex")) {
            return Optional.of("--reindex was given");
        }
        switch (properties.reindexOnStart()) {
            case NEVER:
                return Optional.empty();
            case ALWAYS:
                return Optional.of("talent.index.reindex-on-start=ALWAYS");
            default:
                break;
        }
        String stored = storedFingerprint();
        if (stored == null) {
            return Optional.of("no record of an earlier complete reindex");
        }
        if (!stored.equals(currentFingerprint())) {
            return Optional.of("the index mapping or analysis changed since the last reindex");
        }
        List<IndexCounts> counts = maintenance.counts();
        return counts.stream().filter(c -> !c.inSync()).findFirst()
                .map(c -> c.entity() + " has " + c.databaseRows() + " rows but " + c.indexDocuments() + " index documents");
    }

    void reindexAndRecord() {
        try {
            ReindexProgress done = maintenance.reindex();
            recordFingerprint(currentFingerprint());
            log.info("Search index rebuilt: {} documents in {} ms", done.done(), done.elapsed().toMillis());
        } catch (RuntimeException e) {
            log.error("Rebuilding the search index failed; searches may miss records until a reindex succeeds"
                    + " (POST /api/v1/admin/reindex or restart with --reindex): {}", e.getMessage(), e);
        }
    }

    String currentFingerprint() {
        StringBuilder extra = new StringBuilder();
        contributors.orderedStream().forEach(c -> extra.append(c.fingerprintPart()).append('\n'));
        return MappingFingerprint.of(maintenance.mapping(), extra.toString());
    }

    private String storedFingerprint() {
        List<String> rows = jdbc.queryForList("select fingerprint from search_index_state where id = ?", String.class, STATE_KEY);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private void recordFingerprint(String fingerprint) {
        jdbc.update("""
                insert into search_index_state (id, fingerprint, reindexed_at) values (?, ?, now())
                on conflict (id) do update set fingerprint = excluded.fingerprint, reindexed_at = excluded.reindexed_at""",
                STATE_KEY, fingerprint);
    }
}
