package org.migracode.talent.index.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlowTagsTests {

    @Test
    void everyOpenSearchTestIsSlow() throws Exception {
        SlowTags.Scan scan = SlowTags.scan(SlowTagsTests.class,
                List.of(OpenSearchCluster.class.getName(), OpenSearchTestContexts.class.getName()));
        assertThat(scan.using()).as("the OpenSearch tests were found").contains(
                "org.migracode.talent.index.scaling.OpenSearchBackendIT", "org.migracode.talent.index.scaling.OpenSearchFailoverIT",
                "org.migracode.talent.index.scaling.MultiInstanceIndexingIT");
        assertThat(scan.untagged()).as("tests that start OpenSearch but are not @Slow (./mvnw -B verify -Pquick would run them)").isEmpty();
    }
}
