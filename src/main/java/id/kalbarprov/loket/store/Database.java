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

    private final Path file;
    private final Jdbi jdbi;

    private Database(Path file, Jdbi jdbi) {
        this.file = file;
        this.jdbi = jdbi;
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
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        Jdbi jdbi = Jdbi.create(ds).installPlugin(new SqlObjectPlugin());
        return new Database(file, jdbi);
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

    public Path file() {
        return file;
    }

    public Jdbi jdbi() {
        return jdbi;
    }
}
