package org.migracode.talent.benchmarks.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code load --base http://127.0.0.1:8094 --threads 8 --seconds 60 [--rate 120] [--user recruiter
 * --password recruiter-demo] [--admin admin --admin-password admin-demo] [--heap-every 10]}.
 *
 * <p>Each thread loops for {@code --seconds} (bounded), picking a search ({@code GET
 * /api/v1/graduates?q=…}) or the ranked matches of one of the user's listings ({@code GET
 * /api/v1/listings/{id}/matches}), half and half. Without {@code --rate} the loop is closed (as
 * fast as answers come: the maximum throughput); with it, requests start on a fixed schedule of
 * {@code rate} per second overall and latency counts from the scheduled start (no coordinated
 * omission). The server's heap ({@code jvm.memory.used}, area heap) is read every
 * {@code --heap-every} seconds through the admin's session. Only loopback addresses are accepted.
 */
public final class LoadCommand {

    static final List<String> QUERIES = List.of("JS", "react", "java", "sql", "node express", "python", "html css",
            "javascript react", "postgres", "desarrolladora web", "programació", "typescript", "docker", "git", "api rest",
            "frontend", "backend node", "mongodb", "vue", "angular");

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private LoadCommand() {
    }

    public static int run(String[] args) {
        Map<String, String> o = options(args);
        if (o.containsKey("help")) {
            System.out.println("load --base http://127.0.0.1:PORT --threads N --seconds S [--rate R] [--user U --password P]"
                    + " [--admin A --admin-password P] [--heap-every S]");
            return 0;
        }
        try {
            URI base = URI.create(o.getOrDefault("base", "http://127.0.0.1:8080"));
            if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
                System.err.println("load runs against loopback only, not " + base.getHost());
                return 2;
            }
            int threads = Integer.parseInt(o.getOrDefault("threads", "8"));
            int seconds = Integer.parseInt(o.getOrDefault("seconds", "60"));
            double rate = Double.parseDouble(o.getOrDefault("rate", "0"));
            int heapEvery = Integer.parseInt(o.getOrDefault("heap-every", "10"));
            if (threads < 1 || threads > 256 || seconds < 1 || seconds > 3600) {
                System.err.println("threads must be 1..256 and seconds 1..3600");
                return 2;
            }
            PortalSession user = PortalSession.signIn(base, o.getOrDefault("user", "recruiter"),
                    o.getOrDefault("password", "recruiter-demo"));
            PortalSession admin = PortalSession.signIn(base, o.getOrDefault("admin", "admin"),
                    o.getOrDefault("admin-password", "admin-demo"));
            List<String> listings = listingIds(user);
            if (listings.isEmpty()) {
                System.err.println("the user sees no listings: no matches endpoint to load");
                return 2;
            }
            return new Run(user, admin, listings, threads, seconds, rate, heapEvery).execute();
        } catch (IOException | RuntimeException e) {
            System.err.println("load failed: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static List<String> listingIds(PortalSession user) throws IOException, InterruptedException {
        HttpResponse<String> page = user.get("/api/v1/listings?size=100");
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(page.body());
        while (m.find()) {
            if (!ids.contains(m.group(1))) {
                ids.add(m.group(1));
            }
        }
        // the page also lists company ids: keep only those that are listings
        List<String> listings = new ArrayList<>();
        for (String id : ids) {
            if (user.get("/api/v1/listings/" + id).statusCode() == 200) {
                listings.add(id);
            }
            if (listings.size() >= 20) {
                break;
            }
        }
        return listings;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + a);
            }
            String name = a.substring(2);
            if (name.equals("help")) {
                o.put(name, "");
            } else if (i + 1 < args.length) {
                o.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException(a + " needs a value");
            }
        }
        return o;
    }

    /** One bounded run. */
    private static final class Run {
        private final PortalSession user;
        private final PortalSession admin;
        private final List<String> listings;
        private final int threads;
        private final int seconds;
        private final double rate;
        private final int heapEvery;
        private final Map<String, Samples> samples = new ConcurrentHashMap<>();
        private final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
        private final List<String> heap = new ArrayList<>();

        Run(PortalSession user, PortalSession admin, List<String> listings, int threads, int seconds, double rate, int heapEvery) {
            this.user = user;
            this.admin = admin;
            this.listings = listings;
            this.threads = threads;
            this.seconds = seconds;
            this.rate = rate;
            this.heapEvery = heapEvery;
        }

        int execute() throws InterruptedException {
            long start = System.nanoTime();
            long end = start + TimeUnit.SECONDS.toNanos(seconds);
            AtomicLong next = new AtomicLong(start);
            long interval = rate > 0 ? (long) (1e9 / rate) : 0;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                int seed = t;
                pool.submit(() -> loop(seed, end, next, interval));
            }
            pool.shutdown();
            long nextHeap = start;
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                if (System.nanoTime() >= nextHeap) {
                    sampleHeap(start);
                    nextHeap += TimeUnit.SECONDS.toNanos(heapEvery);
                }
            }
            sampleHeap(start);
            double elapsed = (System.nanoTime() - start) / 1e9;
            return report(elapsed);
        }

        private void loop(int seed, long end, AtomicLong next, long interval) {
            java.util.Random random = new java.util.Random(seed);
            while (true) {
                long scheduled = interval > 0 ? next.getAndAdd(interval) : System.nanoTime();
                if (scheduled >= end) {
                    return;
                }
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                boolean search = random.nextBoolean();
                String name = search ? "search" : "matches";
                String path = search
                        ? "/api/v1/graduates?q=" + PortalSession.enc(QUERIES.get(random.nextInt(QUERIES.size()))) + "&page=0&size=20"
                        : "/api/v1/listings/" + listings.get(random.nextInt(listings.size())) + "/matches?k=20";
                String status;
                try {
                    status = Integer.toString(user.get(path).statusCode());
                } catch (IOException e) {
                    status = e.getClass().getSimpleName();
                } catch (InterruptedException e) {
                    return;
                }
                long latency = System.nanoTime() - scheduled;
                samples.computeIfAbsent(name, k -> new Samples()).add(latency);
                statuses.computeIfAbsent(name + " " + status, k -> new LongAdder()).increment();
            }
        }

        private void sampleHeap(long start) {
            try {
                HttpResponse<String> r = admin.get("/actuator/metrics/jvm.memory.used?tag=area:heap");
                Matcher m = Pattern.compile("\"VALUE\"\\s*,\\s*\"value\"\\s*:\\s*([0-9.E+]+)").matcher(r.body());
                String mb = m.find() ? String.format(Locale.ROOT, "%.0f", Double.parseDouble(m.group(1)) / 1048576) : "?";
                synchronized (heap) {
                    heap.add(String.format(Locale.ROOT, "%ds:%sMB", (System.nanoTime() - start) / 1_000_000_000L, mb));
                }
            } catch (IOException | RuntimeException e) {
                heap.add("?");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private int report(double elapsed) {
            long total = 0;
            long errors = 0;
            for (Map.Entry<String, LongAdder> e : new TreeMap<>(statuses).entrySet()) {
                total += e.getValue().sum();
                if (!e.getKey().endsWith(" 200")) {
                    errors += e.getValue().sum();
                }
            }
            System.out.printf(Locale.ROOT, "load: %d threads, %ds, %s; %d requests in %.1fs = %.1f req/s; errors: %d%n",
                    threads, seconds, rate > 0 ? "rate " + rate + "/s" : "closed loop", total, elapsed, total / elapsed, errors);
            for (Map.Entry<String, Samples> e : new TreeMap<>(samples).entrySet()) {
                long[] s = e.getValue().sorted();
                System.out.printf(Locale.ROOT, "  %-8s n=%d  %.1f req/s  p50=%.1fms  p99=%.1fms  max=%.1fms%n", e.getKey(), s.length,
                        s.length / elapsed, pct(s, 50), pct(s, 99), s[s.length - 1] / 1e6);
            }
            System.out.println("  statuses: " + new TreeMap<>(statuses));
            System.out.println("  heap used (server): " + String.join(" ", heap));
            return errors == 0 ? 0 : 1;
        }

        private static double pct(long[] sorted, int p) {
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }
    }

    /** Latencies in nanoseconds from many threads. */
    private static final class Samples {
        private long[] values = new long[1024];
        private int size;

        synchronized void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        synchronized long[] sorted() {
            long[] s = Arrays.copyOf(values, size);
            Arrays.sort(s);
            return s;
        }
    }
}
