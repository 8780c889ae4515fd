package org.migracode.talent.benchmarks.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencySamplesTests {

    @Test
    void percentilesAreNearestRankOrderStatistics() {
        LatencySamples samples = new LatencySamples();
        for (int ms = 100; ms >= 1; ms--) {
            samples.add(ms * 1_000_000L);
        }

        LatencySamples.Summary s = samples.summary();

        assertThat(s.p50Ms()).isEqualTo(50.0);
        assertThat(s.p95Ms()).isEqualTo(95.0);
        assertThat(s.p99Ms()).isEqualTo(99.0);
        assertThat(s.maxMs()).isEqualTo(100.0);
    }

    @Test
    void oneSampleIsEveryPercentile() {
        LatencySamples samples = new LatencySamples();
        samples.add(2_500_000L);

        assertThat(samples.summary()).isEqualTo(new LatencySamples.Summary(2.5, 2.5, 2.5, 2.5));
    }
}
