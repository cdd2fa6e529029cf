package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.database.DatabaseException;
import id.kalbarprov.loket.core.database.DatabaseProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens (and creates, and migrates) a Loket database: an SQLite file on this computer, or a
 * database on the office's PostgreSQL server ({@link DbLocation}). The stores do not know which:
 * their SQL is the same on both, and what differs is in {@link #dialect()}.
 *
 * <p>SQLite: every connection has foreign keys on, WAL, a busy timeout, synchronous=FULL (a commit
 * acknowledged to a clerk survives a power cut) and IMMEDIATE write transactions, so two writers
 * queue for the write lock instead of failing with "database is locked". PostgreSQL: write
 * transactions queue on one advisory lock ({@link ServerPool}), with the same timeout.
 *
 * <p>Before migrating, the database is inspected: one that holds another application's tables, or
 * that a newer Loket made, is refused with a {@link DatabaseException} and left untouched; so is an
 * SQLite file on a network filesystem.
 */
public final class Database {

    /** How long a writer waits for another workstation's transaction before giving up. */
    public static final int BUSY_TIMEOUT_MS = 15_000;

    /**
     * Where the SQLite migrations live. Each dialect has its own folder, {@code db/migration/<dialect>},
     * with the same versions; a migration is added to both.
     */
    public static final String SQLITE_MIGRATIONS = "classpath:db/migration/sqlite";

    /** The newest migration (V&lt;n&gt;__*.sql); DatabaseTest fails when a newer file exists. */
    public static final int LATEST_MIGRATION = 75;

    private final DbLocation location;
    private final Dialect dialect;
    private final Jdbi jdbi;
    private final Runnable closer;
    private final Snapshots snapshots;
    private final Snapshots plain;

    /** Opens a connection that reads one consistent snapshot and never writes. */
    @FunctionalInterface
    interface Snapshots {
        Connection open() throws SQLException;
    }

    private Database(DbLocation location, Dialect dialect, Jdbi jdbi, Runnable closer, Snapshots snapshots,
                     Snapshots plain) {
        this.plain = plain;
        this.location = location;
        this.dialect = dialect;
        this.jdbi = jdbi;
        this.closer = closer;
        this.snapshots = snapshots;
    }

    /** Opens SQLite file {@code file}, creating its folder and the database when missing, and migrates it. */
    public static Database open(Path file) {
        return open(new DbLocation.File(file));
    }

    /**
     * Opens the database at {@code location}, creating (SQLite) and migrating it as needed.
     *
     * @throws DatabaseException when it cannot be used; nothing was written then
     */
    public static Database open(DbLocation location) {
        return open(location, false);
    }

    /**
     * Opens the database at {@code location}. A server database that an older Loket made is upgraded
     * only when {@code upgradeConfirmed} (one desk confirmed it: the desks still on the older Loket
     * refuse it from then on); else {@link DatabaseProblem#UPGRADE_NEEDED} and nothing is written. An
     * SQLite file has one desk and is upgraded as it opens.
     *
     * @throws DatabaseException when it cannot be used; nothing was written then
     */
    public static Database open(DbLocation location, boolean upgradeConfirmed) {
        return location instanceof DbLocation.Server s ? openServer(s, upgradeConfirmed)
                : openFile((DbLocation.File) location);
    }

    private static Database openFile(DbLocation.File location) {
        Path file = location.path();
        NetworkFs.typeOf(file).ifPresent(type -> {
            throw new DatabaseException(DatabaseProblem.NETWORK_FILESYSTEM, null, file.toString(), type);
        });
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                OwnerOnly.createFolder(parent);
            }
            OwnerOnly.createFile(file); // before SQLite: its -wal and -shm take the file's rights
            for (String side : Backup.SIDE_FILES) {
                OwnerOnly.file(file.resolveSibling(file.getFileName() + side));
            }
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the folder of " + file, e);
        }
        SQLiteDataSource ds = dataSource(file);
        // Looked at read-only first: a database that is refused keeps every byte (even its journal mode).
        DataSource looking = Files.exists(file) ? DatabaseCheck.readOnly(file) : ds;
        if (!isCurrent(looking)) {
            try (Connection c = looking.getConnection()) {
                inspect(c, SqliteDialect.INSTANCE, file.toString());
            } catch (SQLException e) {
                throw Failures.classify(e, file.toString()).orElseThrow(() -> new StoreException("Cannot read " + file, e));
            }
            try {
                migrate(ds, SqliteDialect.INSTANCE);
            } catch (FlywayException e) {
                throw Failures.classify(e, file.toString()).orElseThrow(() -> e);
            }
        }
        try (Connection c = ds.getConnection()) {
            LoadIndexes.rebuild(c); // demo-data stopped half-way: its indexes made again (nothing otherwise)
        } catch (SQLException e) {
            throw Failures.classify(e, file.toString()).orElseThrow(() -> new StoreException("Cannot read " + file, e));
        }
        ConnectionPool pool = new ConnectionPool(ds, file.toAbsolutePath());
        Checkpointer.watch(pool);
        Jdbi jdbi = withoutValuesInErrors(Jdbi.create(pool));
        return new Database(location, SqliteDialect.INSTANCE, jdbi, pool::close, () -> {
            Connection c = CurrentDatabase.reader(file).getConnection();
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                st.executeQuery("SELECT count(*) FROM sqlite_master").close(); // the snapshot starts here
            }
            return c;
        }, ds::getConnection);
    }

    private static Database openServer(DbLocation.Server location, boolean upgradeConfirmed) {
        PGSimpleDataSource ds = ServerConnection.dataSource(location);
        try {
            if (!isCurrent(ds)) {
                try (Connection c = ds.getConnection()) {
                    int version = inspect(c, PostgresDialect.INSTANCE, location.display());
                    if (version > 0 && !upgradeConfirmed) {
                        throw new DatabaseException(DatabaseProblem.UPGRADE_NEEDED, null, String.valueOf(version),
                                String.valueOf(LATEST_MIGRATION));
                    }
                    // The desks still writing wait on Loket's write lock while the schema changes, and
                    // refuse the newer schema after it (ServerPool checks the version in each write).
                    try (var st = c.createStatement()) {
                        st.execute("SELECT pg_advisory_lock(" + ServerPool.WRITE_LOCK + ")");
                    }
                    try {
                        migrate(ds, PostgresDialect.INSTANCE);
                    } finally {
                        try (var st = c.createStatement()) {
                            st.execute("SELECT pg_advisory_unlock(" + ServerPool.WRITE_LOCK + ")");
                        }
                    }
                }
            }
        } catch (SQLException | FlywayException e) {
            throw ServerConnection.translate(e, location);
        }
        ServerPool pool = new ServerPool(ds);
        Jdbi jdbi = withoutValuesInErrors(Jdbi.create(pool));
        return new Database(location, PostgresDialect.INSTANCE, jdbi, pool::close, () -> {
            Connection c = ds.getConnection(); // not the pool's: no write lock for a long read
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            return c;
        }, ds::getConnection);
    }

    /**
     * Connects to {@code location} and looks, writing nothing: "Tes koneksi" on the first screen of a
     * new workstation. An empty database must let the user create tables; a Loket database may be
     * older (opening migrates it) but not newer.
     *
     * @throws DatabaseException what is wrong, in the same words as opening it would give
     */
    public static id.kalbarprov.loket.core.database.ServerCheck look(DbLocation.Server location) {
        PGSimpleDataSource ds = ServerConnection.dataSource(location);
        try (Connection c = ds.getConnection()) {
            inspect(c, PostgresDialect.INSTANCE, location.display());
            int version;
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
                            + " AND table_name = 'flyway_schema_history'")) {
                rs.next();
                version = rs.getInt(1) == 0 ? 0 : schemaVersion(c);
            }
            if (version == 0) {
                try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT has_schema_privilege('public', 'CREATE')")) {
                    if (rs.next() && !rs.getBoolean(1)) {
                        throw new DatabaseException(DatabaseProblem.NO_PRIVILEGE, null, location.effectiveUser(),
                                location.database());
                    }
                }
            }
            return new id.kalbarprov.loket.core.database.ServerCheck(version, LATEST_MIGRATION);
        } catch (SQLException e) {
            throw ServerConnection.translate(e, location);
        }
    }

    /**
     * A failed statement's message names the statement but never its bound values: those are NIPs,
     * names, letter bodies and password hashes, and the message ends up in loket.log. (Jdbi's own
     * rendering appends every argument.)
     */
    static Jdbi withoutValuesInErrors(Jdbi jdbi) {
        jdbi.getConfig(org.jdbi.v3.core.statement.StatementExceptions.class).setMessageRendering(e -> {
            String message = e.getShortMessage();
            var ctx = e.getStatementContext();
            String sql = ctx == null ? null : ctx.getRawSql();
            if (sql != null && sql.length() > 300) {
                sql = sql.substring(0, 300) + "…";
            }
            return (message == null ? "" : message) + (sql == null ? "" : " [statement: \"" + sql.strip()
                    + "\"; values not logged]");
        });
        return jdbi;
    }

    private static void migrate(DataSource ds, Dialect dialect) {
        Flyway.configure().dataSource(ds).locations(dialect.migrations()).load().migrate();
    }

    /**
     * Refuses, before anything is written, a database that is not Loket's (tables but no Loket
     * schema history) or that a newer Loket made. An empty database is a new one.
     *
     * @return its schema version, 0 for an empty database
     */
    static int inspect(Connection c, Dialect dialect, String where) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(dialect.tablesSql())) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (tables.isEmpty()) {
            return 0;
        }
        if (!tables.containsAll(List.of("flyway_schema_history", "letter", "agenda_counter"))) {
            throw new DatabaseException(DatabaseProblem.NOT_LOKET, null, where);
        }
        int version = schemaVersion(c);
        if (version > LATEST_MIGRATION) {
            throw new DatabaseException(DatabaseProblem.TOO_NEW, null, String.valueOf(version),
                    String.valueOf(LATEST_MIGRATION));
        }
        return version;
    }

    /** The newest migration applied successfully (0 when none). */
    static int schemaVersion(Connection c) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
            int max = 0;
            while (rs.next()) {
                try {
                    max = Math.max(max, Integer.parseInt(rs.getString(1).split("\\.")[0]));
                } catch (NumberFormatException e) {
                    throw new DatabaseException(DatabaseProblem.NOT_LOKET, e, rs.getString(1));
                }
            }
            return max;
        }
    }

    /** True when the schema is current and Flyway is not needed at start-up ({@link CurrentDatabase#isCurrent}). */
    static boolean isCurrent(DataSource ds) {
        return CurrentDatabase.isCurrent(ds);
    }

    /**
     * The JDBC URL of SQLite file {@code file}. The driver reads anything after a '?' as settings
     * ({@code synchronous=OFF}): a path with one is refused, wherever it came from (--db, --from, --out).
     *
     * @throws DatabaseException {@link DatabaseProblem#BAD_LOCATION}
     */
    static String sqliteUrl(Path file) {
        String path = file.toAbsolutePath().toString();
        if (path.indexOf('?') >= 0) {
            throw new DatabaseException(DatabaseProblem.BAD_LOCATION, null, path,
                    "nama berkas database tidak boleh memuat '?'");
        }
        return "jdbc:sqlite:" + path;
    }

    static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(sqliteUrl(file));
        return ds;
    }

    /**
     * Closes the kept connections (SQLite: and stops the background checkpoints). Later calls still
     * work, each on a fresh connection; a restore calls this before it replaces the file.
     */
    public void close() {
        closer.run();
    }

    public DbLocation location() {
        return location;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** True for a database on a PostgreSQL server (several desks), false for an SQLite file. */
    public boolean onServer() {
        return location instanceof DbLocation.Server;
    }

    /** The SQLite file. A server database has none: callers that handle files check {@link #onServer()}. */
    public Path file() {
        if (location instanceof DbLocation.File f) {
            return f.path();
        }
        throw new IllegalStateException("a server database has no file: " + location.display());
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * A connection reading one consistent snapshot of the whole database while others keep writing
     * (SQLite: a read transaction in WAL mode; PostgreSQL: REPEATABLE READ). Never writes; close it.
     */
    Connection snapshot() throws SQLException {
        return snapshots.open();
    }

    /**
     * The database problem behind {@code failure}, when it is one with words of its own: the server
     * cannot be reached or the connection broke ({@link DatabaseProblem#CONNECTION_LOST}), another desk
     * held the write lock too long ({@link DatabaseProblem#BUSY}). Empty for anything else.
     */
    public java.util.Optional<DatabaseException> problemOf(Throwable failure) {
        DatabaseException known = ServerConnection.find(failure, DatabaseException.class);
        if (known != null) {
            return java.util.Optional.of(known);
        }
        SQLException sql = ServerConnection.find(failure, SQLException.class);
        if (sql == null) {
            return java.util.Optional.empty();
        }
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        String host = location instanceof DbLocation.Server s ? s.host() : location.display();
        if (state.startsWith("08") || state.startsWith("57P") || state.equals("55000")
                || ServerConnection.find(failure, java.net.SocketException.class) != null
                || ServerConnection.find(failure, java.io.EOFException.class) != null) {
            return java.util.Optional.of(new DatabaseException(DatabaseProblem.CONNECTION_LOST, failure, host));
        }
        return Failures.classify(failure, location.display());
    }

    /** A connection of its own, outside the pool (no write lock), in auto-commit. Close it. */
    Connection plainConnection() throws SQLException {
        return plain.open();
    }
}
