package id.kalbarprov.loket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.LetterStore;
import id.kalbarprov.loket.store.ReferenceStore;
import id.kalbarprov.loket.store.SettingsStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 2: registering a letter (durable commit, through IntakeService with its duplicate check)
 * on a 100,000-letter database: p99 target 10 ms. {@code mvn -B -o test -Pbench -Dtest=IntakeBenchmark}
 */
@Tag("benchmark")
class IntakeBenchmark {

    static final int WARMUP = 50;
    static final int RUNS = 600;

    @TempDir
    Path dir;

    @Test
    void registeringALetterOn100kLetters() {
        // The app's own wiring (cached calendar and service catalogue), as the intake form calls it.
        Clock clock = Clock.systemDefaultZone();
        id.kalbarprov.loket.Loket loket = id.kalbarprov.loket.Loket.open(BenchDb.copyInto(dir), clock);
        ReferenceStore ref = loket.reference();
        LetterStore letters = loket.letters();
        List<ServiceStandard> services = ref.services();
        IntakeService intake = loket.intake();
        List<Agency> agencies = ref.agencies();
        Actor clerk = new Actor(1, "siti", "Siti Rahmawati", Set.of(Role.PETUGAS_LOKET));
        int before = letters.count(LetterFilter.ALL).value();
        long[] nanos = new long[RUNS];
        for (int i = 0; i < WARMUP + RUNS; i++) {
            ServiceStandard s = services.get(i % services.size());
            Agency a = agencies.get(i % agencies.size());
            LocalDateTime now = LocalDateTime.now(clock);
            LetterDraft d = new LetterDraft(now, a.id(), "999/" + i + "/BENCH/2026", now.toLocalDate().minusDays(1),
                    "Permohonan layanan " + s.name(), s.id(), SignerRole.KEPALA_PD, "Benchmark Signer",
                    s.requirements().stream().map(ServiceStandard.Requirement::id).collect(Collectors.toSet()),
                    "Kontak", "0812 3456 7890", null);
            long t0 = System.nanoTime();
            var outcome = intake.register(d, clerk, false);
            long t = System.nanoTime() - t0;
            assertThat(outcome).isInstanceOf(IntakeService.Done.class);
            if (i >= WARMUP) {
                nanos[i - WARMUP] = t;
            }
        }
        assertThat(letters.count(LetterFilter.ALL).value()).isEqualTo(before + WARMUP + RUNS);
        Stats st = Stats.of(nanos);
        System.out.println("BENCH register (durable commit, 100k letters): " + st);
        if (Boolean.getBoolean("bench.slowest")) {
            java.util.stream.IntStream.range(0, RUNS).boxed().sorted((x, y) -> Long.compare(nanos[y], nanos[x])).limit(12)
                    .forEach(k -> System.out.printf("BENCH slow #%d %.2f ms%n", k, nanos[k] / 1e6));
        }
    }

    /** Where a registration's time goes: duplicate check, calendar read, the durable insert. */
    @Test
    void breakdown() {
        Database db = Database.open(BenchDb.copyInto(dir));
        ReferenceStore ref = new ReferenceStore(db);
        LetterStore letters = new LetterStore(db, () -> ref.calendar(new SettingsStore(db)), Clock.systemDefaultZone());
        List<ServiceStandard> services = ref.services();
        long agency = ref.agencies().get(3).id();
        int n = 300;
        long[] dup = new long[n];
        long[] cal = new long[n];
        long[] ins = new long[n];
        for (int i = 0; i < n; i++) {
            ServiceStandard s = services.get(i % services.size());
            LocalDateTime now = LocalDateTime.now();
            LetterDraft d = new LetterDraft(now.withSecond(0).withNano(0), agency, "888/" + i + "/B", now.toLocalDate(),
                    "Perihal", s.id(), SignerRole.KEPALA_PD, "Penanda", Set.of(), null, null, null);
            long t0 = System.nanoTime();
            letters.findByAgencyAndNumber(agency, d.letterNumber());
            long t1 = System.nanoTime();
            ref.calendar(new SettingsStore(db));
            long t2 = System.nanoTime();
            letters.insert(new id.kalbarprov.loket.core.intake.LetterStorePort.NewLetter(d, false, null, "bench"));
            long t3 = System.nanoTime();
            dup[i] = t1 - t0;
            cal[i] = t2 - t1;
            ins[i] = t3 - t2;
        }
        System.out.println("BENCH breakdown duplicate check: " + Stats.of(dup));
        System.out.println("BENCH breakdown calendar read:   " + Stats.of(cal));
        System.out.println("BENCH breakdown durable insert:  " + Stats.of(ins));
    }
}
