package org.migracode.talent.benchmarks.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.migracode.talent.benchmarks.load.PortalSession;
import org.migracode.talent.index.matching.MatchService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "HTTP {@code /api/v1/listings/{id}/matches} vs the in-process call": starts the portal jar as a
 * child JVM on the benchmark's own database (a free loopback port, its own index folder rebuilt
 * at start, demo generation off), signs in as the demo recruiter, and times, interleaved in one
 * shuffled order, {@code GET /api/v1/listings/{id}/matches?k=20} against
 * {@code MatchService.candidatesForListing(id, 20)} in this JVM, on the recruiter's listings. The
 * overhead is the difference of the two medians: servlet stack, security, the portal's
 * visibility rules, JSON and loopback HTTP. Both sides run the same code on the same rows, but in
 * two JVMs (each warmed up first), so the figure also carries the two JVMs' differences.
 */
final class HttpOverhead {

    /** Set as the demo recruiter's password for this run only ({@code {noop}}: the bench database is thrown away). */
    private static final String PASSWORD = "bench-http-only";

    /**
     * The two sides' latencies, or (both null) why the row could not be measured: the rest of
     * the run's table is still printed (a 1,000,000-profile run lost its whole table when the
     * portal's first request timed out).
     */
    record Result(LatencySamples.Summary http, LatencySamples.Summary inProcess, int listings, String failure) {
        static Result failed(String why) {
            return new Result(null, null, 0, why);
        }

        boolean measured() {
            return failure == null;
        }

        double overheadP50Ms() {
            return http.p50Ms() - inProcess.p50Ms();
        }
    }

    private HttpOverhead() {
    }

    static Result measure(Path portalJar, Path dataDir, DataSource dataSource, MatchService matchService, int calls,
            long seed, Consumer<String> progress) throws IOException, InterruptedException {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("update user_account set password_hash = ? where username = 'recruiter'", "{noop}" + PASSWORD);
        List<UUID> listings = jdbc.queryForList("""
                select l.id from listing l join user_account a on a.company_id = l.company_id
                where a.username = 'recruiter' order by l.id""", UUID.class);
        if (listings.isEmpty()) {
            throw new IllegalStateException("the demo recruiter has no listings");
        }
        HikariDataSource hikari = (HikariDataSource) dataSource;
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path portalDir = Files.createDirectories(dataDir.resolve("portal"));
        Path log = portalDir.resolve("portal.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx" + childHeapMb(Runtime.getRuntime().maxMemory()) + "m", "-jar", portalJar.toAbsolutePath().toString(),
                "--server.address=127.0.0.1", "--server.port=" + port,
                "--spring.datasource.url=" + hikari.getJdbcUrl(),
                "--spring.datasource.username=" + hikari.getUsername(),
                "--spring.datasource.password=" + (hikari.getPassword() == null ? "" : hikari.getPassword()),
                "--talent.storage.data-dir=" + portalDir, "--talent.demo.enabled=false",
                "--talent.index.reindex-on-start=ALWAYS", "--talent.index.reindex-in-background=false",
                "--logging.level.root=WARN");
        progress.accept("starting the portal on port " + port + " (log " + log + "); it rebuilds its own index first");
        Process portal = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            URI base = URI.create("http://127.0.0.1:" + port);
            awaitHealthy(base, portal, log);
            PortalSession session = PortalSession.signIn(base, "recruiter", PASSWORD);
            // The in-process side is warm from the timed queries before; the child JVM is cold. 20 calls left the
            // portal's request path interpreted or at C1 (its first hundreds of requests run several times slower),
            // which the difference of medians then counted as HTTP overhead: warm both sides alike.
            int warmups = Math.max(300, calls);
            progress.accept("warming up: " + warmups + " untimed calls per side");
            for (int i = 0; i < warmups; i++) {
                UUID id = listings.get(i % listings.size());
                http(session, id);
                matchService.candidatesForListing(id, BenchCommand.TOP_K);
            }
            List<int[]> order = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                order.add(new int[] {i, 0});
                order.add(new int[] {i, 1});
            }
            Collections.shuffle(order, new Random(seed));
            LatencySamples overHttp = new LatencySamples();
            LatencySamples inProcess = new LatencySamples();
            progress.accept("timing " + calls + " calls per side, interleaved");
            for (int[] task : order) {
                UUID id = listings.get(task[0] % listings.size());
                long start = System.nanoTime();
                if (task[1] == 0) {
                    http(session, id);
                    overHttp.add(System.nanoTime() - start);
                } else {
                    matchService.candidatesForListing(id, BenchCommand.TOP_K).orElseThrow();
                    inProcess.add(System.nanoTime() - start);
                }
            }
            return new Result(overHttp.summary(), inProcess.summary(), listings.size(), null);
        } catch (IOException e) {
            return Result.failed(e + "; the portal's log ended with: " + tail(log, 5));
        } finally {
            portal.destroy();
            if (!portal.waitFor(30, TimeUnit.SECONDS)) {
                portal.destroyForcibly();
            }
        }
    }

    private static void http(PortalSession session, UUID listing) throws IOException, InterruptedException {
        HttpResponse<String> response = session.get("/api/v1/listings/" + listing + "/matches?k=" + BenchCommand.TOP_K);
        if (response.statusCode() != 200) {
            throw new IOException("GET matches of " + listing + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }

    /** The last {@code lines} lines of {@code log}, one line, for a failure message (the run's folder is deleted after it). */
    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join(" | ", all.subList(Math.max(0, all.size() - lines), all.size())).strip();
        } catch (IOException | RuntimeException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /** Health answers 200 only when the index is in step with the database, i.e. after the start-up rebuild. */
    private static void awaitHealthy(URI base, Process portal, Path log) throws IOException, InterruptedException {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!portal.isAlive()) {
                throw new IOException("the portal exited with " + portal.exitValue() + "; see " + log);
            }
            try {
                var response = client.send(java.net.http.HttpRequest.newBuilder(base.resolve("/actuator/health")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IOException("the portal did not become healthy in 30 minutes; see " + log);
    }

    /**
     * The portal child's heap: the bench's own maximum, at least 1 GB. A fixed 1 GB ran out at
     * 1,000,000 profiles (the in-memory vectors alone are ~400 MB there, plus the rebuild's batches).
     */
    static long childHeapMb(long benchMaxHeapBytes) {
        return Math.max(1024, benchMaxHeapBytes / (1024 * 1024));
    }
}
