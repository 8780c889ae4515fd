package org.migracode.talent.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalDatasetReaderTests {

    /** shared/eval/sample in the nearest folder above the module that has one (a checkout or a worktree). */
    static final Path SAMPLE = sample();

    private static Path sample() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(Path.of("shared", "eval", "sample"));
            if (java.nio.file.Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("..", "..", "shared", "eval", "sample");
    }

    @TempDir
    Path dir;

    private final EvalDatasetReader reader = new EvalDatasetReader();

    @Test
    void readsTheSharedSample() {
        EvalDataset data = reader.read(SAMPLE);

        assertThat(data.listings()).hasSize(8);
        assertThat(data.candidates()).hasSize(25);
        assertThat(data.gradesOf("L01")).containsEntry("C01", 3);
        assertThat(data.candidates().get(1).skills()).extracting(EvalCandidate.EvalSkill::level).containsOnlyNulls();
    }

    @Test
    void missingOptionalFieldsAndUnknownFieldsAreFine() throws IOException {
        write("{\"id\":\"L1\",\"title\":\"Dev\",\"colour\":\"blue\"}", "{\"id\":\"C1\"}", "L1\tC1\t2");

        EvalDataset data = reader.read(dir);

        assertThat(data.listings().get(0).requiredSkills()).isEmpty();
        assertThat(data.candidates().get(0).summary()).isNull();
    }

    @Test
    void malformedJsonNamesFileAndLine() throws IOException {
        write("{\"id\":\"L1\",\"title\":\"Dev\"}\n{\"id\": \"L2\", ", "{\"id\":\"C1\"}", "");

        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(EvalDataException.class)
                .hasMessageContaining("listings.jsonl:2: malformed JSON");
    }

    @Test
    void unknownListingInQrelsNamesFileAndLine() throws IOException {
        write("{\"id\":\"L1\",\"title\":\"Dev\"}", "{\"id\":\"C1\"}", "# comment\nL1\tC1\t1\nL9\tC1\t1");

        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(EvalDataException.class)
                .hasMessageEndingWith("qrels.tsv:3: unknown listing id 'L9'");
    }

    @Test
    void gradeOutOfRangeIsRefused() throws IOException {
        write("{\"id\":\"L1\",\"title\":\"Dev\"}", "{\"id\":\"C1\"}", "L1\tC1\t4");

        assertThatThrownBy(() -> reader.read(dir)).hasMessageEndingWith("qrels.tsv:1: grade must be between 0 and 3, got 4");
    }

    @Test
    void wrongTypesAndBadLevelsAreRefused() throws IOException {
        write("{\"id\":\"L1\",\"title\":\"Dev\",\"requiredSkills\":\"React\"}", "{\"id\":\"C1\"}", "");
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("listings.jsonl:1: field 'requiredSkills' must be an array");

        write("{\"id\":\"L1\",\"title\":\"Dev\"}", "{\"id\":\"C1\",\"skills\":[{\"name\":\"React\",\"level\":9}]}", "");
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("candidates.jsonl:1: skill level must be a whole number 1..5");

        write("{\"id\":\"L1\",\"title\":\"Dev\",\"languages\":[{\"code\":\"en\",\"level\":\"Z9\"}]}", "{\"id\":\"C1\"}", "");
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("listings.jsonl:1: CEFR level must be one of");
    }

    @Test
    void invalidUtf8IsRefusedWithItsLine() throws IOException {
        write("{\"id\":\"L1\",\"title\":\"Dev\"}", "{\"id\":\"C1\"}", "");
        Files.write(dir.resolve("candidates.jsonl"), new byte[] {'{', '}', '\n', '{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});

        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("candidates.jsonl:2: not valid UTF-8");
    }

    @Test
    void duplicateIdsAreRefused() throws IOException {
        write("{\"id\":\"L1\",\"title\":\"Dev\"}\n{\"id\":\"L1\",\"title\":\"Dev\"}", "{\"id\":\"C1\"}", "");

        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("duplicate id 'L1'");
    }

    private void write(String listings, String candidates, String qrels) throws IOException {
        Files.writeString(dir.resolve("listings.jsonl"), listings);
        Files.writeString(dir.resolve("candidates.jsonl"), candidates);
        Files.writeString(dir.resolve("qrels.tsv"), qrels);
    }
}
