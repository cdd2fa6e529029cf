package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.register.Page;
import id.kalbarprov.loket.core.register.WorkItem;
import id.kalbarprov.loket.core.request.RequestState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 3 numbers: each worklist's first page with 100,000 requests, and one due date.
 * Run: mvn -B -o test -Pbench -Dtest=WorkflowBench (the database is cached in target/bench/).
 */
@Tag("benchmark")
class WorkflowBench {

    static final int LETTERS = 100_000;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Database database() throws Exception {
        Path file = Path.of("target/bench/workflow-" + LETTERS + ".db");
        boolean fresh = !Files.exists(file);
        Database db = Database.open(file);
        if (fresh) {
            long t = System.nanoTime();
            DemoData.write(db, LETTERS, 42, TODAY);
            System.out.printf("demo data: %d letters in %.1f s%n", LETTERS, (System.nanoTime() - t) / 1e9);
        }
        int n = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM letter").mapTo(Integer.class).one());
        assertThat(n).isEqualTo(LETTERS);
        return db;
    }

    @Test
    void worklistFirstPages() throws Exception {
        Database db = database();
        RequestStore store = new RequestStore(db, () -> new ReferenceStore(db).calendar(new SettingsStore(db)));
        WorkingCalendar cal = new ReferenceStore(db).calendar(new SettingsStore(db));
        RequestStore fixedCal = new RequestStore(db, () -> cal);
        Map<String, Runnable> lists = new LinkedHashMap<>();
        Set<RequestState> review = EnumSet.of(RequestState.DITERIMA, RequestState.DIKAJI);
        Set<RequestState> waiting = EnumSet.of(RequestState.BERKAS_BELUM_LENGKAP, RequestState.DIKEMBALIKAN);
        Set<RequestState> processing = EnumSet.of(RequestState.DIPROSES);
        lists.put("Kajian: Diterima+Dikaji", () -> check(store.worklist(review, null, TODAY, 0, 50)));
        lists.put("Kajian: belum lengkap+dikembalikan", () -> check(store.worklist(waiting, null, TODAY, 0, 50)));
        lists.put("Proses: semua", () -> check(store.worklist(processing, null, TODAY, 0, 50)));
        lists.put("Proses: milik budi", () -> check(store.worklist(processing, "budi", TODAY, 0, 50)));
        lists.put("Kajian: Diterima+Dikaji (calendar cached)", () -> check(fixedCal.worklist(review, null, TODAY, 0, 50)));
        db.jdbi().useHandle(h -> h.createQuery("SELECT state, count(*) FROM letter GROUP BY state ORDER BY state")
                .map((rs, ctx) -> rs.getString(1) + "=" + rs.getInt(2)).list().forEach(System.out::println));
        for (var e : lists.entrySet()) {
            for (int i = 0; i < 20; i++) {
                e.getValue().run();
            }
            long[] ns = new long[200];
            for (int i = 0; i < ns.length; i++) {
                long t = System.nanoTime();
                e.getValue().run();
                ns[i] = System.nanoTime() - t;
            }
            Arrays.sort(ns);
            double median = ns[ns.length / 2] / 1e6;
            double p99 = ns[(int) (ns.length * 0.99)] / 1e6;
            System.out.printf("%-45s median %.2f ms, p99 %.2f ms%n", e.getKey(), median, p99);
            assertThat(median).as(e.getKey()).isLessThanOrEqualTo(50.0);
        }
    }

    static void check(Page<WorkItem> page) {
        if (page.items().isEmpty()) {
            throw new AssertionError("empty worklist");
        }
    }

    @Test
    void dueDate() throws Exception {
        Database db = database();
        WorkingCalendar cal = new ReferenceStore(db).calendar(new SettingsStore(db));
        Random rnd = new Random(3);
        int n = 4096;
        LocalDateTime[] at = new LocalDateTime[n];
        int[] days = new int[n];
        for (int i = 0; i < n; i++) {
            at[i] = LocalDateTime.of(2024, 1, 1, 7, 0).plusDays(rnd.nextInt(3 * 365)).plusMinutes(rnd.nextInt(11 * 60));
            days[i] = rnd.nextBoolean() ? 1 : 3;
        }
        long sink = 0;
        for (int i = 0; i < 500_000; i++) {
            sink += cal.dueDate(at[i & (n - 1)], days[i & (n - 1)]).toEpochDay();
        }
        int rounds = 31;
        int calls = 200_000;
        double[] perCall = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                sink += cal.dueDate(at[i & (n - 1)], days[i & (n - 1)]).toEpochDay();
            }
            perCall[r] = (System.nanoTime() - t) / (double) calls;
        }
        Arrays.sort(perCall);
        System.out.printf("due date: median %.0f ns/call, best %.0f, worst %.0f (sink %d)%n", perCall[rounds / 2],
                perCall[0], perCall[rounds - 1], sink);
        assertThat(perCall[rounds / 2]).isLessThanOrEqualTo(5_000.0);
    }
}
