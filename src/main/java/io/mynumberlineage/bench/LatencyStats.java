package io.mynumberlineage.bench;

import java.util.Arrays;

/** Percentiles of one engine at one depth, in milliseconds (nearest-rank). */
public record LatencyStats(String engine, int hops, int samples, double p50, double p95, double p99, double meanNodes) {

    public static LatencyStats of(String engine, int hops, double[] millis, int count, double meanNodes) {
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        return new LatencyStats(engine, hops, count, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), meanNodes);
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
