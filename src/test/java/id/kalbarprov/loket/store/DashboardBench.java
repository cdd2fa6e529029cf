package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.dashboard.DashboardSummary;
import id.kalbarprov.loket.bench.BenchDb;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Beranda's whole load (calendar read + every count) on {@code -Dbench.letters} letters (default
 * 100,000; the database made once by {@link BenchDb}, or {@code -Dbench.db=FILE} made by demo-data).
 * Run: mvn -B -o test -Pbench -Dtest=DashboardBench -Dbench.letters=1000000. Target (issue 16): p95 ≤ 30 ms
 * at 1,000,000 letters.
 */
@Tag("benchmark")
class DashboardBench {

    static final LocalDateTime NOW = BenchDb.now();

    @Test
    void berandaLoad() throws Exception {
        Database db = BenchDb.openAtRest();
        Clock clock = Clock.fixed(NOW.atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        ReferenceStore ref = new ReferenceStore(db);
        SettingsStore settings = new SettingsStore(db);
        // As Loket wires it: the calendar is read from the database on every load.
        DashboardStore store = new DashboardStore(db, () -> ref.calendar(settings), clock);

        DashboardSummary s = null;
        for (int i = 0; i < 20; i++) {
            s = store.load();
        }
        int total = s.perState().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).isPositive();
        int runs = 200;
        long[] ns = new long[runs];
        long[] cpu = new long[runs];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            store.load();
            ns[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(ns);
        Arrays.sort(cpu);
        int running = s.perState().entrySet().stream().filter(e -> e.getKey().clockRunning())
                .mapToInt(java.util.Map.Entry::getValue).sum();
        System.out.printf("BENCH Beranda load, %d letters (%d with a running clock; due today %d, overdue %d): "
                        + "median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms over %d runs%n",
                total, running, s.dueToday(), s.overdue(), ns[runs / 2] / 1e6, ns[(int) (runs * 0.95)] / 1e6,
                ns[(int) (runs * 0.99)] / 1e6,
                ns[runs - 1] / 1e6, runs);
        // The machine is shared: CPU time of the loading thread shows the work itself.
        System.out.printf("BENCH Beranda load, CPU time of the loading thread: median %.2f ms, p99 %.2f ms; "
                + "load average %.1f%n", cpu[runs / 2] / 1e6, cpu[(int) (runs * 0.99)] / 1e6,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
