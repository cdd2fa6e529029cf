package id.kalbarprov.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Launcher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The admin commands as an administrator runs them: exit codes and what they print. */
class CommandsTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        return captured(() -> Launcher.commandLine().execute(args));
    }

    /** Runs {@code command} with System.out and System.err caught. */
    static Run captured(java.util.function.IntSupplier command) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = command.getAsInt();
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void dueDatePrintsOnlyTheIsoDate() {
        Run r = run("due-date", "--db", dir.resolve("a.db").toString(), "--registered", "2026-03-17T10:00",
                "--working-days", "3");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("2026-03-27" + System.lineSeparator());
    }

    @Test
    void dueDateWarnsWhenTheYearHasNoHolidayList() {
        Run r = run("due-date", "--db", dir.resolve("a.db").toString(), "--registered", "2028-01-04T10:00",
                "--working-days", "1");
        assertThat(r.out().strip()).isEqualTo("2028-01-05");
        assertThat(r.err()).contains("belum ada daftar hari libur untuk tahun 2028");
    }

    @Test
    void wrongArgumentsAreAnsweredInIndonesianWithWhereTheHelpIs() {
        String db = dir.resolve("a.db").toString();
        Run unknown = run("backup", "--db", db, "--out", dir.resolve("b.db").toString(), "--keluar");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("Argumen tidak dikenal: '--keluar'")
                .contains("Lihat: loket backup --help").doesNotContain("Unknown", "Usage");
        Run missing = run("backup", "--db", db);
        assertThat(missing.err()).startsWith("Belum diisi: --out.");
        Run badNumber = run("demo-data", "--db", db, "--letters", "banyak");
        assertThat(badNumber.code()).isEqualTo(2);
        assertThat(badNumber.err()).startsWith("Nilai 'banyak' tidak sah untuk --letters.");
        assertThat(run("demo-data", "--db", db, "--letters", "1", "--letters", "2").err())
                .startsWith("Pilihan --letters diberikan lebih dari sekali.");
        assertThat(unknown.out() + missing.out() + badNumber.out()).isEmpty();
    }

    @Test
    void dueDateRefusesBadArguments() {
        assertThat(run("due-date", "--db", dir.resolve("a.db").toString(), "--registered", "kemarin",
                "--working-days", "3").code()).isNotZero();
        assertThat(run("due-date", "--db", dir.resolve("a.db").toString(), "--registered", "2026-03-17T10:00",
                "--working-days", "-1").code()).isNotZero();
    }

    @Test
    void demoDataThenCheckIsHealthy() {
        String db = dir.resolve("demo.db").toString();
        Run demo = run("demo-data", "--db", db, "--letters", "300");
        assertThat(demo.code()).isZero();
        Run check = run("check", "--db", db);
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).contains("integrity_check: ok", "letter: 300", "OK");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             var rs = c.createStatement().executeQuery("SELECT max(received_at) FROM letter")) {
            rs.next();
            assertThat(java.time.LocalDateTime.parse(rs.getString(1))).as("no letter received in the future")
                    .isBefore(java.time.LocalDate.now().plusDays(1).atStartOfDay());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        // Every person the demo rows name is an operator with a full name (shown instead of the username,
        // issue 13 item 7), none can sign in, and the database still opens on "create the first administrator".
        var database = id.kalbarprov.loket.store.Database.open(Path.of(db));
        try {
            var people = database.jdbi().withHandle(h -> h.createQuery("SELECT DISTINCT p FROM ("
                    + "SELECT created_by AS p FROM letter UNION SELECT reviewer FROM letter UNION SELECT processor FROM letter"
                    + " UNION SELECT updated_by FROM letter UNION SELECT actor FROM request_history"
                    + " UNION SELECT actor FROM audit_log) WHERE p IS NOT NULL AND p NOT IN (SELECT username FROM operator)")
                    .mapTo(String.class).list());
            assertThat(people).as("people named by the demo rows without an operator's full name").isEmpty();
            String yuliana = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT full_name FROM operator WHERE username = 'yuliana'").mapTo(String.class).one());
            assertThat(yuliana).isEqualTo("Yuliana Lestari");
            var operators = new id.kalbarprov.loket.core.auth.OperatorService(
                    new id.kalbarprov.loket.store.OperatorStore(database),
                    id.kalbarprov.loket.core.auth.PasswordHasher.DEFAULT,
                    () -> id.kalbarprov.loket.core.auth.SecurityPolicy.DEFAULT, java.time.Clock.systemDefaultZone());
            assertThat(operators.needsFirstAdministrator()).isTrue();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> operators.signIn("yuliana", ""))
                    .isInstanceOf(id.kalbarprov.loket.core.auth.SignInException.class);
        } finally {
            database.close();
        }
        assertThat(run("demo-data", "--db", db, "--letters", "5").out())
                .as("a second run adds no one twice").doesNotContain("petugas contoh");
    }

    @Test
    void demoLettersEndOnTheLastWorkingDaySoASundayRunDatesNoneTomorrow() {
        var db = id.kalbarprov.loket.store.TempDb.open(dir);
        try {
            java.time.LocalDate sunday = java.time.LocalDate.of(2026, 12, 6);
            assertThat(id.kalbarprov.loket.store.DemoData.lastWorkingDay(db, sunday)).isEqualTo("2026-12-04");
            assertThat(id.kalbarprov.loket.store.DemoData.lastWorkingDay(db, java.time.LocalDate.of(2026, 12, 3)))
                    .isEqualTo("2026-12-03");
            id.kalbarprov.loket.store.DemoData.write(db, 500, 7, java.time.LocalDate.of(2026, 11, 2),
                    id.kalbarprov.loket.store.DemoData.lastWorkingDay(db, sunday));
            String last = db.jdbi().withHandle(h -> h.createQuery("SELECT max(received_at) FROM letter")
                    .mapTo(String.class).one());
            assertThat(last).as("no letter after the last working day").isLessThan("2026-12-05");
        } finally {
            db.close();
        }
    }

    @Test
    void checkFailsOnAMissingOrCorruptFile() throws Exception {
        assertThat(run("check", "--db", dir.resolve("missing.db").toString()).code()).isEqualTo(1);
        Path junk = dir.resolve("junk.db");
        Files.write(junk, "this is not a database, it is a Word document".repeat(200).getBytes());
        Run r = run("check", "--db", junk.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("MASALAH: database tidak dapat dibuka: berkas ini bukan database (SQLite)")
                .doesNotContain("SQLITE_", "file is not a database");
        // a folder given where the database file is meant: said so, by every command, before anything opens
        for (String command : new String[] {"check", "letters", "demo-data"}) {
            Run folder = run(command, "--db", dir.toString(), "--out", dir.resolve("out").toString());
            assertThat(folder.code()).as(command).isEqualTo(2);
            assertThat(folder.err()).as(command).contains("itu sebuah folder, bukan berkas database")
                    .doesNotContain("rusak", "SQLITE_");
        }
    }

    @Test
    void checkNeverCreatesOrChangesAFile() throws Exception {
        Path empty = dir.resolve("empty.db");
        Files.createFile(empty);
        Run onEmpty = run("check", "--db", empty.toString());
        assertThat(onEmpty.code()).isEqualTo(1);
        assertThat(Files.size(empty)).as("check filled an empty file").isZero();

        String live = dir.resolve("live.db").toString();
        assertThat(run("demo-data", "--db", live, "--letters", "5").code()).isZero();
        String db = dir.resolve("old.db").toString();
        assertThat(run("backup", "--db", live, "--out", db).code()).isZero();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=DELETE");
        }
        byte[] before = Files.readAllBytes(Path.of(db));
        assertThat(before[18]).as("legacy (DELETE) journal in the header").isEqualTo((byte) 1);
        Run check = run("check", "--db", db);
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(Files.readAllBytes(Path.of(db))).as("check changed the file").isEqualTo(before);
        assertThat(Path.of(db + "-wal")).doesNotExist();
    }

    @Test
    void aDatabaseOfANewerLoketIsRefusedByEveryCommandAndReportedByCheck() throws Exception {
        String db = dir.resolve("newer.db").toString();
        assertThat(run("demo-data", "--db", db, "--letters", "2").code()).isZero();
        String newer = dir.resolve("copy.db").toString();
        assertThat(run("backup", "--db", db, "--out", newer).code()).isZero();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + newer); var st = c.createStatement()) {
            st.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (999, '999', 'future', 'SQL',"
                    + " 'V999__future.sql', 0, 'x', 0, 1)");
        }
        byte[] before = Files.readAllBytes(Path.of(newer));
        String message = "Database ini dibuat oleh Loket versi lebih baru — perbarui Loket di komputer ini";
        for (String[] command : new String[][] {{"demo-data", "--letters", "1"},
                {"backup", "--out", dir.resolve("b2.db").toString()},
                {"due-date", "--registered", "2026-03-17T10:00", "--working-days", "1"}}) {
            String[] args = new String[command.length + 2];
            args[0] = command[0];
            args[1] = "--db";
            args[2] = newer;
            System.arraycopy(command, 1, args, 3, command.length - 1);
            Run r = run(args);
            assertThat(r.code()).as(command[0]).isEqualTo(1);
            assertThat(r.err()).as(command[0]).contains(message);
        }
        Run check = run("check", "--db", newer);
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.err()).contains(message);
        assertThat(Files.readAllBytes(Path.of(newer))).isEqualTo(before);
        assertThat(dir.resolve("b2.db")).doesNotExist();
    }
}
