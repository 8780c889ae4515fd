package org.migracode.talent.benchmarks.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migracode.talent.benchmarks.bench.LatencySamples.Summary;

class HttpOverheadTests {

    @Test
    void thePortalChildGetsTheBenchsHeapNotAFixedGigabyte() {
        assertThat(HttpOverhead.childHeapMb(8L * 1024 * 1024 * 1024)).isEqualTo(8192);
        assertThat(HttpOverhead.childHeapMb(512L * 1024 * 1024)).isEqualTo(1024);
    }

    @Test
    void aFailedHttpRowIsReportedAndTheRestOfTheTableStillPrinted(@TempDir Path dir) throws IOException {
        Path log = Files.writeString(dir.resolve("portal.log"), "one\ntwo\nthree\n");
        HttpOverhead.Result failed = HttpOverhead.Result.failed("request timed out; the portal's log ended with: "
                + HttpOverhead.tail(log, 2));
        String printed = print(report(failed));

        assertThat(printed).contains("matcher: two-stage").contains("baseline p50 / matcher p50")
                .contains("HTTP matches vs in-process: failed: request timed out; the portal's log ended with: two | three")
                .contains("\"httpMatches\": null").contains("\"httpOverheadP50Ms\": null");
    }

    @Test
    void aMeasuredHttpRowPrintsItsOverhead() {
        Summary http = new Summary(14, 20, 30, 40);
        Summary inProcess = new Summary(10, 12, 15, 20);
        String printed = print(report(new HttpOverhead.Result(http, inProcess, 3, null)));

        assertThat(printed).contains("p50 overhead 4.00 ms").contains("\"httpOverheadP50Ms\": 4.000");
    }

    private static BenchReport report(HttpOverhead.Result http) {
        Summary s = new Summary(10, 12, 15, 20);
        Map<String, Summary> paths = new LinkedHashMap<>();
        paths.put("matcher: two-stage, explained", s);
        paths.put("matcher: stage 1 + quick scores only", s);
        paths.put("postgres fts: ts_rank + stage 2", new Summary(50, 60, 70, 80));
        Map<String, Double> considered = new LinkedHashMap<>();
        paths.keySet().forEach(p -> considered.put(p, 300.0));
        return new BenchReport(1000, 20, 100, 10, 1000, 1000, 1, paths, considered, "matcher: two-stage, explained",
                "postgres fts: ts_rank + stage 2", "matcher: stage 1 + quick scores only", "1.0 -> 1.0", null, 20, http, 0.5,
                "synthetic (hashed words)", new Footprint(1 << 20, 1 << 30, 1 << 20, 1 << 20));
    }

    private static String print(BenchReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
