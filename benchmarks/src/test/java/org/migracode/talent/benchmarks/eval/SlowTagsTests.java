package org.migracode.talent.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.testing.OpenSearchCluster;
import org.migracode.talent.index.testing.OpenSearchTestContexts;
import org.migracode.talent.index.testing.SlowTags;

/** The benchmarks' tests that start OpenSearch are {@code @Slow}. */
class SlowTagsTests {

    @Test
    void everyOpenSearchTestIsSlow() throws Exception {
        SlowTags.Scan scan = SlowTags.scan(SlowTagsTests.class,
                List.of(OpenSearchCluster.class.getName(), OpenSearchTestContexts.class.getName()));
        assertThat(scan.using()).contains("org.migracode.talent.benchmarks.eval.BackendParityIT");
        assertThat(scan.untagged()).as("tests that start OpenSearch but are not @Slow").isEmpty();
    }
}
