package id.kalbarprov.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.store.Failures;
import id.kalbarprov.loket.core.database.DatabaseProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, a read-only folder, a file that is no database, a damaged one and another desk holding
 * the lock: each in Indonesian with what to do, never raw SQLite or Flyway text. The real cases use a
 * small tmpfs (mounted when the tests run as root, as in the CI container; skipped otherwise).
 */
class DiskProblemsTest {

    @TempDir
    Path dir;

    private final List<Path> mounted = new ArrayList<>();

    private Path mount(String name, String options) throws Exception {
        Path m = Files.createDirectories(dir.resolve(name));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", m.toString())
                .redirectErrorStream(true).start();
        Assumptions.assumeTrue(p.waitFor() == 0, "cannot mount a tmpfs here (not root)");
        mounted.add(m);
        return m;
    }

    @AfterEach
    void unmount() throws Exception {
        for (Path m : mounted) {
            new ProcessBuilder("umount", "-l", m.toString()).start().waitFor();
        }
    }

    @Test
    void restoreOntoAFullDiskNamesTheDiskAndChangesNothing() throws Exception {
        String big = dir.resolve("big.db").toString();
        assertThat(CommandsTest.run("demo-data", "--db", big, "--letters", "400").code()).isZero();
        Path backup = dir.resolve("cadangan.db");
        assertThat(CommandsTest.run("backup", "--db", big, "--out", backup.toString()).code()).isZero();

        Path full = mount("full", "size=" + (Files.size(backup) / 2 / 4096 * 4096 + 8192));
        Path db = full.resolve("loket.db");
        CommandsTest.Run restore = CommandsTest.run("restore", "--db", db.toString(), "--from", backup.toString());
        assertThat(restore.code()).isEqualTo(1);
        assertThat(restore.err()).contains("Disk tujuan penuh (" + full + ")", "Tidak ada yang diubah")
                .doesNotContain("komputer lain", "SQLITE", "No space");
        assertThat(full).isDirectoryNotContaining("glob:**.restoring");
    }

    @Test
    void aDatabaseOnAFullOrReadOnlyDiskIsNamedInIndonesian() throws Exception {
        Path full = mount("penuh", "size=64k");
        CommandsTest.Run demo = CommandsTest.run("demo-data", "--db", full.resolve("loket.db").toString(),
                "--letters", "200");
        assertThat(demo.code()).isEqualTo(1);
        assertThat(demo.err()).contains("Disk tempat database", "penuh", "Kosongkan ruang")
                .doesNotContain("SQLITE_FULL", "Flyway", "Exception");

        Path ro = mount("bacasaja", "ro,size=64k");
        CommandsTest.Run onRo = CommandsTest.run("demo-data", "--db", ro.resolve("loket.db").toString(), "--letters", "1");
        assertThat(onRo.code()).isEqualTo(1);
        assertThat(onRo.err()).contains("hanya dapat dibaca").doesNotContain("SQLITE_READONLY", "Exception");
    }

    @Test
    void notADatabaseDamagedAndBusyAreNamed() {
        assertThat(problem(new SQLException("[SQLITE_NOTADB] File opened that is not a database file (file is not a database)")))
                .isEqualTo(DatabaseProblem.NOT_LOKET);
        assertThat(problem(new SQLException("[SQLITE_CORRUPT] The database disk image is malformed")))
                .isEqualTo(DatabaseProblem.DAMAGED);
        assertThat(problem(new RuntimeException("Validate failed: Migrations have failed validation")))
                .isEqualTo(DatabaseProblem.DAMAGED);
        assertThat(problem(new SQLException("[SQLITE_BUSY] The database file is locked (database is locked)")))
                .isEqualTo(DatabaseProblem.BUSY);
        assertThat(problem(new SQLException("[SQLITE_READONLY_DIRECTORY] attempt to write a readonly database")))
                .isEqualTo(DatabaseProblem.READ_ONLY);
        assertThat(problem(new SQLException("could not extend file", "53100"))).isEqualTo(DatabaseProblem.DISK_FULL);
        for (DatabaseProblem p : List.of(DatabaseProblem.DISK_FULL, DatabaseProblem.READ_ONLY, DatabaseProblem.DAMAGED,
                DatabaseProblem.NOT_LOKET, DatabaseProblem.BUSY)) {
            String text = DbTexts.of(new id.kalbarprov.loket.core.database.DatabaseException(p, null, "loket.db"));
            assertThat(text).as(p.name()).doesNotContain("SQLITE", "{0}").matches(".*(coba|Pilih|Minta|jalankan|Kosongkan).*");
        }
    }

    private static DatabaseProblem problem(Exception e) {
        return Failures.classify(new RuntimeException("wrapped", e), "loket.db").orElseThrow().problem();
    }
}
