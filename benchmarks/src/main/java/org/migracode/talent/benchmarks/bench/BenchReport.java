package org.migracode.talent.benchmarks.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import org.migracode.talent.benchmarks.bench.LatencySamples.Summary;

/**
 * What one run measured, printed as a table and a final JSON line.
 *
 * @param profiles graduate profiles generated
 * @param queries timed queries per path
 * @param writeRowsPerSecond database rows the demo writer inserted per second (all tables)
 * @param writeProfilesPerSecond graduate profiles the demo writer inserted per second
 * @param reindexPerSecond graduate profiles per second of wall time of {@code IndexMaintenance.reindex()}
 * @param reindexDocumentsPerSecond all documents (graduates and listings) per second, as the mass indexer reports
 * @param baselineBuildSeconds time to build the baseline's side table and GIN index
 * @param paths latency summaries by path name, in table order
 * @param considered mean number of candidates stage 2 re-scored, by path name
 * @param matcher the path reported as {@code matcher}
 * @param baseline the path reported as {@code postgresFts} (the better of the two rank functions at p50)
 * @param plain the matcher without explanations
 * @param loadAverage the machine's 1-minute load average before and after the timed queries
 * @param edits edit → searchable latencies (null when not measured)
 * @param writeRate edits per second of {@code edits}
 * @param http HTTP matches against the in-process call (null when not measured)
 * @param reindexCpuMsPerProfile CPU time of the benchmark's JVM during the reindex, per profile
 * @param vectors where the embedding channel's vectors came from ({@code --vectors})
 * @param footprint heap, index and database size after the timed queries
 */
record BenchReport(int profiles, int queries, double writeRowsPerSecond, double writeProfilesPerSecond,
        double reindexPerSecond, double reindexDocumentsPerSecond, double baselineBuildSeconds,
        Map<String, Summary> paths, Map<String, Double> considered, String matcher, String baseline, String plain,
        String loadAverage, Summary edits, int writeRate, HttpOverhead.Result http, double reindexCpuMsPerProfile,
        String vectors, Footprint footprint) {

    double ratioP50() {
        return paths.get(baseline).p50Ms() / paths.get(matcher).p50Ms();
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "%nprofiles %,d   timed queries per path %,d%n", profiles, queries);
        out.printf(Locale.ROOT, "embedding vectors   %s%n", vectors);
        out.printf(Locale.ROOT, "demo data write     %,12.0f rows/s  (%,.0f profiles/s)%n", writeRowsPerSecond, writeProfilesPerSecond);
        out.printf(Locale.ROOT, "reindex             %,12.0f profiles/s  (%,.0f documents/s incl. listings, mass indexer)%n",
                reindexPerSecond, reindexDocumentsPerSecond);
        out.printf(Locale.ROOT, "reindex JVM CPU      %11.2f ms per profile (PostgreSQL's CPU not included)%n", reindexCpuMsPerProfile);
        out.printf(Locale.ROOT, "baseline side table %,12.1f s (tsvector + GIN index)%n", baselineBuildSeconds);
        out.printf(Locale.ROOT, "heap used after GC  %,12d MB of %,d MB max; Lucene index on disk %,d MB; database %,d MB%n%n",
                footprint.heapUsedBytes() >> 20, footprint.heapMaxBytes() >> 20, footprint.indexBytes() >> 20,
                footprint.databaseBytes() >> 20);
        out.printf(Locale.ROOT, "%-40s %9s %9s %9s %9s %11s%n", "path (top 20 of rerank depth)", "p50 ms", "p95 ms", "p99 ms", "max ms",
                "candidates");
        paths.forEach((name, s) -> out.printf(Locale.ROOT, "%-40s %9.2f %9.2f %9.2f %9.2f %11.1f%n", name, s.p50Ms(), s.p95Ms(),
                s.p99Ms(), s.maxMs(), considered.get(name)));
        Summary m = paths.get(matcher);
        Summary p = paths.get(plain);
        out.printf(Locale.ROOT, "%nexplanation cost (matcher / plain top-20): p50 %.2fx, p95 %.2fx, p99 %.2fx%n",
                m.p50Ms() / p.p50Ms(), m.p95Ms() / p.p95Ms(), m.p99Ms() / p.p99Ms());
        out.printf(Locale.ROOT, "baseline = %s; baseline p50 / matcher p50 = %.1fx%n", baseline, ratioP50());
        out.printf(Locale.ROOT, "cores %d, 1-minute load average during timing %s%n", Runtime.getRuntime().availableProcessors(),
                loadAverage);
        if (edits != null) {
            out.printf(Locale.ROOT, "edit -> searchable at %d writes/s (half profiles, half listings): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    writeRate, edits.p50Ms(), edits.p95Ms(), edits.p99Ms(), edits.maxMs());
        } else {
            out.println("edit -> searchable: not measured (--writes 0)");
        }
        if (http != null && !http.measured()) {
            out.println("HTTP matches vs in-process: failed: " + http.failure());
        } else if (http != null) {
            out.printf(Locale.ROOT, "GET /api/v1/listings/{id}/matches?k=20 p50 %.2f ms (p99 %.2f) vs in-process p50 %.2f ms (p99 %.2f)"
                    + " over %d listings: p50 overhead %.2f ms%n", http.http().p50Ms(), http.http().p99Ms(), http.inProcess().p50Ms(),
                    http.inProcess().p99Ms(), http.listings(), http.overheadP50Ms());
        } else {
            out.println("HTTP matches vs in-process: not measured (give --http employer-portal/target/migracode-talent.jar)");
        }
        out.println(json());
    }

    String json() {
        boolean measured = http != null && http.measured();
        return String.format(Locale.ROOT, "{\"profiles\": %d, \"queries\": %d, \"reindexPerSecond\": %.1f, \"matcher\": %s, "
                + "\"postgresFts\": %s, \"ratioP50\": %.2f, \"editToSearchable\": %s, \"writeRate\": %d, "
                + "\"httpMatches\": %s, \"inProcessMatches\": %s, \"httpOverheadP50Ms\": %s, \"reindexCpuMsPerProfile\": %.3f, "
                + "\"vectors\": \"%s\", \"heapUsedMb\": %d, \"indexMb\": %d, \"databaseMb\": %d}", profiles, queries, reindexPerSecond,
                json(paths.get(matcher)), json(paths.get(baseline)), ratioP50(), edits == null ? "null" : json(edits), writeRate,
                measured ? json(http.http()) : "null", measured ? json(http.inProcess()) : "null",
                measured ? String.format(Locale.ROOT, "%.3f", http.overheadP50Ms()) : "null", reindexCpuMsPerProfile,
                vectors.substring(0, vectors.indexOf(' ') < 0 ? vectors.length() : vectors.indexOf(' ')), footprint.heapUsedBytes() >> 20,
                footprint.indexBytes() >> 20, footprint.databaseBytes() >> 20);
    }

    private static String json(Summary s) {
        return String.format(Locale.ROOT, "{\"p50Ms\": %.3f, \"p95Ms\": %.3f, \"p99Ms\": %.3f, \"maxMs\": %.3f}",
                s.p50Ms(), s.p95Ms(), s.p99Ms(), s.maxMs());
    }
}
