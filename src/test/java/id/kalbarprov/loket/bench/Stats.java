package id.kalbarprov.loket.bench;

import java.util.Arrays;

/** Median, p95 and p99 of a series of durations in nanoseconds, printed in milliseconds. */
public record Stats(int n, double medianMs, double p95Ms, double p99Ms, double maxMs) {

    public static Stats of(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return new Stats(s.length, s[s.length / 2] / 1e6, at(s, 0.95), at(s, 0.99), s[s.length - 1] / 1e6);
    }

    /** Nearest rank. */
    private static double at(long[] sorted, double q) {
        return sorted[(int) Math.ceil(sorted.length * q) - 1] / 1e6;
    }

    /** Median and p95 only. */
    public String brief() {
        return String.format(java.util.Locale.ROOT, "median=%.2f ms p95=%.2f ms", medianMs, p95Ms);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "n=%d median=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms", n,
                medianMs, p95Ms, p99Ms, maxMs);
    }
}
