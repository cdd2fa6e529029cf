package id.kalbarprov.loket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.store.DashboardStore;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.DatabaseCopy;
import id.kalbarprov.loket.store.DbLocation;
import id.kalbarprov.loket.store.LetterStore;
import id.kalbarprov.loket.store.ReferenceStore;
import id.kalbarprov.loket.store.RequestStore;
import id.kalbarprov.loket.store.SettingsStore;
import id.kalbarprov.loket.store.TestServer;
import id.kalbarprov.loket.ui.register.RegisterViewModel;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's numbers, PostgreSQL beside SQLite in one run on {@code -Dbench.letters} letters (default
 * 100,000, the cached benchmark file, BenchDb): {@code copy} of the file into an empty server database,
 * then on both backends the register's first page (no filter and typed searches), each worklist's first
 * page, Beranda, and registering a letter (p99; durable on both: the embedded test server is switched to
 * fsync and synchronous commit for this run). Targets on PostgreSQL: copy ≤ 60 s, registration p99 ≤
 * 10 ms, register first page and worklists p95 ≤ 50 ms, Beranda p95 ≤ 100 ms.
 * {@code mvn -B test -Pbench -Dtest=ServerBench}
 */
@Tag("benchmark")
class ServerBench {

    static final int WARMUP = 10;
    static final int RUNS = 60;

