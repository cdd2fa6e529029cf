package id.kalbarprov.loket.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The two backends a store test runs on. A test class adopts both with two lines:
 *
 * <pre>
 * {@literal @}OnBothBackends
 * class SomeStoreTest {
 *     {@literal @}Parameter Backend backend;
 *     {@literal @}TempDir Path dir;
 *     ... db = backend.open(dir);   // an SQLite file in dir, or a fresh database on the test server
 * </pre>
 *
 * Each test then runs twice, shown as [SQLITE] and [POSTGRESQL]; server databases are dropped after
 * each test ({@link OnBothBackends} installs the clean-up).
 */
public enum Backend {
    SQLITE {
        @Override
        public DbLocation location(Path dir) {
            return new DbLocation.File(dir.resolve("loket.db"));
        }
    },
    POSTGRESQL {
        @Override
        public DbLocation location(Path dir) {
            synchronized (CREATED) {
                // Like SQLite's dir/loket.db: the same folder means the same database within a test.
                return BY_DIR.computeIfAbsent(dir.toAbsolutePath(), d -> {
                    DbLocation.Server s = TestServer.freshDatabase();
                    CREATED.add(s.database());
                    return s;
                });
            }
        }
    };

    static final List<String> CREATED = new ArrayList<>();
    static final java.util.Map<Path, DbLocation.Server> BY_DIR = new java.util.HashMap<>();

    /**
     * Runs {@code sql} on {@code db} outside Loket, as someone with the sqlite3 tool or psql would
     * (no write lock, no audit entry).
     */
    public static void behindTheAppsBack(Database db, String... sql) {
        try (Connection c = raw(db); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(String.join("; ", sql), e);
        }
    }

    /** A plain JDBC connection to {@code db}, not through Loket's pool. */
    public static Connection raw(Database db) throws SQLException {
        if (db.location() instanceof DbLocation.Server s) {
            return ServerConnection.dataSource(s).getConnection();
        }
        return DriverManager.getConnection("jdbc:sqlite:" + db.file());
    }

    /** The statement that drops trigger {@code name} of {@code table} in this backend's SQL. */
    public String dropTrigger(String name, String table) {
        return this == SQLITE ? "DROP TRIGGER " + name : "DROP TRIGGER " + name + " ON " + table;
    }

    /**
     * A new, empty Loket database (its location; nothing open yet); the same one again for the same
     * {@code dir} within a test, as a file in {@code dir} would be.
     */
    public abstract DbLocation location(Path dir);

    /** A new, empty Loket database, open. {@code dir} is the test's temporary folder. */
    public Database open(Path dir) {
        return this == SQLITE ? TempDb.open(dir) : Database.open(location(dir));
    }

    /** Drops the server databases the finished test made (for tests outside this package). */
    public static void dropCreatedDatabases() {
        dropCreated();
    }

    /** Drops the server databases the finished test made. */
    public static void dropCreated() {
        List<String> names;
        synchronized (CREATED) {
            names = new ArrayList<>(CREATED);
            CREATED.clear();
            BY_DIR.clear();
        }
        names.forEach(TestServer::drop);
    }
}
