package org.migracode.talent.benchmarks.bench;

import java.util.Arrays;

/**
 * Latencies of one measured path, in nanoseconds. Percentiles are exact order statistics of the
 * samples (nearest rank: the p-th percentile is the ⌈p·n/100⌉-th smallest sample), no histogram.
 */
final class LatencySamples {

    private long[] nanos = new long[64];
    private int size;

    void add(long elapsedNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = elapsedNanos;
    }

    int size() {
        return size;
    }

    Summary summary() {
        if (size == 0) {
            throw new IllegalStateException("no samples");
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        return new Summary(ms(rank(sorted, 50)), ms(rank(sorted, 95)), ms(rank(sorted, 99)), ms(sorted[size - 1]));
    }

    private static long rank(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Percentiles in milliseconds; p50 ≤ p95 ≤ p99 ≤ max by construction. */
    record Summary(double p50Ms, double p95Ms, double p99Ms, double maxMs) {
    }
}
