package org.migracode.talent.benchmarks.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.migracode.talent.benchmarks.bench.LatencySamples.Summary;
import org.migracode.talent.core.embedding.TextEmbedder;
import org.migracode.talent.core.profile.LanguageRequirement;
import org.migracode.talent.core.profile.ListingProfile;
import org.migracode.talent.core.profile.RequiredSkill;
import org.migracode.talent.core.scoring.MatchScorer;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.demo.DemoDataGenerator;
import org.migracode.talent.index.demo.DemoDataWriter;
import org.migracode.talent.index.demo.DemoRecords;
import org.migracode.talent.index.demo.DemoSizes;
import org.migracode.talent.index.embedding.EmbeddingConfiguration;
import org.migracode.talent.index.embedding.OnnxTextEmbedder;
import org.migracode.talent.index.indexing.IndexMaintenance;
import org.migracode.talent.index.indexing.IndexProperties;
import org.migracode.talent.index.indexing.ReindexProgress;
import org.migracode.talent.index.matching.CandidateRetriever;
import org.migracode.talent.index.matching.EmbeddingChannel;
import org.migracode.talent.index.matching.MatchService;
import org.migracode.talent.index.matching.MatchingProperties;
import org.migracode.talent.index.matching.RankedMatches;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code bench}: generates demo profiles into a fresh database and index, then times the two-stage
 * matcher against a PostgreSQL full-text baseline (see {@link PostgresFtsBaseline}) on the same
 * rows. Four paths are timed, each on the same Q stored listings, in one order shuffled with the
 * seed so that machine drift hits all of them: the matcher with explanations for the top 20
 * ({@code MatchService.candidatesForListing}, as the portal's matches page and API call it: the
 * listing's vector is the one stored when it was written, never computed per query), the matcher
 * with quick scores only ({@link PlainTopK}), and the baseline ranked by {@code ts_rank} and by
 * {@code ts_rank_cd}. Progress goes to the error
 * stream; the table and the JSON line (always last) to the output stream.
 */
public final class BenchCommand {

    static final int TOP_K = 20;
    static final String MATCHER = "matcher: two-stage, explained";
    static final String PLAIN = "matcher: stage 1 + quick scores only";
    static final String FTS_RANK = "postgres fts: ts_rank + stage 2";
    static final String FTS_RANK_CD = "postgres fts: ts_rank_cd + stage 2";

    private final PrintStream out;
    private final PrintStream err;
    private final long started = System.nanoTime();

    BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs {@code bench} with {@code args} (without the command name); returns the exit code. */
    public static int run(String[] args) {
        return new BenchCommand(System.out, System.err).execute(args);
    }

    int execute(String[] args) {
        BenchArguments arguments;
        try {
            arguments = BenchArguments.parse(args);
        } catch (BenchUsageException e) {
            if (e.isHelp()) {
                out.print(BenchArguments.USAGE);
                return 0;
            }
            err.println("bench: " + e.getMessage());
            err.print(BenchArguments.USAGE);
            return 2;
        }
        try {
            BenchReport report = measure(arguments);
            report.print(out);
            return 0;
        } catch (Exception e) {
            err.println("bench failed: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }

    private BenchReport measure(BenchArguments a) throws IOException, SQLException {
        Path dataDir = a.keep() != null ? Files.createDirectories(a.keep()) : Files.createTempDirectory("talent-bench-");
        try {
            try (ConfigurableApplicationContext context = startContext(a, dataDir)) {
                return measure(a, context, dataDir);
            }
        } finally {
            if (a.keep() == null) {
                deleteRecursively(dataDir);
            } else {
                progress("kept database and index in %s", dataDir);
            }
        }
    }

    private ConfigurableApplicationContext startContext(BenchArguments a, Path dataDir) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("spring.main.banner-mode", "off");
        p.put("spring.main.log-startup-info", "false");
        p.put("logging.level.root", "WARN");
        p.put("talent.storage.data-dir", dataDir.toString());
        p.put("talent.index.reindex-on-start", "NEVER");
        p.put("talent.index.reindex-in-background", "false");
        p.put("talent.index.loading-threads", a.loadingThreads());
        // the mass indexer holds one connection per loading thread plus one for ids; the baseline holds one
        p.put("spring.datasource.hikari.maximum-pool-size", a.loadingThreads() + 4);
        if (a.databaseUrl() != null) {
            p.put("spring.datasource.url", a.databaseUrl());
            p.put("spring.datasource.username", a.databaseUser());
            p.put("spring.datasource.password", a.databasePassword());
        }
        SpringApplicationBuilder builder = new SpringApplicationBuilder(BenchApplication.class);
        if (a.vectors() == BenchArguments.VectorSource.OFF) {
            p.put(EmbeddingConfiguration.ENABLED, "false"); // no model bean, no vectors, no channel
        } else if (a.vectors() == BenchArguments.VectorSource.SYNTHETIC) {
            // the channel stays on (vectors stored and indexed, retrieval and re-ranking run); the primary stand-in is the TextEmbedder that the
            // writers and the channel resolve, so the model bean beside it never loads its model
            builder.initializers(c -> ((GenericApplicationContext) c).registerBean("syntheticTextEmbedder", TextEmbedder.class, SyntheticTextEmbedder::new,
                    definition -> definition.setPrimary(true)));
        }
        progress("starting %s database, index in %s; embedding vectors: %s", a.databaseUrl() == null ? "embedded" : "external", dataDir,
                vectorsLabel(a.vectors()));
        return builder
                .web(WebApplicationType.NONE)
                .properties(p)
                .run();
    }

    private BenchReport measure(BenchArguments a, ConfigurableApplicationContext context, Path dataDir)
            throws SQLException, IOException {
        DataSource dataSource = context.getBean(DataSource.class);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Integer existing = jdbc.queryForObject("select count(*) from graduate_profile", Integer.class);
        if (existing != null && existing > 0) {
            throw new IllegalStateException("the database already holds " + existing + " graduate profiles; bench needs an empty one");
        }
        int warmups = Math.max(1, a.queries() / 5);
        DemoDataGenerator generator = new DemoDataGenerator(a.seed(),
                new DemoSizes(6, a.profiles(), 40, a.queries() + warmups), LocalDate.now(ZoneOffset.UTC));

        progress("writing %,d profiles", a.profiles());
        long t0 = System.nanoTime();
        int step = Math.max(1000, a.profiles() / 10);
        // profiles and listings get their sentence embeddings as they are written (the channel's write-time cost)
        new DemoDataWriter(dataSource, password -> "!",
                context.getBeanProvider(TextEmbedder.class).getIfAvailable())
                .writeAll(generator, done -> {
            if (done % step == 0) {
                progress("  %,d profiles written", done);
            }
        });
        double writeSeconds = seconds(System.nanoTime() - t0);
        Long rows = jdbc.queryForObject("""
                select (select count(*) from graduate_profile) + (select count(*) from graduate_skill)
                     + (select count(*) from graduate_language) + (select count(*) from portfolio_project)
                     + (select count(*) from listing) + (select count(*) from listing_required_skill)
                     + (select count(*) from listing_nice_skill) + (select count(*) from listing_language)
                     + (select count(*) from company) + (select count(*) from cohort) + (select count(*) from user_account)""",
                Long.class);
        progress("wrote %,d rows in %.1f s", rows, writeSeconds);

        progress("reindexing (loading threads %d, batch size %d)", context.getBean(IndexProperties.class).loadingThreads(),
                context.getBean(IndexProperties.class).batchSize());
        t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        ReindexProgress reindexed = context.getBean(IndexMaintenance.class).reindex();
        double reindexSeconds = seconds(System.nanoTime() - t0);
        // CPU time of this JVM (not PostgreSQL's): on a shared machine it moves far less than wall time
        double reindexCpuMsPerProfile = (processCpuNanos() - cpu0) / 1e6 / a.profiles();
        progress("reindexed %,d documents in %.1f s (%.2f ms JVM CPU per profile)", reindexed.done(), reindexSeconds,
                reindexCpuMsPerProfile);

        progress("building the PostgreSQL full-text side table");
        double baselineSeconds = seconds(PostgresFtsBaseline.build(dataSource, context.getBean(EntityManagerFactory.class)));
        progress("built it in %.1f s", baselineSeconds);

        SkillVocabulary vocabulary = SkillVocabulary.shared();
        List<ListingProfile> listings = generator.listings().stream().map(l -> listingProfile(l, vocabulary)).toList();
        MatchService matchService = context.getBean(MatchService.class);
        MatchingProperties matching = context.getBean(MatchingProperties.class);
        MatchScorer scorer = new MatchScorer(vocabulary.taxonomy(), vocabulary.extractor(), matching.matchWeights());
        TransactionTemplate readOnly = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        readOnly.setReadOnly(true);
        EntityManager entityManager = SharedEntityManagerCreator.createSharedEntityManager(context.getBean(EntityManagerFactory.class));
        PlainTopK plain = new PlainTopK(entityManager, context.getBean(CandidateRetriever.class), context.getBean(EmbeddingChannel.class),
                vocabulary, readOnly, scorer, matching.rerankDepth());
        int depth = Math.max(matching.rerankDepth(), TOP_K);

        try (PostgresFtsBaseline baseline = PostgresFtsBaseline.open(dataSource)) {
            List<String> paths = List.of(MATCHER, PLAIN, FTS_RANK, FTS_RANK_CD);
            Map<String, LatencySamples> samples = new LinkedHashMap<>();
            Map<String, long[]> considered = new LinkedHashMap<>();
            for (String path : paths) {
                samples.put(path, new LatencySamples());
                considered.put(path, new long[1]);
            }
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            QueryRunner runner = (path, listing) -> switch (path) {
                // the stored listing, as the portal ranks it: its vector was computed when it was written
                case MATCHER -> {
                    RankedMatches m = matchService.candidatesForListing(UUID.fromString(listing.id()), TOP_K).orElseThrow();
                    yield m.considered();
                }
                case PLAIN -> {
                    plain.topK(UUID.fromString(listing.id()), TOP_K, today);
                    yield -1;
                }
                case FTS_RANK -> baseline.topK(listing, PostgresFtsBaseline.Rank.TS_RANK, depth, TOP_K, scorer, today).considered();
                default -> baseline.topK(listing, PostgresFtsBaseline.Rank.TS_RANK_CD, depth, TOP_K, scorer, today).considered();
            };

            progress("warming up: %d untimed queries per path", warmups);
            for (int i = 0; i < warmups; i++) {
                for (String path : paths) {
                    runner.run(path, listings.get(a.queries() + i));
                }
            }
            List<Object[]> order = new ArrayList<>();
            for (int q = 0; q < a.queries(); q++) {
                for (String path : paths) {
                    order.add(new Object[] {path, q});
                }
            }
            Collections.shuffle(order, new Random(a.seed()));
            progress("timing %,d queries (%d paths x %d listings, shuffled)", order.size(), paths.size(), a.queries());
            String loadBefore = loadAverage();
            for (Object[] task : order) {
                String path = (String) task[0];
                ListingProfile listing = listings.get((Integer) task[1]);
                long start = System.nanoTime();
                int n = runner.run(path, listing);
                samples.get(path).add(System.nanoTime() - start);
                considered.get(path)[0] += n;
            }
            considered.get(PLAIN)[0] = considered.get(MATCHER)[0];
            String load = loadBefore + " -> " + loadAverage();

            Map<String, Summary> summaries = new LinkedHashMap<>();
            Map<String, Double> meanConsidered = new LinkedHashMap<>();
            samples.forEach((path, s) -> summaries.put(path, s.summary()));
            considered.forEach((path, n) -> meanConsidered.put(path, n[0] / (double) a.queries()));
            String better = Stream.of(FTS_RANK, FTS_RANK_CD)
                    .min(Comparator.comparingDouble(path -> summaries.get(path).p50Ms())).orElseThrow();
            Footprint footprint = Footprint.measure(dataDir, jdbc);
            progress("heap used after a full GC %,d MB; index on disk %,d MB; database %,d MB", footprint.heapUsedBytes() >> 20,
                    footprint.indexBytes() >> 20, footprint.databaseBytes() >> 20);
            Summary edits = null;
            HttpOverhead.Result http = null;
            try {
                if (a.writes() > 0) {
                    progress("edit -> searchable: %d edits at %d/s", a.writes(), a.writeRate());
                    edits = new EditToSearchable(context.getBean(EntityManagerFactory.class))
                            .run(a.writes(), a.writeRate(), Long.toString(a.seed())).summary();
                }
                if (a.portalJar() != null) {
                    http = HttpOverhead.measure(a.portalJar(), dataDir, dataSource, matchService, a.queries(), a.seed(),
                            message -> progress("%s", message));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            progress("done");
            return new BenchReport(a.profiles(), a.queries(), rows / writeSeconds, a.profiles() / writeSeconds,
                    a.profiles() / reindexSeconds, reindexed.documentsPerSecond(), baselineSeconds, summaries, meanConsidered,
                    MATCHER, better, PLAIN, load, edits, a.writeRate(), http, reindexCpuMsPerProfile, vectorsLabel(a.vectors()),
                    footprint);
        }
    }

    /** The matcher's view of a generated listing, resolved as {@code MatchProfiles.listing} resolves a stored one. */
    static ListingProfile listingProfile(DemoRecords.Listing l, SkillVocabulary vocabulary) {
        List<RequiredSkill> required = new ArrayList<>();
        l.required().forEach(r -> vocabulary.resolve(r.skillId()).ifPresent(id -> required.add(new RequiredSkill(id, r.minLevel()))));
        List<SkillId> nice = new ArrayList<>();
        l.niceToHave().forEach(n -> vocabulary.resolve(n).ifPresent(nice::add));
        List<LanguageRequirement> languages = l.languages().stream().map(x -> new LanguageRequirement(x.code(), x.level())).toList();
        return new ListingProfile(l.id().toString(), l.title(), l.description(), l.type(), required, nice, languages, l.city(),
                l.remote(), l.startDate());
    }

    /** How a run's vectors were made, as printed in the report. */
    static String vectorsLabel(BenchArguments.VectorSource vectors) {
        return switch (vectors) {
            case MODEL -> "model (" + OnnxTextEmbedder.MODEL_ID + ", computed at write time)";
            case SYNTHETIC -> "synthetic (hashed words, not the model: same vector work, no quality meaning)";
            case OFF -> "off (embedding channel switched off: no vectors)";
        };
    }

    @FunctionalInterface
    private interface QueryRunner {
        /** Runs one query; returns how many candidates stage 2 re-scored (-1 when unknown). */
        int run(String path, ListingProfile listing) throws SQLException;
    }

    private void progress(String format, Object... args) {
        err.printf(Locale.ROOT, "[bench %6.1fs] %s%n", seconds(System.nanoTime() - started), String.format(Locale.ROOT, format, args));
    }

    /** CPU time this JVM has used so far, or -1 when the platform does not say. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    /** The 1-minute load average (other processes' CPU use skews every figure), or "?" off Linux. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
