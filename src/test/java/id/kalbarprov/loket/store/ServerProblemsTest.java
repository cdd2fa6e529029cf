package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.database.DatabaseException;
import id.kalbarprov.loket.core.database.DatabaseProblem;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk pointed at the wrong server, port, database, user or password, at a database of another
 * application or of a newer Loket: each is named, and nothing is written on the server.
 */
class ServerProblemsTest {

    static final String ROLE = "kantor";
    static final String PASSWORD = "sandi-kantor-2026";

    @TempDir
    Path dir;

    @AfterEach
    void dropDatabases() {
        Backend.dropCreated();
        System.clearProperty("org.postgresql.pgpassfile");
    }

    private static DbLocation.Server as(String user, String password, String database) {
        return new DbLocation.Server("localhost", TestServer.port(), database, user, password);
    }

    private static DatabaseProblem problemOf(DbLocation location) {
        try {
            Database.open(location).close();
        } catch (DatabaseException e) {
            return e.problem();
        }
        throw new AssertionError("opened " + location);
    }

    /** A database owned by the office's role, as the README has the administrator create it. */
    private static String officeDatabase() {
        TestServer.role(ROLE, PASSWORD);
        String name = TestServer.emptyDatabase().database();
        Backend.CREATED.add(name);
        TestServer.admin("ALTER DATABASE " + name + " OWNER TO " + ROLE);
        return name;
    }

