package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.database.DatabaseException;
import id.kalbarprov.loket.core.database.DatabaseProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening skips Flyway only when the schema is really current. */
class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void latestMigrationConstantIsTheNewestMigrationFile() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("resources/db/migration/sqlite"))) {
            int newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertThat(Database.LATEST_MIGRATION).as("Database.LATEST_MIGRATION").isEqualTo(newest);
        }
    }

    /**
     * A file of the previous release (V60, 4 December 2026), made by that release's migrations: opening
     * it brings every newer migration (corrections, search lines, scans, verification, imported letters).
     */
    @Test
    void aDatabaseOfThePreviousReleaseGetsEveryNewerMigration() {
        Path old = dir.resolve("v60.db");
        org.flywaydb.core.Flyway.configure().dataSource(Database.dataSource(old)).locations(Database.SQLITE_MIGRATIONS)
                .target(org.flywaydb.core.api.MigrationVersion.fromVersion("60")).load().migrate();
        assertThat(Database.isCurrent(Database.dataSource(old))).isFalse();
        Database reopened = Database.open(old);
        assertThat(Database.isCurrent(Database.dataSource(reopened.file()))).isTrue();
        assertThat((int) reopened.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM letter_correction")
                .mapTo(Integer.class).one())).isZero();
        assertThat((int) reopened.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM letter WHERE imported = 1")
                .mapTo(Integer.class).one())).isZero();
        reopened.close();
    }

    /**
     * Undoes the newest migration. V75 (the server's search lines without the agency) rewrites every line and
     * can run again over its own result, and SQLite's V75 changes nothing: so nothing is undone, a statement
     * that changes no row on either backend. Update with each newer migration.
     */
    static final String UNDO_NEWEST = "UPDATE agency SET name = name WHERE 1 = 0";

    @Test
    void theUndoOfTheNewestMigrationIsKeptUpToDate() {
        assertThat(Database.LATEST_MIGRATION).as("a newer migration: update UNDO_NEWEST with it").isEqualTo(75);
    }

    @Test
    void bothBackendsHaveTheSameMigrations() throws IOException {
        try (Stream<Path> sqlite = Files.list(Path.of("resources/db/migration/sqlite"));
             Stream<Path> postgresql = Files.list(Path.of("resources/db/migration/postgresql"))) {
            assertThat(postgresql.map(p -> p.getFileName().toString()).sorted().toList())
                    .as("every migration in both folders, same version and description")
                    .isEqualTo(sqlite.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aServerDatabaseMissingTheNewestMigrationIsMigratedOnOpen() {
        DbLocation s = Backend.POSTGRESQL.location(dir);
        try {
            Database db = Database.open(s);
            db.jdbi().useHandle(h -> {
                h.execute("DELETE FROM flyway_schema_history WHERE CAST(version AS INTEGER) = ?", Database.LATEST_MIGRATION);
                h.execute(UNDO_NEWEST);
            });
            db.close();
            assertThatThrownBy(() -> Database.open(s)).as("a shared database is upgraded only when confirmed")
                    .isInstanceOfSatisfying(DatabaseException.class,
                            e -> assertThat(e.problem()).isEqualTo(DatabaseProblem.UPGRADE_NEEDED));
            Database reopened = Database.open(s, true);
            assertThat((int) reopened.jdbi().withHandle(h -> h.createQuery(
                    "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history").mapTo(Integer.class).one()))
                    .isEqualTo(Database.LATEST_MIGRATION);
            reopened.close();
        } finally {
            Backend.dropCreated();
        }
    }

    @Test
    void aDatabaseMissingTheNewestMigrationIsMigratedOnOpen() {
        Database db = TempDb.migratedNow(dir);
        assertThat(Database.isCurrent(Database.dataSource(db.file()))).isTrue();
        // As if the file came from an older Loket: forget the newest migration and undo it.
        db.jdbi().useHandle(h -> {
            h.execute("DELETE FROM flyway_schema_history WHERE CAST(version AS INTEGER) = ?", Database.LATEST_MIGRATION);
            h.execute(UNDO_NEWEST);
        });
        assertThat(Database.isCurrent(Database.dataSource(db.file()))).isFalse();
        int before = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM flyway_schema_history")
                .mapTo(Integer.class).one());
        Database reopened = Database.open(db.file());
        assertThat(Database.isCurrent(Database.dataSource(reopened.file()))).isTrue();
        assertThat((int) reopened.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM flyway_schema_history")
                .mapTo(Integer.class).one())).isEqualTo(before + 1);
    }
}
