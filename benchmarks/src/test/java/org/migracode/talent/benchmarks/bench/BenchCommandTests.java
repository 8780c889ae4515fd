package org.migracode.talent.benchmarks.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@code bench} in-process on a tiny data set (embedded PostgreSQL, Lucene in a temp folder). */
class BenchCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final BenchCommand command = new BenchCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    /** With synthetic vectors: the stand-in embedder replaces the model everywhere and the channel's kNN still runs. */
    @Test
    void lastLineIsJsonWithEveryKeyAndSaneNumbers() {
        int exit = command.execute(new String[] {"--profiles", "300", "--queries", "5", "--seed", "3", "--writes", "20",
                "--vectors", "synthetic"});

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        JsonNode json = JsonMapper.builder().build().readTree(lines.get(lines.size() - 1));
        assertThat(json.get("profiles").asInt()).isEqualTo(300);
        assertThat(json.get("queries").asInt()).isEqualTo(5);
        assertThat(json.get("reindexPerSecond").asDouble()).isPositive();
        assertThat(json.get("ratioP50").asDouble()).isPositive();
        for (String path : List.of("matcher", "postgresFts")) {
            JsonNode p = json.get(path);
            assertThat(p.get("p50Ms").asDouble()).as(path).isPositive();
            assertThat(p.get("p50Ms").asDouble()).as(path).isLessThanOrEqualTo(p.get("p95Ms").asDouble());
            assertThat(p.get("p95Ms").asDouble()).as(path).isLessThanOrEqualTo(p.get("p99Ms").asDouble());
            assertThat(p.get("p99Ms").asDouble()).as(path).isLessThanOrEqualTo(p.get("maxMs").asDouble());
        }
        assertThat(json.propertyNames()).containsExactly("profiles", "queries", "reindexPerSecond", "matcher", "postgresFts",
                "ratioP50", "editToSearchable", "writeRate", "httpMatches", "inProcessMatches", "httpOverheadP50Ms",
                "reindexCpuMsPerProfile", "vectors", "heapUsedMb", "indexMb", "databaseMb");
        JsonNode edits = json.get("editToSearchable");
        assertThat(edits.get("p50Ms").asDouble()).isPositive().isLessThanOrEqualTo(edits.get("p99Ms").asDouble());
        assertThat(json.get("writeRate").asInt()).isEqualTo(20);
        assertThat(json.get("httpMatches").isNull()).as("no --http given").isTrue();
        assertThat(json.get("vectors").asString()).isEqualTo("synthetic");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("embedding vectors   synthetic (hashed words, not the model");
        assertThat(json.get("heapUsedMb").asInt()).isPositive();
        assertThat(json.get("indexMb").asInt()).isNotNegative();
        assertThat(json.get("databaseMb").asInt()).isPositive();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--profiles abc             | --profiles must be a whole number, got 'abc'",
            "--queries -3               | --queries must be a whole number from 1",
            "--profiles 1               | --profiles must be a whole number from 2",
            "--frobnicate 1             | unknown option --frobnicate",
            "--seed                     | --seed needs a value",
            "stray                      | unexpected argument 'stray'",
            "--database-url mysql://x   | --database-url must start with jdbc:postgresql:",
            "--write-rate 0             | --write-rate must be a whole number from 1",
            "--http /no/such/portal.jar | --http needs the portal jar",
            "--vectors random           | --vectors must be model, synthetic or off, got 'random'"})
    void badArgumentsExitNonZeroWithAMessage(String args, String message) {
        int exit = command.execute(args.split(" "));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(message).contains("Usage: bench");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        assertThat(command.execute(new String[] {"--help"})).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: bench");
    }
}
