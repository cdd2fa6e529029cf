package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.backup.BackupProblem;
import id.kalbarprov.loket.core.backup.StartupProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCheckTest {

    @TempDir
    Path dir;

    Path file() {
        return dir.resolve("loket.db");
    }

    /** A database with {@code n} letters and two good backups (20 and 21 Nov) plus a damaged newer one. */
    void withBackups(int n) throws Exception {
        Database db = Database.open(file());
        DemoData.write(db, n, 3, LocalDate.of(2026, 11, 19));
        Path folder = Files.createDirectories(dir.resolve("cadangan"));
        Backup.write(file(), folder.resolve("loket-20261120-170000.db"), LocalDateTime.of(2026, 11, 20, 17, 0));
        DemoData.write(db, 4, 4, LocalDate.of(2026, 11, 20));
        Backup.write(file(), folder.resolve("loket-20261121-170000.db"), LocalDateTime.of(2026, 11, 21, 17, 0));
        Path bad = folder.resolve("loket-20261122-170000.db");
        Backup.write(file(), bad, LocalDateTime.of(2026, 11, 22, 17, 0));
        BackupTest.corrupt(bad);
        Files.writeString(folder.resolve("loket-20261123-170000.db"), "setengah tertulis");
        db.close(); // the app has exited: the write-ahead log is checkpointed into the file the test damages
    }

    @Test
    void aMissingFileIsAFreshStartAndAHealthyOneOpens() {
        assertThat(StartupCheck.run(file())).isInstanceOfSatisfying(StartupCheck.Ready.class,
                r -> assertThat(r.fresh()).isTrue());
        assertThat(StartupCheck.run(file())).isInstanceOfSatisfying(StartupCheck.Ready.class,
                r -> assertThat(r.fresh()).isFalse());
    }

    @Test
    void aFileThatIsNotADatabaseOffersTheNewestGoodBackupNeverAnEmptyDatabase() throws Exception {
        withBackups(25);
        byte[] before = "Ini dokumen Word yang tertimpa ke loket.db".repeat(300).getBytes();
        Files.write(file(), before);

        var result = StartupCheck.run(file());

        assertThat(result).isInstanceOfSatisfying(StartupCheck.Broken.class, b -> {
            assertThat(b.problem()).isEqualTo(StartupProblem.NOT_SQLITE);
            assertThat(b.newestGood()).get().satisfies(c -> {
                assertThat(c.backup().file().getFileName().toString()).isEqualTo("loket-20261121-170000.db");
                assertThat(c.check().letters()).isEqualTo(29);
            });
        });
        assertThat(Files.readAllBytes(file())).as("the broken file is left as it was").isEqualTo(before);

        var b = (StartupCheck.Broken) result;
        Backup.restore(b.newestGood().get().backup().file(), file(), LocalDateTime.of(2026, 11, 23, 8, 0));
        assertThat(StartupCheck.run(file())).isInstanceOfSatisfying(StartupCheck.Ready.class,
                r -> assertThat(BackupTest.letters(r.database())).isEqualTo(29));
        assertThat(Files.readAllBytes(dir.resolve("loket.db.before-restore-20261123-080000"))).isEqualTo(before);
    }

    @Test
    void aDamagedFileIsDetectedByQuickCheck() throws Exception {
        withBackups(300);
        BackupTest.corrupt(file());
        var result = StartupCheck.run(file());
        assertThat(result).isInstanceOfSatisfying(StartupCheck.Broken.class, b -> {
            assertThat(b.problem()).isEqualTo(StartupProblem.DAMAGED);
            assertThat(b.newestGood()).isPresent();
        });
    }

    @Test
    void aFailedMigrationIsBrokenAndWithoutBackupsNothingIsOffered() throws Exception {
        Database.open(file());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement st = c.createStatement()) {
            st.execute("UPDATE flyway_schema_history SET success = 0 WHERE version = '4'");
        }
        var result = StartupCheck.run(file());
        assertThat(result).isInstanceOfSatisfying(StartupCheck.Broken.class, b -> {
            assertThat(b.problem()).isEqualTo(StartupProblem.MIGRATION_FAILED);
            assertThat(b.newestGood()).isEmpty();
            assertThat(b.settings().folder()).isEqualTo(dir.resolve("cadangan"));
        });
        assertThat(Backup.verify(file()).problem()).isNotEqualTo(BackupProblem.NOT_SQLITE);
    }

    @Test
    void aMissingFileBesideTheLeftoversOfARestoreLeadsToTheGuidedRestoreNeverANewDatabase() throws Exception {
        for (String leftover : new String[] {".before-restore-20261205-220000", ".restoring"}) {
            Path kept = dir.resolve(file().getFileName() + leftover);
            Files.writeString(kept, "sisa");
            assertThat(StartupCheck.run(file())).as(leftover).isInstanceOfSatisfying(StartupCheck.Broken.class, b -> {
                assertThat(b.problem()).isEqualTo(id.kalbarprov.loket.core.backup.StartupProblem.RESTORE_INTERRUPTED);
                assertThat(b.detail()).contains(kept.toString());
            });
            assertThat(file()).doesNotExist();
            Files.delete(kept);
        }
    }
}
