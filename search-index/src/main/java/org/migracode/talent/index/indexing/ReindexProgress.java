package org.migracode.talent.index.indexing;

import java.time.Duration;
import java.util.Locale;

/**
 * A snapshot of a running or finished reindex.
 *
 * @param done documents written to the index so far
 * @param total documents to write (0 while still counting)
 * @param elapsed time since the reindex started
 */
public record ReindexProgress(long done, long total, Duration elapsed) {

    static ReindexProgress of(long done, long total, Duration elapsed) {
        return new ReindexProgress(done, total, elapsed);
    }

    public double documentsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : done / seconds;
    }

    public double percentDone() {
        return total <= 0 ? 0 : Math.min(100.0, 100.0 * done / total);
    }

    /** Estimated time left at the current rate; zero when done or when the rate is unknown. */
    public Duration estimatedTimeLeft() {
        double rate = documentsPerSecond();
        if (rate <= 0 || done >= total) {
            return Duration.ZERO;
        }
        return Duration.ofMillis((long) ((total - done) / rate * 1000));
    }

    public String describe() {
        return String.format(Locale.ROOT, "%d/%d documents (%.1f%%), %.0f documents/s, ETA %ds",
                done, total, percentDone(), documentsPerSecond(), estimatedTimeLeft().toSeconds());
    }
}
