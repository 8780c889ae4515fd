package org.migracode.talent.benchmarks.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.migracode.talent.core.scoring.ComponentName;
import org.migracode.talent.core.scoring.MatchWeights;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.matching.MatchService;
import org.migracode.talent.index.matching.RankedMatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code evaluate --data DIR [--database-url URL] [--keep DIR]}: loads a data set through the
 * product's real path (PostgreSQL, the index mapping, stage 1 + stage 2), ranks every candidate
 * for every listing, and prints nDCG@10, MRR and P@5 for the matcher and for the BM25 baseline;
 * the last line is one JSON object. Exit status 0; 2 for bad arguments or unreadable data.
 */
public final class EvaluateCommand {

    static final int DEPTH = 100;

    private EvaluateCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            err.println("evaluate: " + e.getMessage());
            err.println(usage());
            return 2;
        }
        if (options.containsKey("help")) {
            out.println(usage());
            return 0;
        }
        EvalDataset data;
        try {
            data = new EvalDatasetReader().read(Path.of(options.get("data")));
        } catch (EvalDataException e) {
            err.println("evaluate: " + e.getMessage());
            return 2;
        }
        Path dataDir = options.containsKey("keep") ? Path.of(options.get("keep")) : tempDir();
        try (ConfigurableApplicationContext context = EvalContext.start(dataDir, options.get("database-url"))) {
            long start = System.nanoTime();
            Map<String, UUID> ids = new EvalLoader(context.getBean(GraduateRepository.class), context.getBean(ListingRepository.class),
                    context.getBean(CompanyRepository.class), context.getBean(TransactionTemplate.class)).load(data);
            long loaded = System.nanoTime();
            Map<String, String> candidateOf = new HashMap<>();
            data.candidates().forEach(c -> candidateOf.put(ids.get(c.id()).toString(), c.id()));
            MatchService matcher = context.getBean(MatchService.class);
            StringBuilder rankings = new StringBuilder();
            Map<String, List<String>> matcherRanks = rank(data, ids, candidateOf, matcher, null, rankings);
            if (options.containsKey("rankings")) {
                try {
                    Files.writeString(Path.of(options.get("rankings")), rankings);
                } catch (IOException e) {
                    err.println("evaluate: cannot write " + options.get("rankings") + ": " + e.getMessage());
                    return 2;
                }
            }
            long ranked = System.nanoTime();
            Baseline bm25 = Baseline.better(Baseline.of(data, false), Baseline.of(data, true));
            MetricSet matcherMetrics = MetricSet.of(data, matcherRanks);
            MetricSet bm25Metrics = bm25.metrics();
            out.printf(Locale.ROOT, "data set %s: %d listings (%d judged), %d candidates; loaded and indexed in %d ms, ranked in %d ms%n",
                    data.name(), data.listings().size(), matcherMetrics.judgedListings(), data.candidates().size(),
                    (loaded - start) / 1_000_000, (ranked - loaded) / 1_000_000);
            out.printf(Locale.ROOT, "%-10s %9s %9s %9s%n", "ranker", "nDCG@10", "MRR", "P@5");
            out.printf(Locale.ROOT, "%-10s %9.4f %9.4f %9.4f%n", "matcher", matcherMetrics.ndcg10(), matcherMetrics.mrr(), matcherMetrics.p5());
            out.printf(Locale.ROOT, "%-10s %9.4f %9.4f %9.4f   (fair BM25, %s stemming; the other: nDCG@10 %.4f)%n", "bm25",
                    bm25Metrics.ndcg10(), bm25Metrics.mrr(), bm25Metrics.p5(), bm25.stemming() ? "with" : "without", bm25.otherNdcg10());
            out.printf(Locale.ROOT, "matcher / bm25 nDCG@10: %.3f%n", bm25Metrics.ndcg10() == 0 ? 0 : matcherMetrics.ndcg10() / bm25Metrics.ndcg10());
            if (options.containsKey("ablate")) {
                ablate(data, ids, candidateOf, matcher, matcherMetrics, bm25Metrics, out);
            }
            out.printf(Locale.ROOT, "{\"dataset\": \"%s\", \"listings\": %d, \"candidates\": %d, \"matcher\": %s, \"bm25\": %s}%n",
                    jsonEscape(data.name()), data.listings().size(), data.candidates().size(), matcherMetrics.json(), bm25Metrics.json());
            out.flush();
            return 0;
        } finally {
            if (!options.containsKey("keep")) {
                deleteQuietly(dataDir);
            }
        }
    }

    /** Candidate data-set ids, best first, for every listing; {@code weights} null: the configured ones. */
    private static Map<String, List<String>> rank(EvalDataset data, Map<String, UUID> ids, Map<String, String> candidateOf,
            MatchService matcher, MatchWeights weights) {
        return rank(data, ids, candidateOf, matcher, weights, new StringBuilder());
    }

    /** As above; also appends {@code listing TAB rank TAB candidate TAB score} lines to {@code rankings}. */
    private static Map<String, List<String>> rank(EvalDataset data, Map<String, UUID> ids, Map<String, String> candidateOf,
            MatchService matcher, MatchWeights weights, StringBuilder rankings) {
        Map<String, List<String>> ranks = new LinkedHashMap<>();
        for (EvalListing listing : data.listings()) {
            UUID id = ids.get(listing.id());
            List<RankedMatch> ranked = (weights == null ? matcher.candidatesForListing(id, DEPTH)
                    : matcher.candidatesForListing(id, DEPTH, weights)).orElseThrow().matches();
            ranks.put(listing.id(), ranked.stream().map(m -> candidateOf.get(m.graduateId())).toList());
            for (int i = 0; i < ranked.size(); i++) {
                rankings.append(listing.id()).append('\t').append(i + 1).append('\t').append(candidateOf.get(ranked.get(i).graduateId()))
                        .append('\t').append(String.format(Locale.ROOT, "%.9f", ranked.get(i).explanation().score())).append('\n');
            }
        }
        return ranks;
    }

    /**
     * The matcher with each component's weight set to 0 in turn (the others unchanged, so their
     * ratios stay), on the same retrieval: one line per component, its nDCG@10 and the change
     * against the full matcher. Components with weight 0 already are skipped.
     */
    private static void ablate(EvalDataset data, Map<String, UUID> ids, Map<String, String> candidateOf, MatchService matcher,
            MetricSet full, MetricSet bm25, PrintStream out) {
        MatchWeights weights = MatchWeights.defaults();
        out.printf(Locale.ROOT, "ablation on %s (nDCG@10; full matcher %.4f, bm25 %.4f)%n", data.name(), full.ndcg10(), bm25.ndcg10());
        for (ComponentName name : ComponentName.values()) {
            if (weights.weight(name) == 0) {
                continue;
            }
            MatchWeights without = weights.with(name, 0);
            if (!(without.sum() > 0)) {
                continue;
            }
            MetricSet m = MetricSet.of(data, rank(data, ids, candidateOf, matcher, without));
            out.printf(Locale.ROOT, "  without %-16s %.4f  (%+.4f)%n", name, m.ndcg10(), m.ndcg10() - full.ndcg10());
        }
        for (ComponentName only : new ComponentName[] {ComponentName.SKILLS_IN_TEXT, ComponentName.TEXT_RELEVANCE, ComponentName.TITLE_HEADLINE,
                ComponentName.SIMILAR_WORDING, ComponentName.REQUIRED_SKILLS}) {
            double[] w = new double[ComponentName.values().length];
            w[only.ordinal()] = 1;
            MetricSet m = MetricSet.of(data, rank(data, ids, candidateOf, matcher, MatchWeights.of(w)));
            out.printf(Locale.ROOT, "  only    %-16s %.4f  (%+.4f)%n", only, m.ndcg10(), m.ndcg10() - full.ndcg10());
        }
        // the structured components as one group: off (the four text channels alone, fused), and alone
        MatchWeights channelsOnly = weights;
        double[] structuredOnly = new double[ComponentName.values().length];
        for (ComponentName name : STRUCTURED) {
            channelsOnly = channelsOnly.with(name, 0);
            structuredOnly[name.ordinal()] = weights.weight(name);
        }
        for (Object[] row : new Object[][] {{"without STRUCTURED", channelsOnly}, {"only    STRUCTURED", MatchWeights.of(structuredOnly)}}) {
            MetricSet m = MetricSet.of(data, rank(data, ids, candidateOf, matcher, (MatchWeights) row[1]));
            out.printf(Locale.ROOT, "  %-24s %.4f  (%+.4f)%n", row[0], m.ndcg10(), m.ndcg10() - full.ndcg10());
        }
        out.printf(Locale.ROOT, "  (STRUCTURED = %s, at their default weights)%n", STRUCTURED);
    }

    /** The components that read a profile's declared fields rather than its text. */
    static final List<ComponentName> STRUCTURED = List.of(ComponentName.REQUIRED_SKILLS, ComponentName.NICE_TO_HAVE,
            ComponentName.PORTFOLIO, ComponentName.LANGUAGES, ComponentName.LOCATION, ComponentName.AVAILABILITY, ComponentName.TYPE);

    /** The fair BM25 of FORMAT.md, with or without stemming, and the other variant's nDCG@10 for the record. */
    record Baseline(boolean stemming, MetricSet metrics, double otherNdcg10) {

        static Baseline of(EvalDataset data, boolean stemming) {
            Map<String, List<String>> ranks = new LinkedHashMap<>();
            try (Bm25Baseline bm25 = new Bm25Baseline(data.candidates(), stemming)) {
                data.listings().forEach(l -> ranks.put(l.id(), bm25.rank(l, DEPTH)));
            }
            return new Baseline(stemming, MetricSet.of(data, ranks), Double.NaN);
        }

        /** The variant with the higher nDCG@10 (without stemming on a tie). */
        static Baseline better(Baseline plain, Baseline stemmed) {
            return stemmed.metrics().ndcg10() > plain.metrics().ndcg10()
                    ? new Baseline(true, stemmed.metrics(), plain.metrics().ndcg10())
                    : new Baseline(false, plain.metrics(), stemmed.metrics().ndcg10());
        }
    }

    static String usage() {
        return "usage: java -jar benchmarks.jar evaluate --data DIR [--ablate] [--rankings FILE] [--database-url JDBC_URL] [--keep DATA_DIR]\n"
                + "  --rankings FILE  write every listing's ranked candidates with their scores (listing, rank, candidate, score)\n"
                + "  --ablate  also rank with each score component switched off in turn, and with each channel alone\n"
                + "  DIR holds listings.jsonl, candidates.jsonl and qrels.tsv (see shared/eval/FORMAT.md)";
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> options.put("help", "");
                case "--ablate" -> options.put("ablate", "");
                case "--data", "--database-url", "--keep", "--rankings" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new IllegalArgumentException(a + " needs a value");
                    }
                    options.put(a.substring(2), args[++i]);
                }
                default -> throw new IllegalArgumentException("unknown argument '" + a + "'");
            }
        }
        if (!options.containsKey("help") && !options.containsKey("data")) {
            throw new IllegalArgumentException("--data DIR is required");
        }
        return options;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("talent-evaluate-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder left behind is not worth failing the run for
        }
    }

    private static String jsonEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