    @Test
    void theRightUserAndPasswordOpenAnEmptyDatabaseAndMakeLoketsSchema() {
        String db = officeDatabase();
        Database opened = Database.open(as(ROLE, PASSWORD, db));
        int agencies = opened.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM agency")
                .mapTo(Integer.class).one());
        assertThat(agencies).isEqualTo(39);
        opened.close();
    }

    @Test
    void thePasswordFileIsReadWhenTheUrlHasNone() throws IOException {
        String db = officeDatabase();
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, "localhost:" + TestServer.port() + ":" + db + ":" + ROLE + ":" + PASSWORD + "\n");
        pgpass.toFile().setReadable(false, false);
        pgpass.toFile().setReadable(true, true);
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        Database.open(as(ROLE, null, db)).close();
    }

    @Test
    void wrongPasswordMissingPasswordUnknownUserAreNamed() {
        String db = officeDatabase();
        assertThat(problemOf(as(ROLE, "salah", db))).isEqualTo(DatabaseProblem.AUTH_FAILED);
        assertThat(problemOf(as("tidak_ada", "salah", db))).isEqualTo(DatabaseProblem.AUTH_FAILED);
        System.setProperty("org.postgresql.pgpassfile", dir.resolve("none").toString());
        assertThat(problemOf(as(ROLE, null, db))).isIn(DatabaseProblem.PASSWORD_MISSING, DatabaseProblem.AUTH_FAILED);
        assertThat(TestServer.tables(db)).as("nothing written").isEmpty();
    }

    @Test
    void wrongDatabaseHostOrPortAreNamed() throws IOException {
        assertThat(problemOf(as("postgres", null, "tidak_ada"))).isEqualTo(DatabaseProblem.DATABASE_MISSING);
        assertThat(problemOf(new DbLocation.Server("tidak-ada.invalid", 5432, "loket", "postgres", null)))
                .isEqualTo(DatabaseProblem.HOST_UNKNOWN);
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort(); // free again once closed: nothing listens there
        }
        assertThat(problemOf(new DbLocation.Server("localhost", closed, "loket", "postgres", null)))
                .isEqualTo(DatabaseProblem.SERVER_UNREACHABLE);
    }

    @Test
    void anotherApplicationsDatabaseIsLeftAlone() {
        String db = officeDatabase();
        TestServer.sql(db, "CREATE TABLE pelanggan (id INT PRIMARY KEY, nama TEXT)");
        assertThat(problemOf(as(ROLE, PASSWORD, db))).isEqualTo(DatabaseProblem.NOT_LOKET);
        assertThat(TestServer.tables(db)).containsExactly("pelanggan");
    }

    @Test
    void aDatabaseOfANewerLoketIsRefused() {
        DbLocation.Server s = (DbLocation.Server) Backend.POSTGRESQL.location(dir);
        TestServer.sql(s.database(), "INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                + " script, checksum, installed_by, execution_time, success) VALUES (999, '"
                + (Database.LATEST_MIGRATION + 1) + "', 'future', 'SQL', 'V99__future.sql', 0, 'x', 0, true)");
        assertThatThrownBy(() -> Database.open(s)).isInstanceOfSatisfying(DatabaseException.class, e -> {
            assertThat(e.problem()).isEqualTo(DatabaseProblem.TOO_NEW);
            assertThat(e.args()).containsExactly(String.valueOf(Database.LATEST_MIGRATION + 1),
                    String.valueOf(Database.LATEST_MIGRATION));
        });
    }

    @Test
    void aUserWithoutTheRightToCreateTablesIsTold() {
        TestServer.role(ROLE, PASSWORD);
        String db = TestServer.emptyDatabase().database();
        Backend.CREATED.add(db);
        TestServer.sql(db, "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        assertThat(problemOf(as(ROLE, PASSWORD, db))).isEqualTo(DatabaseProblem.NO_PRIVILEGE);
        assertThat(TestServer.tables(db)).isEmpty();
    }

    /** "Tes koneksi" on the first screen: the same problems named, nothing written, what is there told. */
    @Test
    void lookingAtAServerNamesTheSameProblemsAndWritesNothing() {
        String db = officeDatabase();
        assertThatThrownBy(() -> Database.look(as(ROLE, "salah", db))).isInstanceOfSatisfying(
                DatabaseException.class, e -> assertThat(e.problem()).isEqualTo(DatabaseProblem.AUTH_FAILED));
        id.kalbarprov.loket.core.database.ServerCheck empty = Database.look(as(ROLE, PASSWORD, db));
        assertThat(empty.empty()).isTrue();
        assertThat(TestServer.tables(db)).as("nothing written").isEmpty();

        TestServer.sql(db, "CREATE TABLE pelanggan (id INT PRIMARY KEY)");
        assertThatThrownBy(() -> Database.look(as(ROLE, PASSWORD, db))).isInstanceOfSatisfying(
                DatabaseException.class, e -> assertThat(e.problem()).isEqualTo(DatabaseProblem.NOT_LOKET));

        DbLocation.Server loket = (DbLocation.Server) Backend.POSTGRESQL.location(dir);
        assertThat(Database.look(loket)).isEqualTo(new id.kalbarprov.loket.core.database.ServerCheck(
                Database.LATEST_MIGRATION, Database.LATEST_MIGRATION));

        String locked = TestServer.emptyDatabase().database();
        Backend.CREATED.add(locked);
        TestServer.sql(locked, "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        assertThatThrownBy(() -> Database.look(as(ROLE, PASSWORD, locked))).isInstanceOfSatisfying(
                DatabaseException.class, e -> assertThat(e.problem()).isEqualTo(DatabaseProblem.NO_PRIVILEGE));
    }

    private static int schemaOf(DbLocation.Server s) throws Exception {
        try (var c = ServerConnection.dataSource(s).getConnection()) {
            return Database.schemaVersion(c);
        }
    }

    @Test
    void aSharedDatabaseOfAnOlderLoketIsUpgradedOnlyWhenOneDeskConfirms() throws Exception {
        DbLocation.Server s = TestServer.emptyDatabase();
        Backend.CREATED.add(s.database());
        org.flywaydb.core.Flyway.configure().dataSource(ServerConnection.dataSource(s))
                .locations(PostgresDialect.INSTANCE.migrations()).target("11").load().migrate();

        assertThatThrownBy(() -> Database.open(s)).isInstanceOfSatisfying(DatabaseException.class, e -> {
            assertThat(e.problem()).isEqualTo(DatabaseProblem.UPGRADE_NEEDED);
            assertThat(e.args()).containsExactly("11", String.valueOf(Database.LATEST_MIGRATION));
        });
        assertThat(schemaOf(s)).as("nothing upgraded without confirmation").isEqualTo(11);

        Database.open(s, true).close();
        assertThat(schemaOf(s)).isEqualTo(Database.LATEST_MIGRATION);
        Database.open(s).close(); // current now: the other desks of this version open it without asking
    }

    @Test
    void aDeskAlreadyOpenWritesNothingOnceAnotherDeskUpgradedTheSchema() {
        DbLocation.Server s = (DbLocation.Server) Backend.POSTGRESQL.location(dir);
        Database db = Database.open(s);
        try {
            db.jdbi().useTransaction(h -> h.execute("UPDATE agency SET name = name"));
            TestServer.sql(s.database(), "INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success) VALUES (999, '"
                    + (Database.LATEST_MIGRATION + 1) + "', 'future', 'SQL', 'V99__future.sql', 0, 'x', 0, true)");
            assertThatThrownBy(() -> db.jdbi().useTransaction(h -> h.execute("UPDATE agency SET name = 'x'")))
                    .satisfies(t -> assertThat(db.problemOf(t)).hasValueSatisfying(
                            d -> assertThat(d.problem()).isEqualTo(DatabaseProblem.TOO_NEW)));
            assertThat(TestServer.tables(s.database())).contains("agency");
        } finally {
            db.close();
        }
    }
}
