package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.office.SetupChecklist.BackupPlace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the backups go, against the database's own disk. */
class SetupFactsStoreTest {

    @TempDir
    Path dir;

    @Test
    void aFolderOnTheDatabasesDiskIsTheSameDiskAndAnAbsentOneIsMissing() throws Exception {
        Database db = Database.open(dir.resolve("loket.db"));
        try {
            SetupFactsStore facts = new SetupFactsStore(db);
            assertThat(facts.backupPlace(dir.resolve("cadangan"))).as("default, not made yet").isEqualTo(BackupPlace.SAME_DISK);
            assertThat(facts.backupPlace(Files.createDirectories(dir.resolve("elsewhere/cadangan"))))
                    .isEqualTo(BackupPlace.SAME_DISK);
            assertThat(facts.backupPlace(Path.of("/media/tidak-ada-usb/loket"))).isEqualTo(BackupPlace.MISSING);
            assertThat(facts.officeSaved()).isFalse();
        } finally {
            db.close();
        }
    }

    @Test
    void aFolderOnAnotherFileSystemIsAnotherDisk() throws Exception {
        Path shm = Path.of("/dev/shm");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm)
                && !Files.getAttribute(shm, "unix:dev").equals(Files.getAttribute(dir, "unix:dev")),
                "needs /dev/shm on its own file system (Linux)");
        Path other = Files.createTempDirectory(shm, "loket-backup");
        Database db = Database.open(dir.resolve("loket.db"));
        try {
            assertThat(new SetupFactsStore(db).backupPlace(other)).isEqualTo(BackupPlace.ANOTHER_DISK);
        } finally {
            db.close();
            Files.deleteIfExists(other);
        }
    }
}
