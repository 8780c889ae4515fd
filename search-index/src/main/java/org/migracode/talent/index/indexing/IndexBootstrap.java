package org.migracode.talent.index.indexing;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
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
    private static final java.time.Duration OUTBOX_WAIT = java.time.Duration.ofSeconds(30);

    private final IndexMaintenance maintenance;
    private final IndexProperties properties;
    private final ObjectProvider<ApplicationArguments> arguments;

    IndexBootstrap(IndexMaintenance maintenance, IndexProperties properties, ObjectProvider<ApplicationArguments> arguments) {
        this.maintenance = maintenance;
        this.properties = properties;
        this.arguments = arguments;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onApplicationReady() {
        maintenance.applyReplicaSetting();
        Optional<String> reason = reasonToReindex();
        if (reason.isEmpty()) {
            log.info("Search index is up to date with the database");
            return;
        }
        log.info("Rebuilding the search index: {}", reason.get());
        if (properties.reindexInBackground()) {
            maintenance.startReindexInBackground();
        } else {
            maintenance.reindex();
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
        if (!maintenance.hasFingerprint()) {
            return Optional.of("no record of an earlier complete reindex");
        }
        if (!maintenance.fingerprintIsCurrent()) {
            return Optional.of("the index mapping, analysis or taxonomy changed since the last reindex");
        }
        // on OpenSearch other instances may be indexing right now: compare counts once the outbox is worked off
        if (!maintenance.awaitIndexingCaughtUp(OUTBOX_WAIT)) {
            log.info("Not comparing index and database counts: {} changes are still waiting in the outbox",
                    maintenance.pendingOutboxEvents());
            return Optional.empty();
        }
        return maintenance.counts().stream().filter(c -> !c.inSync()).findFirst()
                .map(c -> c.entity() + " has " + c.databaseRows() + " rows but " + c.indexDocuments() + " index documents");
    }
}
