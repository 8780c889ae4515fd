package org.migracode.talent.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Bm25BaselineTests {

    @Test
    void ranksByPlainTermOverlapAndBreaksTiesById() throws Exception {
        EvalDataset data = new EvalDatasetReader().read(EvalDatasetReaderTests.SAMPLE);
        for (boolean stemming : new boolean[] {false, true}) {
            try (Bm25Baseline bm25 = new Bm25Baseline(data.candidates(), stemming)) {
                EvalListing qa = data.listings().stream().filter(l -> l.id().equals("L04")).findFirst().orElseThrow();

                List<String> ranked = bm25.rank(qa, 100);

                assertThat(ranked).hasSizeLessThanOrEqualTo(25).doesNotHaveDuplicates();
                assertThat(ranked.subList(0, 3)).contains("C05");
                assertThat(bm25.rank(qa, 100)).isEqualTo(ranked);
            }
        }
    }

    @Test
    void queryTermFrequenciesCount() {
        // "kotlin" three times in the query outweighs "swift" once; the old baseline de-duplicated query terms (a tie, C1 first by id)
        List<EvalCandidate> candidates = List.of(candidate("C1", "Swift developer"), candidate("C2", "Kotlin developer"));
        try (Bm25Baseline bm25 = new Bm25Baseline(candidates, false)) {
            assertThat(bm25.rank(listing("Kotlin, Kotlin, Kotlin and a little Swift"), 10)).containsExactly("C2", "C1");
        }
    }

    @Test
    void stopWordsOfTheTextsOwnLanguageDoNotScore() {
        // "the" and "of" are English stop words: a candidate who shares only those with the query is not ranked
        List<EvalCandidate> candidates = List.of(candidate("C1", "The history of the art of the world"),
                candidate("C2", "Java developer building the backend"));
        try (Bm25Baseline bm25 = new Bm25Baseline(candidates, false)) {
            assertThat(bm25.rank(listing("The Java developer of the team"), 10)).containsExactly("C2");
        }
        List<EvalCandidate> spanish = List.of(candidate("C1", "La historia de los vinos y de las viñas de la región"),
                candidate("C2", "Desarrollador Java con experiencia en el backend de la empresa"));
        try (Bm25Baseline bm25 = new Bm25Baseline(spanish, false)) {
            assertThat(bm25.rank(listing("Buscamos desarrollador Java para el equipo de la oficina y de los proyectos"), 10))
                    .containsExactly("C2");
        }
    }

    @Test
    void stemmingIsTheLanguageAnalysersOwn() {
        List<EvalCandidate> candidates = List.of(candidate("C1", "I was developing the applications of the company with the people"));
        try (Bm25Baseline plain = new Bm25Baseline(candidates, false); Bm25Baseline stemmed = new Bm25Baseline(candidates, true)) {
            assertThat(plain.rank(listing("We develop an application for the team"), 10)).isEmpty();
            assertThat(stemmed.rank(listing("We develop an application for the team"), 10)).containsExactly("C1");
        }
    }

    private static EvalCandidate candidate(String id, String summary) {
        return new EvalCandidate(id, null, summary, List.of(), List.of(), List.of(), null, null, null);
    }

    private static EvalListing listing(String text) {
        return new EvalListing("L", text, null, null, List.of(), List.of(), List.of(), null, null, (LocalDate) null);
    }
}
