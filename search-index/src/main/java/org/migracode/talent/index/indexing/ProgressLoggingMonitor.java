package org.migracode.talent.index.indexing;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs mass-indexing progress as documents per second, percentage done and time left, at most
 * once every {@code interval}; also exposes the figures for the health indicator.
 */
final class ProgressLoggingMonitor implements MassIndexingMonitor {

    private static final Logger log = LoggerFactory.getLogger(ProgressLoggingMonitor.class);

    private final AtomicLong total = new AtomicLong();
    private final AtomicLong added = new AtomicLong();
    private final long startNanos = System.nanoTime();
    private final long intervalNanos;
    private final AtomicLong lastLogNanos = new AtomicLong(System.nanoTime());

    ProgressLoggingMonitor(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public void addToTotalCount(long increment) {
        total.addAndGet(increment);
    }

    @Override
    public void documentsAdded(long increment) {
        long done = added.addAndGet(increment);
        long now = System.nanoTime();
        long last = lastLogNanos.get();
        if (now - last >= intervalNanos && lastLogNanos.compareAndSet(last, now)) {
            log.info("Reindexing: {}", progress(done, now).describe());
        }
    }

    @Override
    public void documentsBuilt(long increment) {
        // documentsAdded is the figure that counts: a built document is not yet in the index
    }

    @Override
    public void entitiesLoaded(long increment) {
        // see documentsBuilt
    }

    @Override
    public void indexingCompleted() {
        log.info("Reindexing complete: {}", progress(added.get(), System.nanoTime()).describe());
    }

    ReindexProgress progress() {
        return progress(added.get(), System.nanoTime());
    }

    private ReindexProgress progress(long done, long now) {
        return ReindexProgress.of(done, total.get(), Duration.ofNanos(now - startNanos));
    }
}
