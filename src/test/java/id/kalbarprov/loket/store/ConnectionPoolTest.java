package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kept connections: never serve a replaced file, never carry an open transaction to the next caller. */
class ConnectionPoolTest {

    @TempDir
    Path dir;

    @Test
    void afterARestoreBothWorkstationsSeeTheRestoredLettersAndTheirNewLettersLand() throws Exception {
        Path file = dir.resolve("loket.db");
        Database here = Database.open(file);
        DemoData.write(here, 20, 3, LocalDate.of(2026, 11, 20));
        Path backup = Files.createDirectories(dir.resolve("usb")).resolve("loket-20261123-090000.db");
        Backup.write(file, backup, LocalDateTime.of(2026, 11, 23, 9, 0));
        Database there = Database.open(file); // the second workstation, its connections kept
        DemoData.write(there, 5, 4, LocalDate.of(2026, 11, 21));
        assertThat(BackupTest.letters(here)).isEqualTo(25);

        new BackupStore(here).restore(backup, LocalDateTime.of(2026, 11, 23, 10, 0));

        assertThat(BackupTest.letters(there)).as("the other workstation reads the restored file").isEqualTo(20);
        DemoData.write(there, 2, 5, LocalDate.of(2026, 11, 22));
        assertThat(BackupTest.letters(here)).isEqualTo(22);
        there.close();
        here.close();
        assertThat(BackupTest.letters(Database.open(file))).as("written into the restored file, not the replaced one")
                .isEqualTo(22);
    }

    @Test
    void aFailedTransactionLeavesNoOpenTransactionForTheNextCaller() {
        Database db = Database.open(dir.resolve("loket.db"));
        int before = BackupTest.letters(db);
        try {
            db.jdbi().useHandle(h -> {
                h.begin();
                h.execute("DELETE FROM letter_requirement");
                throw new IllegalStateException("gagal di tengah");
            });
        } catch (IllegalStateException expected) {
            // the caller's failure
        }
        boolean autoCommit = db.jdbi().withHandle(h -> {
            try {
                return h.getConnection().getAutoCommit();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(autoCommit).isTrue();
        assertThat(BackupTest.letters(db)).isEqualTo(before);
    }
}