    @TempDir
    Path dir;

    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    @Test
    void postgresqlBesideSqlite() {
        Path file = BenchDb.copyInto(dir);
        TestServer.admin("ALTER SYSTEM SET fsync = on");
        TestServer.admin("ALTER SYSTEM SET synchronous_commit = on");
        TestServer.admin("ALTER SYSTEM SET full_page_writes = on");
        TestServer.admin("SELECT pg_reload_conf()");
        DbLocation.Server server = TestServer.freshDatabase();
        Database sqlite = Database.open(file);
        Database pg = Database.open(server);
        System.out.printf("BENCH server: load average %.2f before the copy%n", load());
        long t0 = System.nanoTime();
        DatabaseCopy.Result copied = DatabaseCopy.copy(sqlite, pg);
        double copySeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("BENCH server copy SQLite -> PostgreSQL: %,d letters, %,d rows in %.1f s (load %.2f)%n",
                copied.rows("letter"), copied.counts().values().stream().mapToLong(Long::longValue).sum(), copySeconds,
                load());
        pg.jdbi().useHandle(h -> h.execute("VACUUM ANALYZE"));

        if (Boolean.getBoolean("bench.explain")) {
            for (String[] words : new String[][] {{"jaringan", "kantor"}, {"dinkes"}}) {
                StringBuilder where = new StringBuilder();
                for (String w : words) {
                    where.append(" AND doc LIKE '% ").append(w).append("%'");
                }
                String ids = "SELECT letter_id FROM letter_search WHERE true" + where;
                String walk = "WITH w AS MATERIALIZED (SELECT l.id, l.received_at FROM letter l WHERE 1 = 1 ORDER BY"
                        + " l.received_at DESC, l.id DESC LIMIT 2100), d AS MATERIALIZED (SELECT w.id, w.received_at,"
                        + " (SELECT s.doc FROM letter_search s WHERE s.letter_id = w.id) AS doc FROM w)"
                        + " SELECT count(*) FROM d WHERE true" + where.toString().replace("doc", "d.doc");
                for (String sql : List.of(walk,
                        "SELECT l.id FROM letter l WHERE 1 = 1 AND l.id IN (" + ids + ") ORDER BY l.received_at DESC, l.id DESC LIMIT 100",
                        "SELECT count(*) FROM (SELECT 1 FROM letter l WHERE 1 = 1 AND l.id IN (" + ids + ") LIMIT 10001) m")) {
                    System.out.println("BENCH explain " + sql);
                    pg.jdbi().useHandle(h -> h.createQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql).mapTo(String.class)
                            .list().forEach(line -> System.out.println("BENCH   " + line)));
                }
            }
            return;
        }
        Map<String, Map<String, Stats>> results = new LinkedHashMap<>();
        for (Database db : List.of(sqlite, pg)) {
            String backend = db.onServer() ? "PostgreSQL" : "SQLite";
            results.put(backend, reads(db));
            results.get(backend).put("registration", registration(db));
        }
        System.out.printf("BENCH server side by side (ms; load %.2f):%n", load());
        System.out.printf("BENCH %-48s %-34s %-34s%n", "", "SQLite", "PostgreSQL");
        for (String name : results.get("SQLite").keySet()) {
            System.out.printf("BENCH %-48s %-34s %-34s%n", name, results.get("SQLite").get(name).brief(),
                    results.get("PostgreSQL").get(name).brief() + " p99=" + String.format(java.util.Locale.ROOT, "%.2f",
                            results.get("PostgreSQL").get(name).p99Ms()));
        }
        System.out.printf("BENCH server registration p99: SQLite %.2f ms, PostgreSQL %.2f ms; copy %.1f s%n",
                results.get("SQLite").get("registration").p99Ms(), results.get("PostgreSQL").get("registration").p99Ms(),
                copySeconds);
        sqlite.close();
        pg.close();
        if (!Boolean.getBoolean("bench.keep")) {
            TestServer.drop(server.database());
        }
    }

    private static Map<String, Stats> reads(Database db) {
        ReferenceStore ref = new ReferenceStore(db);
        Clock clock = Clock.fixed(BenchDb.now().atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        var calendar = ref.calendar(new SettingsStore(db));
        LetterStore letters = new LetterStore(db, () -> calendar, clock);
        RequestStore requests = new RequestStore(db, () -> calendar);
        DashboardStore dashboard = new DashboardStore(db, () -> calendar, clock);
        LocalDate today = BenchDb.now().toLocalDate();
        int page = RegisterViewModel.PAGE_SIZE;
        Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
        for (var f : Map.of(
                "register: no filter", LetterFilter.ALL,
                "register: text 'jaringan kantor'", LetterFilter.ALL.withText("jaringan kantor"),
                "register: text 'reset password'", LetterFilter.ALL.withText("reset password"),
                "register: text 'permohonan' (most letters)", LetterFilter.ALL.withText("permohonan"),
                "register: text 'Dinkes'", LetterFilter.ALL.withText("Dinkes"),
                "register: text 'jar' (typing)", LetterFilter.ALL.withText("jar"),
                "register: agenda number '0042/SM/2025'", LetterFilter.ALL.withText("0042/SM/2025"),
                "register: open only", LetterFilter.ALL.withOpenOnly()).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            cases.put(f.getKey(), () -> List.of(letters.search(f.getValue(), 0, page), letters.count(f.getValue())));
        }
        Set<RequestState> review = EnumSet.of(RequestState.DITERIMA, RequestState.DIKAJI);
        Set<RequestState> waiting = EnumSet.of(RequestState.BERKAS_BELUM_LENGKAP, RequestState.DIKEMBALIKAN);
        Set<RequestState> processing = EnumSet.of(RequestState.DIPROSES);
        cases.put("worklist: Kajian", () -> requests.worklist(review, null, today, 0, 50));
        cases.put("worklist: Kajian, menunggu PD", () -> requests.worklist(waiting, null, today, 0, 50));
        cases.put("worklist: Proses", () -> requests.worklist(processing, null, today, 0, 50));
        cases.put("worklist: Proses, milik budi", () -> requests.worklist(processing, "budi", today, 0, 50));
        cases.put("Beranda", dashboard::load);
        Map<String, Stats> out = new LinkedHashMap<>();
        for (var c : cases.entrySet()) {
            long[] nanos = new long[RUNS];
            for (int i = 0; i < WARMUP + RUNS; i++) {
                long t0 = System.nanoTime();
                Object r = c.getValue().get();
                long t = System.nanoTime() - t0;
                assertThat(r).isNotNull();
                if (i >= WARMUP) {
                    nanos[i - WARMUP] = t;
                }
            }
            Stats s = Stats.of(nanos);
            out.put(c.getKey(), s);
            System.out.printf("BENCH server %s [%s]: %s%n", db.onServer() ? "PostgreSQL" : "SQLite", c.getKey(), s);
        }
        return out;
    }

    private static Stats registration(Database db) {
        Clock clock = Clock.systemDefaultZone();
        Loket loket = new LoketOn(db, clock).loket;
        ReferenceStore ref = loket.reference();
        List<ServiceStandard> services = ref.services();
        List<Agency> agencies = ref.agencies();
        IntakeService intake = loket.intake();
        Actor clerk = new Actor(1, "siti", "Siti Rahmawati", Set.of(Role.PETUGAS_LOKET));
        int warmup = 50;
        int runs = 400;
        long[] nanos = new long[runs];
        for (int i = 0; i < warmup + runs; i++) {
            ServiceStandard s = services.get(i % services.size());
            Agency a = agencies.get(i % agencies.size());
            LocalDateTime now = LocalDateTime.now(clock);
            LetterDraft d = new LetterDraft(now, a.id(), "999/" + i + "/BENCH/" + (db.onServer() ? "PG" : "SQ"),
                    now.toLocalDate().minusDays(1), "Permohonan layanan " + s.name(), s.id(), SignerRole.KEPALA_PD,
                    "Benchmark Signer", s.requirements().stream().map(ServiceStandard.Requirement::id)
                    .collect(Collectors.toSet()), "Kontak", "0812 3456 7890", null);
            long t0 = System.nanoTime();
            var outcome = intake.register(d, clerk, false);
            long t = System.nanoTime() - t0;
            assertThat(outcome).isInstanceOf(IntakeService.Done.class);
            if (i >= warmup) {
                nanos[i - warmup] = t;
            }
        }
        Stats s = Stats.of(nanos);
        System.out.printf("BENCH server %s [registration, durable]: %s%n", db.onServer() ? "PostgreSQL" : "SQLite", s);
        return s;
    }

    /** The app's own wiring on an open database (cached calendar and services), as the intake form calls it. */
    private static final class LoketOn {
        final Loket loket;

        LoketOn(Database db, Clock clock) {
            this.loket = Loket.open(db.location(), clock);
        }
    }
}
