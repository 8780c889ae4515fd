package org.migracode.talent.benchmarks.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpOverheadTests {

    @Test
    void thePortalChildGetsTheBenchsHeapNotAFixedGigabyte() {
        assertThat(HttpOverhead.childHeapMb(8L * 1024 * 1024 * 1024)).isEqualTo(8192);
        assertThat(HttpOverhead.childHeapMb(512L * 1024 * 1024)).isEqualTo(1024);
    }
}
