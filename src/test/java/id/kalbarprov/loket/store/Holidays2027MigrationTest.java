package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.calendar.Holiday;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V11 brings the 2027 list (SKB 1205/2026, 3/2026, 2/2026) to new and existing databases. */
class Holidays2027MigrationTest {

    @TempDir
    Path dir;

    private static List<Holiday> year(Database db, int year) {
        return new HolidayStore(db).inYear(year);
    }

    @Test
    void aNewDatabaseHasTheTwentySixDaysOf2027() {
        Database db = TempDb.migratedNow(dir);
        List<Holiday> days = year(db, 2027);
        assertThat(days).hasSize(26);
        Map<String, Long> byKind = days.stream().collect(Collectors.groupingBy(Holiday::kind, Collectors.counting()));
        assertThat(byKind).containsEntry("libur", 18L).containsEntry("cuti_bersama", 8L);
        assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(days.get(0).basis()).isEqualTo("SKB 1205/2026 3/2026 2/2026");
    }

    @Test
    void aDueDateCrossingTheYearSkipsNewYearAndIsraMikraj() {
        Database db = TempDb.migratedNow(dir);
        WorkingCalendar calendar = new ReferenceStore(db).calendar(new SettingsStore(db));
        assertThat(calendar.hasHolidayListFor(2027)).isTrue();
        // Wednesday 30 December 2026, 10:00, three working days: 31 Dec, (1 Jan holiday, weekend) 4 Jan,
        // (5 Jan Isra Mikraj) 6 Jan.
        assertThat(calendar.dueDate(LocalDateTime.of(2026, 12, 30, 10, 0), 3)).isEqualTo(LocalDate.of(2027, 1, 6));
        // Idulfitri 1448 H: 9–12 and 15 March are off; Monday 8 March is Nyepi.
        assertThat(calendar.dueDate(LocalDateTime.of(2027, 3, 5, 9, 0), 1)).isEqualTo(LocalDate.of(2027, 3, 16));
        assertThat(calendar.hasHolidayListFor(2028)).as("2028 still warns").isFalse();
    }

    private static void add(Handle h, String date, String name, String basis) {
        h.createUpdate("INSERT INTO holiday (date, kind, name, basis) VALUES (?, 'libur', ?, ?)")
                .bind(0, date).bind(1, name).bind(2, basis).execute();
        AuditLog.append(h, "admin", "holiday", date, "add", null, Map.of("date", date, "name", name));
    }

    @Test
    void anExistingDatabaseGetsTheListWithoutTouchingWhatTheAdministratorDid() {
        Path file = dir.resolve("loket.db");
        // A database as the previous Loket left it (up to V10) ...
        Flyway.configure().dataSource(Database.dataSource(file)).locations(Database.SQLITE_MIGRATIONS)
                .target("10").load().migrate();
        // ... where the administrator already moved Idulfitri to 9 March, set New Year's Day themselves,
        // and added then removed Isra Mikraj on 5 January (each with its audit row, as the app writes them).
        Jdbi v10 = Jdbi.create(Database.dataSource(file));
        v10.useTransaction(h -> {
            add(h, "2027-03-09", "Hari Raya Idulfitri 1448 H", "Keputusan Menag");
            add(h, "2027-01-01", "Tahun Baru (ditetapkan kantor)", null);
            add(h, "2027-01-05", "Isra Mikraj", null);
            h.execute("DELETE FROM holiday WHERE date = '2027-01-05'");
            AuditLog.append(h, "admin", "holiday", "2027-01-05", "remove", Map.of("date", "2027-01-05"), null);
        });

        Database db = Database.open(file);
        Map<LocalDate, Holiday> days = year(db, 2027).stream()
                .collect(Collectors.toMap(Holiday::date, h -> h));
        assertThat(days.get(LocalDate.of(2027, 1, 1)).name()).as("the administrator's row stays")
                .isEqualTo("Tahun Baru (ditetapkan kantor)");
        assertThat(days).as("removed by the administrator: not put back").doesNotContainKey(LocalDate.of(2027, 1, 5));
        assertThat(days.get(LocalDate.of(2027, 3, 9)).basis()).isEqualTo("Keputusan Menag");
        assertThat(days).as("Idulfitri was moved: the SKB dates are not added again")
                .doesNotContainKeys(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 11));
        assertThat(days).containsKeys(LocalDate.of(2027, 2, 6), LocalDate.of(2027, 3, 12), LocalDate.of(2027, 12, 26));
        // 26 SKB days − 01-01 (kept) − 01-05 (removed) − 03-09 (kept) − 03-10, 03-11 (moved) + the three own rows
        assertThat(days).hasSize(26 - 5 + 2);
    }
}
