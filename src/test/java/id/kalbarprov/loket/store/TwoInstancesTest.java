package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two workstations on one database file (a shared folder): both register at the same time. No
 * "database is locked" reaches the clerk, nothing is lost, agenda numbers stay unique and gapless.
 */
class TwoInstancesTest {

    @TempDir
    Path dir;

    @Test
    void twoProcessesRegisterAtOnce() throws Exception {
        Path db = dir.resolve("loket.db");
        Database.open(db);
        WriterProcess a = new WriterProcess(db, "A", 120L, dir);
        WriterProcess b = new WriterProcess(db, "B", 120L, dir);
        int codeA = a.awaitExit();
        int codeB = b.awaitExit();
        assertThat(codeA).as(Files.readString(dir.resolve("A.err"))).isZero();
        assertThat(codeB).as(Files.readString(dir.resolve("B.err"))).isZero();
        assertThat(a.done && b.done).isTrue();
        List<String> acknowledged = new ArrayList<>(a.acknowledged);
        acknowledged.addAll(b.acknowledged);
        assertThat(acknowledged).hasSize(240);
        assertGapless(Database.open(db), 240);
        List<String> stored = Database.open(db).jdbi().withHandle(h -> h.createQuery(
                "SELECT agenda_number || ' ' || letter_number FROM letter").mapTo(String.class).list());
        assertThat(stored).containsExactlyInAnyOrderElementsOf(acknowledged);
    }

    @Test
    void twoOpenDatabasesInTwoThreadsRegisterAtOnce() throws Exception {
        Path file = dir.resolve("loket.db");
        Database first = Database.open(file);
        Database second = Database.open(file);
        CyclicBarrier start = new CyclicBarrier(2);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (Database db : List.of(first, second)) {
            Thread t = new Thread(() -> {
                try {
                    IntakeService intake = intake(db);
                    start.await();
                    for (int i = 0; i < 150; i++) {
                        intake.register(draft(db, Thread.currentThread().getName() + "/" + i), CLERK, false);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(failures).as("no 'database is locked', no other failure").isEmpty();
        assertGapless(first, 300);
        assertThat(DatabaseCheck.run(file).problems()).isEmpty();
    }

    static final Actor CLERK = new Actor(1, "siti", "Siti Rahmawati", Set.of(Role.PETUGAS_LOKET));

    static IntakeService intake(Database db) {
        ReferenceStore ref = new ReferenceStore(db);
        List<ServiceStandard> services = ref.services();
        var cal = ref.calendar(new SettingsStore(db));
        return new IntakeService(new LetterStore(db), id -> services.stream().filter(s -> s.id() == id).findFirst(),
                () -> cal, Clock.systemDefaultZone());
    }

    static LetterDraft draft(Database db, String number) {
        ReferenceStore ref = new ReferenceStore(db);
        ServiceStandard s = ref.services().get(2);
        LocalDateTime now = LocalDateTime.now();
        return new LetterDraft(now, ref.agencies().get(1).id(), number, now.toLocalDate(), "Permohonan " + number,
                s.id(), SignerRole.KEPALA_UPT, "Kepala UPT",
                s.requirements().stream().map(ServiceStandard.Requirement::id).collect(Collectors.toSet()),
                null, null, null);
    }

    static void assertGapless(Database db, int n) {
        List<Long> seqs = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT agenda_seq FROM letter ORDER BY agenda_seq").mapTo(Long.class).list());
        assertThat(seqs).as("unique and gapless").containsExactlyElementsOf(
                LongStream.rangeClosed(1, n).boxed().toList());
    }
}
