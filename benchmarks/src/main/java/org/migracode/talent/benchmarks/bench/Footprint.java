package org.migracode.talent.benchmarks.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Memory and disk of a run, taken after the timed queries with everything written and indexed:
 * the bench JVM's heap in use after a full collection (the index's readers, caches and the
 * Spring context; not the embedded PostgreSQL, which is its own processes), its maximum, the
 * Lucene index folder's size on disk and the database's ({@code pg_database_size}).
 */
record Footprint(long heapUsedBytes, long heapMaxBytes, long indexBytes, long databaseBytes) {

    static Footprint measure(Path dataDir, JdbcTemplate jdbc) {
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        Long database = jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
        return new Footprint(heap.getUsed(), heap.getMax(), folderBytes(dataDir.resolve("index")), database == null ? -1 : database);
    }

    static long folderBytes(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // a segment file merged away while walking
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }
}
