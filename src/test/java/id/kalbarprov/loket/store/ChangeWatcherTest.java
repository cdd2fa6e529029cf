package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.calendar.Holiday;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** A desk hears about another desk's commit within a second, and not about reads. */
@OnBothBackends
class ChangeWatcherTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void anotherDesksCommitIsHeardAndAReadIsNot() throws Exception {
        DbLocation shared = backend.location(dir);
        Database here = Database.open(shared);
        Database there = Database.open(shared);
        Semaphore heard = new Semaphore(0);
        try (ChangeWatcher watcher = new ChangeWatcher(here)) {
            watcher.subscribe(heard::release);
            Thread.sleep(ChangeWatcher.PERIOD_MS * 2L); // the watcher has its first reading
            heard.drainPermits(); // the watch may begin with one refresh (what changed before it began)
            there.jdbi().useTransaction(h -> h.createQuery("SELECT count(*) FROM letter").mapTo(Integer.class).one());
            new DashboardStore(there, () -> new ReferenceStore(there).calendar(new SettingsStore(there)),
                    LetterFixtures.clock()).load();
            assertThat(heard.tryAcquire(1500, TimeUnit.MILLISECONDS)).as("reads are not changes").isFalse();
            new HolidayStore(there).insert(new Holiday(LocalDate.of(2026, 12, 31), "cuti_bersama", "Cuti", null), "x");
            assertThat(heard.tryAcquire(2, TimeUnit.SECONDS)).as("a commit is heard").isTrue();
        } finally {
            here.close();
            there.close();
        }
    }
}
