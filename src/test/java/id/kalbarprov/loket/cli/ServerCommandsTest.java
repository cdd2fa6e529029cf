package id.kalbarprov.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.store.Backend;
import id.kalbarprov.loket.store.DbLocation;
import id.kalbarprov.loket.store.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command on a server database (--db postgresql://…), and what a wrong one is told. */
class ServerCommandsTest {

    @TempDir
    Path dir;

    @AfterEach
    void drop() {
        Backend.dropCreatedDatabases();
    }

    String server() {
        return ((DbLocation.Server) Backend.POSTGRESQL.location(dir)).display();
    }

    @Test
    void demoDataCheckDueDateLettersBackupAndRestoreWorkOnTheServer() throws Exception {
        String db = server();
        assertThat(CommandsTest.run("demo-data", "--db", db, "--letters", "30").code()).isZero();
        CommandsTest.Run check = CommandsTest.run("check", "--db", db);
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).contains("server: PostgreSQL", "letter: 30", "audit_log: rantai hash utuh", "OK");
        assertThat(CommandsTest.run("due-date", "--db", db, "--registered", "2026-03-17T10:00", "--working-days", "3")
                .out().strip()).isEqualTo("2026-03-27");
        CommandsTest.Run letters = CommandsTest.run("letters", "--db", db, "--out", dir.resolve("arsip").toString());
        assertThat(letters.code()).isZero();
        try (var files = Files.list(dir.resolve("arsip"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".pdf")).count()).isPositive();
        }
        // One backup format: the server is written as a Loket SQLite file that check and restore read.
        String backup = dir.resolve("loket-20261123.db").toString();
        CommandsTest.Run b = CommandsTest.run("backup", "--db", db, "--out", backup);
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(CommandsTest.run("check", "--db", backup).out()).contains("integrity_check: ok", "letter: 30", "OK");
        assertThat(CommandsTest.run("demo-data", "--db", db, "--letters", "5", "--seed", "9").code()).isZero();
        assertThat(CommandsTest.run("check", "--db", db).out()).contains("letter: 35");
        CommandsTest.Run restore = CommandsTest.run("restore", "--db", db, "--from", backup);
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("30 surat masuk", "dicadangkan ke");
        assertThat(CommandsTest.run("check", "--db", db).out()).contains("letter: 30", "audit_log: rantai hash utuh", "OK");
    }

    /** The commands added after issue 11's first ones (issue 15): survey-import, ikm and report on the server. */
    @Test
    void surveyImportIkmAndReportWorkOnTheServerAndABadFileWritesNothing() throws Exception {
        String db = server();
        java.nio.file.Path bad = Files.writeString(dir.resolve("bad.csv"), ReportCommandsTest.GOOD
                + "2026-11-04,PERCETAKAN,4,4,4,4,4,4,4,4,4\n");
        CommandsTest.Run refused = CommandsTest.run("survey-import", "--db", db, "--from", bad.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("Baris 5", "PERCETAKAN", "Tidak ada yang diimpor").doesNotContain("Exception");
        CommandsTest.Run none = CommandsTest.run("ikm", "--db", db, "--from", "2026-11-01", "--to", "2026-11-30");
        assertThat(none.code()).as("nothing was imported").isEqualTo(1);
        assertThat(none.err()).contains("Belum ada responden");

        java.nio.file.Path good = Files.writeString(dir.resolve("ok.csv"), ReportCommandsTest.GOOD);
        CommandsTest.Run imported = CommandsTest.run("survey-import", "--db", db, "--from", good.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("3 kuesioner diimpor");
        CommandsTest.Run ikm = CommandsTest.run("ikm", "--db", db, "--from", "2026-11-01", "--to", "2026-11-30");
        assertThat(ikm.out().lines().findFirst().orElseThrow()).isEqualTo("IKM 90,74 A (Sangat Baik)");
        java.nio.file.Path xlsx = dir.resolve("laporan.xlsx");
        CommandsTest.Run report = CommandsTest.run("report", "--db", db, "--period", "2026-11", "--out", xlsx.toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("Laporan November 2026 ditulis");
        assertThat(Files.size(xlsx)).isPositive();
    }

    @Test
    void copyMovesAFileToTheServerAndRefusesAFilledTarget() {
        String file = dir.resolve("kantor.db").toString();
        assertThat(CommandsTest.run("demo-data", "--db", file, "--letters", "25").code()).isZero();
        String db = server();
        CommandsTest.Run copy = CommandsTest.run("copy", "--from", file, "--to", db);
        assertThat(copy.code()).as(copy.err()).isZero();
        assertThat(copy.out()).contains("letter: 25", "Jumlah baris tiap tabel sama", "rantai hash utuh");
        CommandsTest.Run again = CommandsTest.run("copy", "--from", file, "--to", db);
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("Penyalinan DIBATALKAN", "sudah berisi data", "Tujuan tidak diubah");
        String back = dir.resolve("kembali.db").toString();
        assertThat(CommandsTest.run("copy", "--from", db, "--to", back).code()).isZero();
        assertThat(CommandsTest.run("check", "--db", back).out()).contains("letter: 25", "OK");
    }

    @Test
    void aWrongServerIsNamedInIndonesianWithExitOneAndNoStackTrace() {
        CommandsTest.Run noDb = CommandsTest.run("check", "--db", "postgresql://postgres@localhost:" + TestServer.port()
                + "/tidak_ada");
        assertThat(noDb.code()).isEqualTo(1);
        assertThat(noDb.err()).contains("Database 'tidak_ada' tidak ada di server localhost").doesNotContain("Exception", "\tat ");
        CommandsTest.Run unknown = CommandsTest.run("demo-data", "--db", "postgresql://loket:rahasia@tidak-ada.invalid/loket",
                "--letters", "1");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("Server 'tidak-ada.invalid' tidak dikenal").doesNotContain("rahasia");
    }

    @Test
    void aDbValueThatIsNeitherFileNorUrlIsAnArgumentError() {
        CommandsTest.Run options = CommandsTest.run("check", "--db", dir.resolve("x.db") + "?journal_mode=DELETE&synchronous=OFF");
        assertThat(options.code()).isEqualTo(2);
        assertThat(options.err()).contains("tidak boleh memuat '?'");
        assertThat(dir.resolve("x.db")).doesNotExist();
        CommandsTest.Run jdbc = CommandsTest.run("check", "--db", "jdbc:postgresql://srv/loket");
        assertThat(jdbc.code()).isEqualTo(2);
        assertThat(jdbc.err()).contains("postgresql://pengguna@server:5432/nama_database");
        CommandsTest.Run secret = CommandsTest.run("check", "--db", "postgresql://loket:rahasia@srv:x/loket");
        assertThat(secret.code()).isEqualTo(2);
        assertThat(secret.err()).doesNotContain("rahasia");
    }
}
