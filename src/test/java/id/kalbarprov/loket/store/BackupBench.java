package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.backup.BackupCheck;
import id.kalbarprov.loket.core.backup.BackupInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and restore of a 100,000-letter database. The database is cached under target/ (making it
 * takes minutes); run with {@code mvn -B -o test -Pbench -Dtest=BackupBench}.
 */
@Tag("benchmark")
class BackupBench {

    static final int LETTERS = 100_000;

    @TempDir
    Path dir;

    static Path cached() {
        Path cache = Path.of("target", "bench-backup-100k.db");
        if (!Files.exists(cache)) {
            Path building = Path.of("target", "bench-backup-100k.building.db");
            try {
                for (String side : new String[] {"", "-wal", "-shm"}) {
                    Files.deleteIfExists(Path.of(building + side));
                }
                long t0 = System.nanoTime();
                DemoData.write(Database.open(building), LETTERS, 100_000L, LocalDate.of(2026, 11, 20));
                Backup.write(building, cache, LocalDateTime.now());
                System.out.printf("BENCH built the 100k database in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return cache;
    }

    @Test
    void backupAndRestoreOfAHundredThousandLetters() throws Exception {
        Path db = dir.resolve("loket.db");
        Files.copy(cached(), db);
        try (var ch = java.nio.channels.FileChannel.open(db, java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true); // a database at rest, not 200 MB still being written back while timing
        }
        Database.open(db).close();
        Files.createDirectories(dir.resolve("usb"));

        long t0 = System.nanoTime();
        BackupInfo info = Backup.write(db, dir.resolve("usb/loket-20261123-100000.db"), LocalDateTime.now());
        double backupSeconds = (System.nanoTime() - t0) / 1e9;

        long t1 = System.nanoTime();
        BackupCheck check = Backup.verify(info.file());
        double verifySeconds = (System.nanoTime() - t1) / 1e9;
        assertThat(check.letters()).isEqualTo(LETTERS);

        long t2 = System.nanoTime();
        Backup.restore(info.file(), db, LocalDateTime.now());
        double restoreSeconds = (System.nanoTime() - t2) / 1e9;
        assertThat(StartupCheck.run(db)).isInstanceOf(StartupCheck.Ready.class);

        System.out.printf("BENCH 100k letters, %.1f MB: backup (VACUUM INTO + fsync + integrity_check) %.2f s, "
                        + "verify alone %.2f s, restore (verify + copy + fsync + rename) %.2f s%n",
                info.sizeBytes() / 1e6, backupSeconds, verifySeconds, restoreSeconds);
    }
}
