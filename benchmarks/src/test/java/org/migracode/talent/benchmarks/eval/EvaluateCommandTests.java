package org.migracode.talent.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The evaluate command end to end: real PostgreSQL, real index, the product's matcher. */
class EvaluateCommandTests {

    @TempDir
    Path dir;

    @Test
    void printsBothMetricSetsAsTheLastLineAndTheMatcherBeatsBm25OnTheSample() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = EvaluateCommand.run(new String[] {"--data", EvalDatasetReaderTests.SAMPLE.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        JsonNode json = JsonMapper.builder().build().readTree(lines.get(lines.size() - 1));
        assertThat(json.path("dataset").asString()).isEqualTo("sample");
        assertThat(json.path("listings").asInt()).isEqualTo(8);
        assertThat(json.path("candidates").asInt()).isEqualTo(25);
        for (String ranker : List.of("matcher", "bm25")) {
            for (String metric : List.of("ndcg@10", "mrr", "p@5")) {
                assertThat(json.path(ranker).path(metric).asDouble()).as(ranker + " " + metric).isBetween(0.0, 1.0);
            }
        }
        assertThat(json.path("matcher").path("ndcg@10").asDouble()).isGreaterThan(json.path("bm25").path("ndcg@10").asDouble());
    }

    /**
     * Two runs, each with its own fresh database and index (a new context, as in a new JVM), give
     * the same ranking with the same scores for every listing: ties fall by a stable id, no order
     * depends on hashing or thread timing. Failed before: entity ids were random per run, so
     * equal scores were ordered differently from run to run.
     */
    @Test
    void twoRunsOnFreshIndexesGiveIdenticalRankingsAndScores() throws IOException {
        Path first = dir.resolve("first.tsv");
        Path second = dir.resolve("second.tsv");
        for (Path file : List.of(first, second)) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = EvaluateCommand.run(new String[] {"--data", EvalDatasetReaderTests.SAMPLE.toString(), "--rankings", file.toString()},
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        }
        List<String> a = Files.readAllLines(first);
        assertThat(a).hasSizeGreaterThan(8 * 10);
        assertThat(Files.readAllLines(second)).isEqualTo(a);
    }

    @Test
    void badDataExitsNonZeroNamingFileAndLine() throws IOException {
        Files.writeString(dir.resolve("listings.jsonl"), "{\"id\":\"L1\",\"title\":\"Dev\"}\n");
        Files.writeString(dir.resolve("candidates.jsonl"), "{\"id\":\"C1\"}\n");
        Files.writeString(dir.resolve("qrels.tsv"), "L1\tC1\t7\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = EvaluateCommand.run(new String[] {"--data", dir.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("qrels.tsv:1: grade must be between 0 and 3, got 7");
    }

    @Test
    void badArgumentsExitNonZeroWithUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = EvaluateCommand.run(new String[] {"--colour", "blue"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown argument '--colour'").contains("usage:");
    }
}
