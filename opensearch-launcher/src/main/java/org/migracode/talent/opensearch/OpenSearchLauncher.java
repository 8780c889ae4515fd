package org.migracode.talent.opensearch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Runs a real OpenSearch cluster of {@code --nodes N} nodes on loopback, in this JVM, until its
 * standard input closes. Tests start it as a child process (it brings its own Lucene) and talk
 * to it through standard streams:
 * <ul>
 *   <li>it prints {@code READY http://127.0.0.1:P1,http://127.0.0.1:P2,...} once the cluster is
 *       at least yellow;</li>
 *   <li>{@code stop I} stops node I (0-based) and answers {@code STOPPED I};</li>
 *   <li>{@code quit}, or the end of its input (the parent died), closes every node and exits.</li>
 * </ul>
 *
 * <p>Made for a small shared machine: no memory-mapped store (a low {@code vm.max_map_count} is
 * fine), no disk watermarks, no security plugin (OpenSearch Runner does not load it), loopback only.
 *
 * <p>Usage: {@code OpenSearchLauncher --nodes N --dir DIR [--cluster NAME]}
 */
public final class OpenSearchLauncher {

    private OpenSearchLauncher() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = 1;
        Path dir = null;
        String cluster = "talent-test";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--nodes" -> nodes = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--cluster" -> cluster = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (dir == null) {
            dir = Files.createTempDirectory("opensearch-");
        }
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        int[] http = freePorts(nodes);
        int[] transport = freePorts(nodes);
        List<String> seeds = IntStream.of(transport).mapToObj(p -> "127.0.0.1:" + p).toList();
        List<String> names = IntStream.range(0, nodes).mapToObj(i -> "node-" + i).toList();
        int count = nodes;
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.onBuild((number, settings) -> {
            int index = number - 1; // the runner numbers nodes from 1
            settings.put("node.name", names.get(index));
            settings.put("http.port", String.valueOf(http[index]));
            settings.put("transport.port", String.valueOf(transport[index]));
            settings.put("network.host", "127.0.0.1");
            settings.put("node.store.allow_mmap", false);
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
            settings.put("action.auto_create_index", false);
            if (count == 1) {
                settings.put("discovery.type", "single-node");
            } else {
                settings.putList("discovery.seed_hosts", seeds);
                settings.putList("cluster.initial_cluster_manager_nodes", names);
            }
        }).build(OpenSearchRunner.newConfigs()
                .basePath(dir.toAbsolutePath().toString())
                .clusterName(cluster)
                .numOfNode(nodes)
                .disableESLogger());
        runner.ensureYellow();
        out.println("READY " + IntStream.of(http).mapToObj(p -> "http://127.0.0.1:" + p).collect(Collectors.joining(",")));

        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.strip().toLowerCase(Locale.ROOT);
            if (command.equals("quit")) {
                break;
            }
            if (command.startsWith("stop ")) {
                int node = Integer.parseInt(command.substring(5).strip());
                runner.getNode(node).close();
                out.println("STOPPED " + node);
            }
        }
        try {
            runner.close();
        } catch (IOException | RuntimeException e) {
            // closing a node that was stopped already may complain; the process ends anyway
        }
        System.exit(0);
    }

    private static int[] freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
    }
}
