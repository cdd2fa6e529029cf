package id.kalbarprov.loket.core.report;

import java.util.Arrays;

/**
 * Working days to completion of many requests, kept as a histogram (how many took 0, 1, 2, ...
 * days), so a year of a million letters takes a few hundred bytes and the percentiles are exact.
 *
 * <p>The 90th percentile is the nearest-rank one: the smallest number of days within which at
 * least 90 % of the requests were completed (rank ⌈0.9·n⌉ of the sorted values). It is always a
 * value that occurred, so "90 % selesai dalam 3 hari kerja" reads as a fact, never an interpolation.
 */
public final class DayStats {

    private long[] counts = new long[16];
    private long n;
    private long sum;

    public void add(int days) {
        add(days, 1);
    }

    /** {@code times} requests that took {@code days} working days each. */
    public void add(int days, long times) {
        if (times < 0) {
            throw new IllegalArgumentException("times < 0");
        }
        if (days < 0) {
            throw new IllegalArgumentException("days < 0: " + days);
        }
        if (days >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(days + 1, counts.length * 2));
        }
        counts[days] += times;
        n += times;
        sum += days * times;
    }

    public void addAll(DayStats other) {
        for (int d = 0; d < other.counts.length; d++) {
            if (other.counts[d] > 0) {
                if (d >= counts.length) {
                    counts = Arrays.copyOf(counts, Math.max(d + 1, counts.length * 2));
                }
                counts[d] += other.counts[d];
            }
        }
        n += other.n;
        sum += other.sum;
    }

    public long count() {
        return n;
    }

    /** The mean, or null when nothing was completed. */
    public Double average() {
        return n == 0 ? null : (double) sum / n;
    }

    /** Nearest-rank percentile {@code p} (0 &lt; p ≤ 100), or null when empty. */
    public Integer percentile(int p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("p " + p);
        }
        if (n == 0) {
            return null;
        }
        // rank = ceil(p/100 * n), computed exactly in integers
        long rank = (p * n + 99) / 100;
        long seen = 0;
        for (int d = 0; d < counts.length; d++) {
            seen += counts[d];
            if (seen >= rank) {
                return d;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    public Integer p90() {
        return percentile(90);
    }
}
