package org.migracode.talent.portal.system;

import io.micrometer.core.instrument.Gauge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.migracode.talent.index.config.StorageProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.migracode.talent.index.indexing.IndexCounts;
import org.migracode.talent.index.indexing.IndexMaintenance;
import org.springframework.stereotype.Component;

/**
 * Gauges {@code talent.index.documents} and {@code talent.database.rows} per indexed entity, and
 * {@code talent.index.size} (bytes of the local Lucene index folder). The match latency timer
 * ({@code talent.match.latency}) is registered by the matcher itself.
 */
@Component
class IndexMetrics implements MeterBinder {

    private final IndexMaintenance maintenance;
    private final Path indexDirectory;

    IndexMetrics(IndexMaintenance maintenance, StorageProperties storage) {
        this.maintenance = maintenance;
        this.indexDirectory = storage.dataDir().resolve("index");
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String entity : new String[] {"GraduateProfile", "Listing"}) {
            Gauge.builder("talent.index.documents", maintenance, m -> count(m, entity, true))
                    .tag("entity", entity).description("documents in the search index").register(registry);
            Gauge.builder("talent.database.rows", maintenance, m -> count(m, entity, false))
                    .tag("entity", entity).description("rows in the database for an indexed entity").register(registry);
        }
        Gauge.builder("talent.index.size", indexDirectory, IndexMetrics::bytes).baseUnit("bytes")
                .description("size of the local Lucene index folder").register(registry);
    }

    private static double bytes(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException | UncheckedIOException e) {
            return Double.NaN;
        }
    }

    private static double count(IndexMaintenance maintenance, String entity, boolean index) {
        return maintenance.counts().stream().filter(c -> c.entity().equals(entity)).findFirst()
                .map(c -> (double) (index ? c.indexDocuments() : c.databaseRows())).orElse(Double.NaN);
    }
}
