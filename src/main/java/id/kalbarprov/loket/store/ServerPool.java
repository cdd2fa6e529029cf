package id.kalbarprov.loket.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jdbi.v3.core.ConnectionFactory;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Connections to the office's PostgreSQL server, a few kept for reuse. Write transactions queue as
 * they do on SQLite: the first thing every transaction does (when Jdbi turns auto-commit off) is to
 * take one transaction-scoped advisory lock, released by the server at commit, rollback or a dropped
 * connection. So agenda and outgoing numbers, complaint numbers and the audit chain's "previous hash"
 * are read and written by one desk at a time, and every store's read-then-write logic holds without
 * a PostgreSQL-only variant. A desk waits at most {@link Database#BUSY_TIMEOUT_MS} for the lock.
 */
final class ServerPool implements ConnectionFactory {

    /** The advisory lock of Loket's write transactions ("Loket" in ASCII). */
    static final long WRITE_LOCK = 0x4C6F6B6574L;
    static final int MAX_IDLE = 4;
    /** A kept connection idle longer than this is checked before use (the server may have restarted). */
    static final long CHECK_AFTER_IDLE_NANOS = 5_000_000_000L;

    private record Idle(Connection connection, long since) {
    }

    private final PGSimpleDataSource ds;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private boolean closed;

    ServerPool(PGSimpleDataSource ds) {
        this.ds = ds;
    }

    @Override
    public Connection openConnection() throws SQLException {
        while (true) {
            Idle kept;
            synchronized (this) {
                kept = idle.pollFirst();
            }
            if (kept == null) {
                return serial(fresh(ds));
            }
            if (System.nanoTime() - kept.since < CHECK_AFTER_IDLE_NANOS || kept.connection.isValid(2)) {
                return kept.connection;
            }
            quietlyClose(kept.connection);
        }
    }

    /** A new session with Loket's settings: waits for another desk's lock at most BUSY_TIMEOUT_MS. */
    static Connection fresh(PGSimpleDataSource ds) throws SQLException {
        Connection c = ds.getConnection();
        try (Statement st = c.createStatement()) {
            st.execute("SET lock_timeout = " + Database.BUSY_TIMEOUT_MS);
        } catch (SQLException e) {
            quietlyClose(c);
            throw e;
        }
        return c;
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
                idle.addFirst(new Idle(c, System.nanoTime()));
            }
        }
        if (!keep) {
            c.close();
        }
    }

    void close() {
        synchronized (this) {
            closed = true;
            idle.forEach(i -> quietlyClose(i.connection));
            idle.clear();
        }
    }

    /** {@code c}, but turning auto-commit off also takes the write lock. */
    static Connection serial(Connection c) {
        InvocationHandler h = (proxy, method, args) -> {
            try {
                if (method.getName().equals("setAutoCommit") && args[0] == Boolean.FALSE && c.getAutoCommit()) {
                    c.setAutoCommit(false);
                    try (Statement st = c.createStatement()) {
                        st.execute("SELECT pg_advisory_xact_lock(" + WRITE_LOCK + ")");
                        // Another desk may have upgraded the schema since this one opened: from then
                        // on this (older) Loket writes nothing.
                        try (var rs = st.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history"
                                + " WHERE success")) {
                            int version = rs.next() ? rs.getInt(1) : 0;
                            if (version > Database.LATEST_MIGRATION) {
                                throw new id.kalbarprov.loket.core.database.DatabaseException(
                                        id.kalbarprov.loket.core.database.DatabaseProblem.TOO_NEW, null,
                                        String.valueOf(version), String.valueOf(Database.LATEST_MIGRATION));
                            }
                        }
                    } catch (SQLException | RuntimeException e) {
                        c.rollback();
                        c.setAutoCommit(true);
                        throw e;
                    }
                    return null;
                }
                if (method.getName().equals("commit") && !c.getAutoCommit()) {
                    // A transaction that wrote (it has a transaction id) tells the other desks at commit.
                    try (Statement st = c.createStatement()) {
                        st.execute("SELECT pg_notify('" + ChangeWatcher.CHANNEL + "', '') "
                                + "WHERE pg_current_xact_id_if_assigned() IS NOT NULL");
                    }
                }
                return method.invoke(c, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(ServerPool.class.getClassLoader(), new Class<?>[]{Connection.class}, h);
    }

    private static void quietlyClose(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // already broken: nothing to keep
        }
    }
}
