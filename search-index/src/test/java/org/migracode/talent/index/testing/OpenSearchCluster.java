package org.migracode.talent.index.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real OpenSearch 2.19 cluster on loopback, run by the {@code opensearch-launcher} module's main
 * class in a child JVM (OpenSearch brings its own Lucene, which must not meet the application's).
 * The child's classpath is the file that module's build writes ({@code target/launcher.classpath});
 * the child exits when this JVM closes its standard input, so a crashed test run leaves no node.
 *
 * <p>{@link #shared()} is one single-node cluster per test JVM (about 20 s to start on two
 * cores); tests isolate themselves with an index prefix ({@link OpenSearchTestContexts}).
 */
public final class OpenSearchCluster implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static OpenSearchCluster shared;
    /** Numbers the clusters of this JVM: the shared one and a test's own may run side by side (SecondLane). */
    private static final AtomicInteger CLUSTERS = new AtomicInteger();

    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private final List<String> uris;

    private OpenSearchCluster(int nodes, Path dir) throws IOException, InterruptedException {
        Path launcher = launcherDir();
        Path classpathFile = launcher.resolve("launcher.classpath");
        if (!Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException("No " + classpathFile + ": build the opensearch-launcher module first "
                    + "(./mvnw -pl search-index -am verify does)");
        }
        String classpath = launcher.resolve("classes") + java.io.File.pathSeparator + Files.readString(classpathFile).strip();
        Path log = dir.resolve("launcher.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + (128 * nodes) + "m", "-Xmx" + (384 * nodes) + "m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + dir, "-cp", classpath,
                "org.migracode.talent.opensearch.OpenSearchLauncher",
                "--nodes", String.valueOf(nodes), "--dir", dir.resolve("cluster").toString(),
                "--cluster", "talent-test-" + ProcessHandle.current().pid() + "-" + CLUSTERS.incrementAndGet()));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> pump(log), "opensearch-launcher-output");
        reader.setDaemon(true);
        reader.start();
        String ready = replies.poll(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (ready == null || !ready.startsWith("READY ")) {
            process.destroyForcibly();
            throw new IllegalStateException("OpenSearch did not start within " + START_TIMEOUT + " (got " + ready + "); see " + log);
        }
        uris = List.of(ready.substring("READY ".length()).strip().split(","));
    }

    /** Starts a cluster of {@code nodes} nodes; close it when done. */
    public static OpenSearchCluster start(int nodes) {
        try {
            Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "opensearch-" + nodes + "n-");
            return new OpenSearchCluster(nodes, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One single-node cluster for every test of this JVM, stopped when the JVM exits. */
    public static synchronized OpenSearchCluster shared() {
        if (shared == null) {
            shared = start(1);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** The nodes' HTTP addresses, e.g. {@code http://127.0.0.1:40123}. */
    public List<String> uris() {
        return uris;
    }

    /** Stops node {@code index} (0-based) and waits until it is down. */
    public void stopNode(int index) {
        try {
            commands.write("stop " + index + "\n");
            commands.flush();
            String reply = replies.poll(2, TimeUnit.MINUTES);
            if (!("STOPPED " + index).equals(reply)) {
                throw new IllegalStateException("node " + index + " did not stop: " + reply);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            commands.write("quit\n");
            commands.close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void pump(Path log) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer out = Files.newBufferedWriter(log)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.write(line);
                out.write('\n');
                out.flush();
                if (line.startsWith("READY ") || line.startsWith("STOPPED ")) {
                    replies.add(line);
                }
            }
        } catch (IOException ignored) {
            // the child ended
        }
        replies.add("EXITED " + (process.isAlive() ? "?" : process.exitValue()));
    }

    private static Path launcherDir() {
        String configured = System.getProperty("talent.opensearch.launcher-dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.dir")).resolve("../opensearch-launcher/target").normalize();
    }
}
