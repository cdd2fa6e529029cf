package id.kalbarprov.loket.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import org.jdbi.v3.core.ConnectionFactory;
import org.sqlite.SQLiteDataSource;

/**
 * Keeps a few open SQLite connections for reuse. Opening a connection costs about a millisecond
 * (the file is opened and its schema parsed) and starts with a cold page cache; a clerk's
 * registration used to open four. A connection returns to the pool only when it is in auto-commit
 * (no transaction left open). When the database file has been replaced (a restore, here or on
 * another workstation), the pooled connections belong to the old file and are dropped.
 *
 * <p>Connections opened here do not checkpoint the write-ahead log on commit until it reaches
 * {@link #AUTOCHECKPOINT_PAGES}; a background thread ({@link #checkpointIdle}) does it every second
 * instead, so a clerk's commit never waits for a checkpoint's copy and fsync of the main file.
 */
final class ConnectionPool implements ConnectionFactory {

    static final int MAX_IDLE = 4;
    /** The backstop: a commit checkpoints only when the log holds this many pages (about 40 MB). */
    static final int AUTOCHECKPOINT_PAGES = 10_000;
    /**
     * Page cache of a kept connection, in KiB (SQLite's default is 2,000). At a million letters the
     * register's page reads the newest letters' rows and the upper levels of its indexes again and
     * again: with 2 MB they fell out between two keystrokes (2,000 row reads 6 ms), with 16 MB they
     * stay (1.5 ms). The pool hands out the most recently used connection first, so one or two
     * connections hold warm caches; four full caches would be 64 MB (see docs/BENCHMARKS.md, memory).
     */
    static final int CACHE_KIB = 16_000;

    private final SQLiteDataSource ds;
    private final Path file;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private Object fileKey;
    private boolean closed;

    ConnectionPool(SQLiteDataSource ds, Path file) {
        this.ds = ds;
        this.file = file;
    }

    @Override
    public Connection openConnection() throws SQLException {
        Object key = fileKey();
        synchronized (this) {
            if (!Objects.equals(key, fileKey)) {
                drainLocked();
                fileKey = key;
            }
            Connection c = idle.pollFirst();
            if (c != null) {
                return c;
            }
        }
        Connection c = ds.getConnection();
        try (var st = c.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint = " + AUTOCHECKPOINT_PAGES);
            st.execute("PRAGMA cache_size = -" + CACHE_KIB);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /**
     * A passive checkpoint on an idle connection (never a new one, which could create a file that
     * is gone): copies committed pages into the main file without blocking writers or readers.
     * Returns false when the pool is closed and the background task should stop.
     */
    boolean checkpointIdle() {
        Connection c;
        synchronized (this) {
            if (closed) {
                return false;
            }
            if (!Objects.equals(fileKey(), fileKey)) {
                return true; // replaced: the next real use drops the old connections
            }
            c = idle.pollFirst();
        }
        if (c == null) {
            return true;
        }
        try (var st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException e) {
            // busy or gone: the next tick (or the backstop) does it
        }
        try {
            closeConnection(c);
        } catch (SQLException e) {
            return true;
        }
        return true;
    }

    @Override
    public void closeConnection(Connection c) throws SQLException {
        if (c.isClosed()) {
            return;
        }
        boolean keep;
        synchronized (this) {
            keep = !closed && c.getAutoCommit() && idle.size() < MAX_IDLE;
            if (keep) {
                idle.addFirst(c);
            }
        }
        if (!keep) {
            c.close();
        }
    }

    /** Closes the idle connections; later calls open fresh ones and are not pooled. */
    void close() {
        synchronized (this) {
            closed = true;
            drainLocked();
        }
    }

    private void drainLocked() {
        for (Connection c : idle) {
            try {
                c.close();
            } catch (SQLException e) {
                // already unusable: nothing to keep
            }
        }
        idle.clear();
    }

    /** The file's identity (inode on Unix), or null where the platform has none. */
    private Object fileKey() {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }
}
