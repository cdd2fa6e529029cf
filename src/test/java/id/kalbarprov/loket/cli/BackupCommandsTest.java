package id.kalbarprov.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup} and {@code restore} as an administrator runs them. */
class BackupCommandsTest {

    @TempDir
    Path dir;

    @Test
    void backupThenRestoreKeepsTheReplacedFile() throws Exception {
        String db = dir.resolve("loket.db").toString();
        assertThat(CommandsTest.run("demo-data", "--db", db, "--letters", "20").code()).isZero();
        String out = dir.resolve("usb-loket.db").toString();

        CommandsTest.Run backup = CommandsTest.run("backup", "--db", db, "--out", out);
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).startsWith("Cadangan ditulis dan diperiksa (integrity_check ok): " + out);

        assertThat(CommandsTest.run("demo-data", "--db", db, "--letters", "5", "--seed", "9").code()).isZero();
        CommandsTest.Run restore = CommandsTest.run("restore", "--db", db, "--from", out);
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("dipulihkan dari " + out + " (20 surat masuk)",
                "Database sebelumnya disimpan sebagai " + dir.resolve("loket.db.before-restore-"));
        assertThat(CommandsTest.run("check", "--db", db).out()).contains("letter: 20", "OK");
    }

    @Test
    void refusesClearlyWithExitCodes() throws Exception {
        String db = dir.resolve("loket.db").toString();
        CommandsTest.run("demo-data", "--db", db, "--letters", "3");
        Path junk = Files.writeString(dir.resolve("junk.db"), "bukan database".repeat(50));

        CommandsTest.Run bad = CommandsTest.run("restore", "--db", db, "--from", junk.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).isEqualTo("Pemulihan DIBATALKAN: Berkas ini bukan database (bukan berkas SQLite). ("
                + junk + "). Database tidak diubah." + System.lineSeparator());
        assertThat(dir).isDirectoryNotContaining("glob:**before-restore*");

        CommandsTest.Run missingFolder = CommandsTest.run("backup", "--db", db, "--out",
                dir.resolve("E/loket.db").toString());
        assertThat(missingFolder.code()).isEqualTo(1);
        assertThat(missingFolder.err()).startsWith("Cadangan GAGAL: Folder cadangan tidak ditemukan.");

        CommandsTest.Run exists = CommandsTest.run("backup", "--db", db, "--out", junk.toString());
        assertThat(exists.code()).isEqualTo(2);
        assertThat(Files.readString(junk)).startsWith("bukan database");

        assertThat(CommandsTest.run("restore", "--db", db).code()).as("--from missing").isEqualTo(2);
        assertThat(CommandsTest.run("backup", "--db", dir.resolve("none.db").toString(), "--out",
                dir.resolve("x.db").toString()).err()).startsWith("Database tidak ditemukan");
    }

    @Test
    void aFromOrOutPathWithDriverSettingsIsNeverReadAsSettings() throws Exception {
        String db = dir.resolve("loket.db").toString();
        CommandsTest.run("demo-data", "--db", db, "--letters", "3");
        String good = dir.resolve("b.db").toString();
        assertThat(CommandsTest.run("backup", "--db", db, "--out", good).code()).isZero();

        CommandsTest.Run restore = CommandsTest.run("restore", "--db", db, "--from", good + "?journal_mode=OFF&synchronous=OFF");
        assertThat(restore.code()).isEqualTo(1);
        assertThat(restore.err()).contains("Pemulihan DIBATALKAN", "Database tidak diubah");
        assertThat(dir).isDirectoryNotContaining("glob:**before-restore*");

        CommandsTest.Run backup = CommandsTest.run("backup", "--db", db, "--out", dir.resolve("c.db") + "?synchronous=OFF");
        assertThat(backup.code()).isNotZero();
        assertThat(dir).isDirectoryNotContaining("glob:**/c.db*");
    }
}
