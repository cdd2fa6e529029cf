package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: automatic backups of a server database are taken by one desk, not all at once; when that
 * desk goes away (closed, crashed, network gone), another takes over at its next check.
 */
class AutomaticBackupOnServerTest {

    @TempDir
    Path dir;

    @AfterEach
    void drop() {
        Backend.dropCreated();
    }

    @Test
    void oneDeskBacksUpAndAnotherTakesOverWhenItIsGone() {
        DbLocation.Server server = (DbLocation.Server) Backend.POSTGRESQL.location(dir);
        Database deskA = Database.open(server);
        Database deskB = Database.open(server);
        BackupStore a = new BackupStore(deskA, dir.resolve("a").resolve(server.database() + ".server"));
        BackupStore b = new BackupStore(deskB, dir.resolve("b").resolve(server.database() + ".server"));

        assertThat(a.automaticHere()).as("the first desk to ask").isTrue();
        assertThat(b.automaticHere()).as("not a second desk at the same time").isFalse();
        assertThat(a.automaticHere()).as("the first keeps it").isTrue();

        // desk A's session ends as a crash or a lost network would end it
        TestServer.admin("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'"
                + " AND database = (SELECT oid FROM pg_database WHERE datname = '" + server.database() + "')");

        assertThat(b.automaticHere()).as("another desk takes over").isTrue();
        assertThat(a.automaticHere()).as("desk A, back, does not take it again").isFalse();
        deskA.close();
        deskB.close();
    }
}
