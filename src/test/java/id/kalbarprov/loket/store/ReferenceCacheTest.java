package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.calendar.Holiday;
import id.kalbarprov.loket.core.calendar.HolidayKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** The cached calendar: a holiday added here counts at once; one added elsewhere within the max age. */
@OnBothBackends
class ReferenceCacheTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    static final LocalDate FRIDAY = LocalDate.of(2027, 1, 8);

    @Test
    void aHolidayAddedOnAnotherWorkstationIsSeenAfterTheMaxAge() {
        Database db = backend.open(dir);
        ReferenceStore ref = new ReferenceStore(db);
        AtomicLong nanos = new AtomicLong();
        ReferenceCache<id.kalbarprov.loket.core.calendar.WorkingCalendar> cache = new ReferenceCache<>(() -> ref.calendar(new SettingsStore(db)), Duration.ofSeconds(30),
                nanos::get);
        assertThat(cache.get().isWorkingDay(FRIDAY)).isTrue();
        // Another workstation (another Database on the same file) adds the day off.
        new HolidayStore(Database.open(db.location())).insert(new Holiday(FRIDAY, "cuti_bersama", "Cuti", null), "x");
        nanos.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(cache.get().isWorkingDay(FRIDAY)).as("still the cached calendar").isTrue();
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(cache.get().isWorkingDay(FRIDAY)).isFalse();
    }

    @Test
    void aHolidayAddedInPengaturanCountsAtOnce() {
        Loket loket = Loket.open(dir.resolve("loket.db"), Clock.systemDefaultZone());
        assertThat(loket.calendar().isWorkingDay(FRIDAY)).isTrue();
        Actor admin = new Actor(1, "admin", "Admin", EnumSet.of(Role.ADMIN));
        loket.holidays().add(FRIDAY, HolidayKind.CUTI_BERSAMA, "Cuti bersama", null, admin);
        assertThat(loket.calendar().isWorkingDay(FRIDAY)).isFalse();
        loket.holidays().remove(FRIDAY, admin);
        assertThat(loket.calendar().isWorkingDay(FRIDAY)).isTrue();
    }
}
