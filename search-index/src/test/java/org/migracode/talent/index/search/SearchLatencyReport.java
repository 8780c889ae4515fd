package org.migracode.talent.index.search;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.migracode.talent.index.demo.DemoDataGenerator;
import org.migracode.talent.index.demo.DemoDataWriter;
import org.migracode.talent.index.demo.DemoSizes;
import org.migracode.talent.index.indexing.IndexMaintenance;
import org.migracode.talent.index.testing.IndexTestBase;
import org.migracode.talent.index.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Prints (never asserts) recruiter-search latency and result counts on the default demo data
 * (seed 20261129, 300 graduates): each query 30 times to warm up, then 200 times measured.
 * Run on demand, it is not part of the suite:
 * {@code ./mvnw -B -o -q -pl search-index -am test -Dtest=SearchLatencyReport -Dtalent.search.latency=true -Dsurefire.failIfNoSpecifiedTests=false}
 * and read {@code search-index/target/surefire-reports/*SearchLatencyReport-output.txt}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "talent.search.latency", matches = "true")
class SearchLatencyReport extends IndexTestBase {

    static final List<String> QUERIES = List.of("developer", "programador", "desarrolladora", "desenvolupador", "frontend",
            "javascript", "javscript", "react", "reakt", "JS", "java", "go", "Desarrollador/a React", "React Native",
            "interfaces accesibles", "interfacse", "bakery", "zzzz");

    @Autowired
    GraduateSearch search;

    @Autowired
    IndexMaintenance maintenance;

    @Test
    void printLatencyOnDemoData() {
        resetData();
        new DemoDataWriter(dataSource, p -> "{noop}" + p)
                .writeAll(new DemoDataGenerator(20261129, new DemoSizes(6, 300, 40, 120), LocalDate.of(2026, 11, 29)));
        maintenance.reindex();
        System.out.println("SEARCH-LATENCY query | results (recruiter) | median ms | p95 ms");
        long[] all = new long[0];
        for (String q : QUERIES) {
            GraduateQuery query = GraduateQuery.builder().text(q).viewerMayOnlySeeConsenting(true).build();
            long total = search.search(query).total();
            for (int i = 0; i < 30; i++) {
                search.search(query);
            }
            long[] nanos = new long[200];
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                search.search(query);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            all = concat(all, nanos);
            System.out.printf("SEARCH-LATENCY %s | %d | %.2f | %.2f%n", q, total, nanos[nanos.length / 2] / 1e6,
                    nanos[(int) (nanos.length * 0.95)] / 1e6);
        }
        Arrays.sort(all);
        System.out.printf("SEARCH-LATENCY all | - | %.2f | %.2f%n", all[all.length / 2] / 1e6, all[(int) (all.length * 0.95)] / 1e6);
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
