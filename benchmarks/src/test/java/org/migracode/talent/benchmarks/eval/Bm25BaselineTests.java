package org.migracode.talent.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class Bm25BaselineTests {

    @Test
    void ranksByPlainTermOverlapAndBreaksTiesById() throws Exception {
        EvalDataset data = new EvalDatasetReader().read(EvalDatasetReaderTests.SAMPLE);
        try (Bm25Baseline bm25 = new Bm25Baseline(data.candidates())) {
            EvalListing qa = data.listings().stream().filter(l -> l.id().equals("L04")).findFirst().orElseThrow();

            List<String> ranked = bm25.rank(qa, 100);

            assertThat(ranked).hasSizeLessThanOrEqualTo(25).doesNotHaveDuplicates();
            assertThat(ranked.subList(0, 3)).contains("C05");
            assertThat(bm25.rank(qa, 100)).isEqualTo(ranked);
        }
    }
}
