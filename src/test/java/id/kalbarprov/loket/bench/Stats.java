package id.kalbarprov.loket.bench;

import java.util.Arrays;

/** Median and p99 of a series of durations in nanoseconds, printed in milliseconds. */
public record Stats(int n, double medianMs, double p99Ms, double maxMs) {

    public static Stats of(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return new Stats(s.length, s[s.length / 2] / 1e6, s[(int) Math.ceil(s.length * 0.99) - 1] / 1e6,
                s[s.length - 1] / 1e6);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "n=%d median=%.2f ms p99=%.2f ms max=%.2f ms", n, medianMs, p99Ms, maxMs);
    }
}
