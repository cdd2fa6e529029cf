package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.report.ReportPeriod;
import id.kalbarprov.loket.core.report.ReportService;
import id.kalbarprov.loket.core.report.ServiceReport;
import id.kalbarprov.loket.core.survey.Answers;
import id.kalbarprov.loket.core.survey.IkmLine;
import id.kalbarprov.loket.core.survey.Profile;
import id.kalbarprov.loket.core.survey.SurveyService;
import id.kalbarprov.loket.core.survey.SurveySource;
import id.kalbarprov.loket.core.survey.SurveyStorePort;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The service report of a whole year over 1,000,000 letters all received in that year (2026, up to
 * 23 November), and the satisfaction index over 10,000 questionnaires. The databases are made once
 * with DemoData and kept under target/bench/ ({@code -Dloket.bench.dir=DIR} for another folder, one that
 * {@code mvn clean} leaves alone; {@code -Dloket.bench.letters=N} for another size). Run:
 * {@code mvn -B test -Pbench -Dtest=ReportBench} (see docs/BENCHMARKS.md).
 */
@Tag("benchmark")
class ReportBench {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    static final Actor KABID = new Actor(4, "kabid", "Rina Kartika", EnumSet.of(Role.KEPALA_BIDANG));

    static Clock clock() {
        return Clock.fixed(NOW.atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    }

    @Test
    void aYearlyReportOverAMillionLetters() throws Exception {
        int letters = Integer.getInteger("loket.bench.letters", 1_000_000);
        Path file = Path.of(System.getProperty("loket.bench.dir", "target/bench"), "report-" + letters + ".db");
        Files.createDirectories(file.getParent());
        boolean fresh = !Files.exists(file);
        Database db = Database.open(file);
        if (fresh) {
            long t0 = System.nanoTime();
            DemoData.write(db, letters, 42, LocalDate.of(2026, 1, 2), NOW.toLocalDate());
            DemoFeedback.complaints(db, letters, 42, NOW.toLocalDate());
            System.out.printf("demo data: %d letters in %d s%n", letters, (System.nanoTime() - t0) / 1_000_000_000);
        }
        ReferenceStore ref = new ReferenceStore(db);
        SettingsStore settings = new SettingsStore(db);
        // as the app wires it, except that the calendar is read once (the app caches it too)
        WorkingCalendar cal = ref.calendar(settings);
        ReportService reports = new ReportService(new ReportStore(db, ref::services), ref::services,
                ref::complaintChannels, ref::complaintCategories, () -> cal, clock());
        ServiceReport r = time("yearly report 2026", 2, 7, () -> reports.report(ReportPeriod.year(2026), KABID));
        assertThat(r.total().received()).isEqualTo(letters);
        System.out.printf("BENCH report 2026: received %d, completed %d (on time %d), returned %d, refused %d, "
                        + "open at the end %d (overdue %d), complaints %d%n", r.total().received(),
                r.total().completed(), r.total().onTime(), r.total().returned(), r.total().refused(),
                r.total().openAtEnd(), r.total().overdueAtEnd(), r.complaints().total().received());
        time("monthly report 2026-10", 2, 7, () -> reports.report(ReportPeriod.month(2026, 10), KABID));
        db.close();
    }

    @Test
    void theIndexOverTenThousandQuestionnaires() throws Exception {
        Path file = Path.of("target", "bench", "ikm-10k.db");
        Files.createDirectories(file.getParent());
        boolean fresh = !Files.exists(file);
        Database db = Database.open(file);
        SurveyStore store = new SurveyStore(db);
        if (fresh) {
            DemoData.write(db, 20_000, 42, LocalDate.of(2026, 1, 2), NOW.toLocalDate());
            Random rnd = new Random(42);
            List<Long> services = new ArrayList<>(store.serviceIds().values());
            List<SurveyStorePort.NewResponse> rows = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                int[] a = new int[9];
                for (int e = 0; e < 9; e++) {
                    a[e] = 2 + rnd.nextInt(3);
                }
                rows.add(new SurveyStorePort.NewResponse(LocalDate.of(2026, 1, 2).plusDays(rnd.nextInt(320)),
                        services.get(rnd.nextInt(services.size())), Answers.of(a), Profile.NONE, null,
                        SurveySource.IMPOR));
            }
            store.insertAll(rows, "bench", NOW);
        }
        SurveyService surveys = new SurveyService(store, clock());
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        IkmLine line = time("IKM 2026, all services", 20, 200, () -> surveys.indexLine(from, to, null, "Jumlah"));
        assertThat(line.ikm().respondents()).isEqualTo(10_000);
        System.out.printf("BENCH IKM %s over %d questionnaires, population %d, sample %d%n", line.ikm().index(),
                line.ikm().respondents(), line.population(), line.required());
        Long vicon = store.serviceIds().get("VICON");
        time("IKM 2026, one service", 20, 200, () -> surveys.indexLine(from, to, vicon, "Vicon"));
        db.close();
    }

    /** Runs {@code work} {@code warm} times, then {@code runs} times timed; prints wall and CPU time. */
    static <T> T time(String what, int warm, int runs, Supplier<T> work) {
        T result = null;
        for (int i = 0; i < warm; i++) {
            result = work.get();
        }
        long[] ns = new long[runs];
        long[] cpu = new long[runs];
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            result = work.get();
            ns[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(ns);
        Arrays.sort(cpu);
        System.out.printf("BENCH %s: median %.1f ms, max %.1f ms wall; CPU median %.1f ms over %d runs; "
                        + "load average %.1f%n", what, ns[runs / 2] / 1e6, ns[runs - 1] / 1e6, cpu[runs / 2] / 1e6,
                runs, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return result;
    }
}
