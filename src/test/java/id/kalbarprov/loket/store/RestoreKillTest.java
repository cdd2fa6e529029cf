package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.backup.StartupProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore killed with SIGKILL at a random moment: afterwards the database opens with all of its old
 * data or all of the backup's (never a mix, never the old -wal replayed into the restored file), or it
 * is missing and start-up shows the guided restore, never a new empty database.
 */
class RestoreKillTest {

    @TempDir
    Path dir;

    @Test
    void killedAtTwentyRandomPoints() throws Exception {
        trials(20, 7);
    }

    @Test
    @Tag("benchmark")
    void killedAtTwoHundredRandomPoints() throws Exception {
        trials(200, 11);
    }

    private void trials(int n, long seed) throws Exception {
        Path fixtures = Files.createDirectories(dir.resolve("fixtures"));
        Path oldDb = fixtures.resolve("loket.db");
        Path backup = fixtures.resolve("cadangan.db");
        prepare(oldDb, backup);
        Random random = new Random(seed);
        // How long one restore takes here, so that the kills land before, inside and after it.
        long spanMicros = Math.max(2_000, timeOneRestore(oldDb, backup) * 3 / 2);
        // The kills below land between "go" and a little after the child's restore would have ended.
        int old = 0;
        int restored = 0;
        int guided = 0;
        for (int i = 0; i < n; i++) {
            Path trial = Files.createDirectories(dir.resolve("t" + i));
            Path db = trial.resolve("loket.db");
            Files.copy(oldDb, db);
            Files.copy(fixtures.resolve("loket.db-wal"), trial.resolve("loket.db-wal"));
            Process p = child(db, backup, trial);
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("READY");
            long delay = (long) (random.nextDouble() * spanMicros);
            OutputStream in = p.getOutputStream();
            in.write("go\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            TimeUnit.MICROSECONDS.sleep(delay);
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);

            if (Files.exists(db)) {
                TreeSet<String> markers = markers(db);
                assertThat(markers).as("trial %d (killed after %d µs): all old or all restored", i, delay)
                        .isIn(new TreeSet<>(List.of("old", "old-wal")), new TreeSet<>(List.of("new")));
                if (markers.contains("new")) {
                    restored++;
                } else {
                    old++;
                }
            } else {
                var result = StartupCheck.runFast(db);
                assertThat(result).as("trial %d: a missing database after a cut-off restore", i)
                        .isInstanceOfSatisfying(StartupCheck.Broken.class,
                                b -> assertThat(b.problem()).isEqualTo(StartupProblem.RESTORE_INTERRUPTED));
                assertThat(db).as("no new empty database").doesNotExist();
                guided++;
            }
            deleteTree(trial);
        }
        System.out.printf("RestoreKillTest: %d trials over %d µs: %d old, %d restored, %d guided restore%n",
                n, spanMicros, old, restored, guided);
        assertThat(old + restored + guided).isEqualTo(n);
    }

    /** The old database with a row only in its -wal, and a verified backup with other content. */
    private static void prepare(Path oldDb, Path backup) throws Exception {
        Database.open(backup).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE marker (v TEXT)");
            st.execute("INSERT INTO marker VALUES ('new')");
            st.execute("PRAGMA journal_mode=DELETE");
        }
        Database.open(oldDb).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + oldDb); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE marker (v TEXT)");
            st.execute("INSERT INTO marker VALUES ('old')");
        }
        Path save = oldDb.resolveSibling("saved.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + oldDb); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA wal_autocheckpoint=0");
            st.execute("INSERT INTO marker VALUES ('old-wal')");
            Files.copy(oldDb, save);
            Files.copy(oldDb.resolveSibling("loket.db-wal"), oldDb.resolveSibling("saved.db-wal"));
        }
        Files.move(save, oldDb, StandardCopyOption.REPLACE_EXISTING);
        Files.move(oldDb.resolveSibling("saved.db-wal"), oldDb.resolveSibling("loket.db-wal"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(oldDb.resolveSibling("loket.db-shm"));
        assertThat(markers(copyOf(oldDb))).containsExactly("old", "old-wal");
    }

    private static Path copyOf(Path db) throws IOException {
        Path d = Files.createTempDirectory(db.getParent(), "look");
        Files.copy(db, d.resolve("loket.db"));
        Files.copy(db.resolveSibling("loket.db-wal"), d.resolve("loket.db-wal"));
        return d.resolve("loket.db");
    }

    /** Microseconds from "go" to "DONE" for one restore in a child JVM, as the trials see it. */
    private long timeOneRestore(Path oldDb, Path backup) throws Exception {
        long best = Long.MAX_VALUE;
        for (int k = 0; k < 2; k++) {
            Path t = Files.createDirectories(dir.resolve("timing" + k));
            Path db = t.resolve("loket.db");
            Files.copy(oldDb, db);
            Files.copy(oldDb.resolveSibling("loket.db-wal"), t.resolve("loket.db-wal"));
            Process p = child(db, backup, t);
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("READY");
            long t0 = System.nanoTime();
            p.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().flush();
            assertThat(out.readLine()).isEqualTo("DONE");
            best = Math.min(best, (System.nanoTime() - t0) / 1000);
            p.waitFor(30, TimeUnit.SECONDS);
            assertThat(markers(db)).containsExactly("new");
        }
        return best;
    }

    private static Process child(Path db, Path backup, Path logDir) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Dloket.logdir=" + logDir,
                "-cp", System.getProperty("java.class.path"), RestoreChild.class.getName(), db.toString(),
                backup.toString()).redirectError(logDir.resolve("child.err").toFile()).start();
    }

    private static TreeSet<String> markers(Path db) throws Exception {
        TreeSet<String> found = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            try (ResultSet rs = st.executeQuery("SELECT v FROM marker")) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    private static void deleteTree(Path p) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(p)) {
            s.forEach(all::add);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(all.get(i));
        }
    }
}
