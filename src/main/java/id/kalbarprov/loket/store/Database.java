package id.kalbarprov.loket.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens (and creates, and migrates) the Loket database. Every connection has foreign keys on,
 * WAL, a busy timeout, synchronous=FULL (a commit acknowledged to a clerk survives a power cut)
 * and IMMEDIATE write transactions, so two workstations queue for the write lock instead of
 * failing with "database is locked".
 */
public final class Database {

    /** How long a writer waits for another workstation's transaction before giving up. */
    public static final int BUSY_TIMEOUT_MS = 15_000;

    /**
     * Where the SQLite migrations live. Since the second backend (PostgreSQL) each dialect has its own
     * folder, {@code db/migration/<dialect>}, with the same versions; a migration is added to both.
     */
    public static final String SQLITE_MIGRATIONS = "classpath:db/migration/sqlite";

    /** The newest migration (V&lt;n&gt;__*.sql); DatabaseTest fails when a newer file exists. */
    public static final int LATEST_MIGRATION = 60;

    private final Path file;
    private final Jdbi jdbi;
    private final ConnectionPool pool;

    private Database(Path file, Jdbi jdbi, ConnectionPool pool) {
        this.file = file;
        this.jdbi = jdbi;
        this.pool = pool;
    }

    /** Opens {@code file}, creating its folder and the database when missing, and migrates it. */
    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the folder of " + file, e);
        }
        SQLiteDataSource ds = dataSource(file);
        if (!isCurrent(ds)) {
            Flyway.configure()
                    .dataSource(ds)
                    .locations(Database.SQLITE_MIGRATIONS)
                    .load()
                    .migrate();
        }
        ConnectionPool pool = new ConnectionPool(ds, file.toAbsolutePath());
        Checkpointer.watch(pool);
        Jdbi jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        return new Database(file, jdbi, pool);
    }

    /**
     * True when every migration up to {@link #LATEST_MIGRATION} has run and none failed: then
     * Flyway, which takes about a second to start, is not needed at start-up. A test keeps the
     * constant equal to the newest file in resources/db/migration/sqlite.
     */
    static boolean isCurrent(SQLiteDataSource ds) {
        try (var c = ds.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT max(CAST(version AS INTEGER)), min(success) FROM flyway_schema_history")) {
            return rs.next() && rs.getInt(1) == LATEST_MIGRATION && rs.getInt(2) == 1;
        } catch (java.sql.SQLException e) {
            return false; // a new file, or no history table yet: Flyway decides
        }
    }

    static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }

    /**
     * Closes the kept connections and stops the background checkpoints. Later calls still work,
     * each on a fresh connection; a restore calls this before it replaces the file.
     */
    public void close() {
        pool.close();
    }

    public Path file() {
        return file;
    }

    public Jdbi jdbi() {
        return jdbi;
    }
}
