package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.kalbarprov.loket.core.calendar.Holiday;
import id.kalbarprov.loket.core.database.DatabaseProblem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server goes away and comes back: the desk is told both, a save in between is refused whole. */
class ServerGoneTest {

    @TempDir
    Path dir;

    @AfterEach
    void drop() {
        Backend.dropCreated();
    }

    @Test
    void aLostServerIsToldAndNothingIsSavedHalfWay() throws Exception {
        DbLocation.Server s = (DbLocation.Server) Backend.POSTGRESQL.location(dir);
        Database desk = Database.open(s);
        LinkedBlockingQueue<Boolean> reachable = new LinkedBlockingQueue<>();
        try (ChangeWatcher watcher = new ChangeWatcher(desk)) {
            watcher.watchConnection(reachable::add);
            int before = count(s);

            gone(s, true);
            assertThat(reachable.poll(5, TimeUnit.SECONDS)).as("the desk hears the server is gone").isFalse();
            Throwable failure = catchThrowable(() -> new HolidayStore(desk).insert(
                    new Holiday(LocalDate.of(2026, 12, 31), "cuti_bersama", "Cuti", null), "admin"));
            assertThat(desk.problemOf(failure)).hasValueSatisfying(
                    e -> assertThat(e.problem()).isEqualTo(DatabaseProblem.CONNECTION_LOST));

            gone(s, false);
            assertThat(reachable.poll(10, TimeUnit.SECONDS)).as("and that it is back").isTrue();
            assertThat(count(s)).as("nothing half-saved").isEqualTo(before);
            new HolidayStore(desk).insert(new Holiday(LocalDate.of(2026, 12, 31), "cuti_bersama", "Cuti", null), "admin");
            assertThat(count(s)).isEqualTo(before + 1);
            assertThat(AuditLog.verify(desk.jdbi()).ok()).isTrue();
        } finally {
            desk.close();
        }
    }

    /** Takes the database away from every desk (connections cut, no new ones), or gives it back. */
    private static void gone(DbLocation.Server s, boolean gone) {
        TestServer.admin("ALTER DATABASE " + s.database() + " ALLOW_CONNECTIONS " + !gone);
        if (gone) {
            TestServer.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                    + s.database() + "'");
        }
    }

    private static int count(DbLocation.Server s) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + s.port() + "/" + s.database(),
                "postgres", null); var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM holiday")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
