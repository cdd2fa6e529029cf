package id.kalbarprov.loket.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A database that {@link Database#open} would use as it is (schema at {@link Database#LATEST_MIGRATION},
 * nothing left to complete), read on one plain connection: no connection pool, Jdbi or Flyway, which a
 * short command such as {@code verify} would spend most of its second on (docs/BENCHMARKS.md, issue 14).
 * Anything else (an older or newer schema, another application's file, a file on a network filesystem,
 * demo data stopped half-way, an SQLite file that does not open) is left to {@link Database#open}, which
 * upgrades, completes or refuses it in its own words.
 */
final class CurrentDatabase {

    private CurrentDatabase() {
    }

    /**
     * A read-only connection to {@code location} when it needs nothing done first, else empty. Close it.
     *
     * @throws id.kalbarprov.loket.core.database.DatabaseException when a server cannot be reached or refuses
     *         the user, in the words {@link Database#open} gives
     */
    static Optional<Connection> readOnly(DbLocation location) {
        if (location instanceof DbLocation.Server s) {
            Connection c;
            try {
                c = ServerConnection.dataSource(s).getConnection();
            } catch (SQLException e) {
                throw ServerConnection.translate(e, s);
            }
            return ready(c, false);
        }
        Path file = ((DbLocation.File) location).path();
        if (!java.nio.file.Files.isRegularFile(file) || NetworkFs.typeOf(file).isPresent()) {
            return Optional.empty();
        }
        try {
            return ready(reader(file).getConnection(), true);
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static Optional<Connection> ready(Connection c, boolean sqlite) {
        try {
            if (isCurrent(c) && !(sqlite && LoadIndexes.pending(c))) {
                c.setReadOnly(true);
                return Optional.of(c);
            }
        } catch (SQLException e) {
            // Database.open decides: a new file, no history table, another application's tables
        }
        try {
            c.close();
        } catch (SQLException e) {
            // nothing was read
        }
        return Optional.empty();
    }

    /** An SQLite reader of {@code file}: read-only, DEFERRED (a read transaction takes no lock), busy timeout. */
    static SQLiteDataSource reader(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(Database.BUSY_TIMEOUT_MS);
        SQLiteDataSource reader = new SQLiteDataSource(config);
        reader.setUrl(Database.sqliteUrl(file));
        return reader;
    }

    /** See {@link #isCurrent(Connection)}; false when it cannot be read at all. */
    static boolean isCurrent(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            return isCurrent(c);
        } catch (SQLException e) {
            return false; // a new file, or no history table yet: Flyway decides
        }
    }

    /**
     * True when every migration up to {@link Database#LATEST_MIGRATION} has run and none failed: then
     * Flyway, which takes about a second to start, is not needed. A test keeps the constant equal to the
     * newest file in resources/db/migration/sqlite.
     *
     * @throws SQLException without a history table
     */
    static boolean isCurrent(Connection c) throws SQLException {
        try (var st = c.createStatement();
             var rs = st.executeQuery("SELECT max(CAST(version AS INTEGER)),"
                     + " sum(CASE WHEN success THEN 0 ELSE 1 END) FROM flyway_schema_history")) {
            return rs.next() && rs.getInt(1) == Database.LATEST_MIGRATION && rs.getInt(2) == 0;
        }
    }
}
