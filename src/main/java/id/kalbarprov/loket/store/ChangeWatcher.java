package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.database.DatabaseChanges;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a database for committed changes on one connection of its own and one daemon thread.
 * SQLite: {@code PRAGMA data_version}, which changes whenever another connection (this app's own
 * or another desk's) commits, read every {@link #PERIOD_MS}. PostgreSQL: {@code LISTEN} on the
 * channel every writing transaction notifies at commit (ServerPool). A lost connection is opened
 * again on the next round.
 */
public final class ChangeWatcher implements DatabaseChanges, AutoCloseable {

    static final int PERIOD_MS = 500;
    static final String CHANNEL = "loket_change";
    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatcher.class);

    private final Database db;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<java.util.function.Consumer<Boolean>> reachability = new CopyOnWriteArrayList<>();
    private volatile boolean reachable = true;
    private final Thread thread;
    private volatile boolean closed;
    private Connection connection;
    private long lastVersion = Long.MIN_VALUE;
    private int quietRounds;

    public ChangeWatcher(Database db) {
        this.db = db;
        this.thread = new Thread(this::run, "loket-changes");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public Runnable watchConnection(java.util.function.Consumer<Boolean> onReachable) {
        reachability.add(onReachable);
        if (!reachable) {
            onReachable.accept(false);
        }
        return () -> reachability.remove(onReachable);
    }

    private void reachable(boolean now) {
        if (reachable != now) {
            reachable = now;
            LOG.info(now ? "Database {} answers again" : "Database {} does not answer", db.location().display());
            reachability.forEach(r -> {
                try {
                    r.accept(now);
                } catch (RuntimeException e) {
                    LOG.warn("A connection listener failed", e);
                }
            });
        }
    }

    @Override
    public Runnable subscribe(Runnable onChange) {
        listeners.add(onChange);
        return () -> listeners.remove(onChange);
    }

    private void run() {
        while (!closed) {
            try {
                if (connection == null || connection.isClosed()) {
                    connection = open();
                    reachable(true);
                    // What changed before the watch began (the screen may have read just before) or
                    // while the database was away shows now.
                    listeners.forEach(ChangeWatcher::quietly);
                }
                if (poll()) {
                    listeners.forEach(ChangeWatcher::quietly);
                }
            } catch (SQLException | RuntimeException e) {
                LOG.debug("Change watch failed; trying again", e);
                closeConnection();
                if (db.onServer()) {
                    reachable(false);
                }
                for (int i = 0; i < 6 && !closed; i++) {
                    sleep(); // a gone database or server: try again every few seconds, not every round
                }
            }
        }
        closeConnection();
    }

    private Connection open() throws SQLException {
        Connection c = db.plainConnection();
        if (db.onServer()) {
            try (Statement st = c.createStatement()) {
                st.execute("LISTEN " + CHANNEL);
            }
        }
        lastVersion = db.onServer() ? Long.MIN_VALUE : dataVersion(c); // at once: a commit in the first period counts
        return c;
    }

    private static long dataVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** True when something changed since the last round; waits up to one period. */
    private boolean poll() throws SQLException {
        if (db.onServer()) {
            var notes = connection.unwrap(PGConnection.class).getNotifications(PERIOD_MS);
            if (notes != null && notes.length > 0) {
                return true;
            }
            if (++quietRounds % 4 == 0 && !connection.isValid(2)) {
                throw new SQLException("the server does not answer", "08006");
            }
            return false;
        }
        sleep();
        long version = dataVersion(connection);
        boolean changed = version != lastVersion;
        lastVersion = version;
        return changed;
    }

    private static void quietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.warn("A change listener failed", e);
        }
    }

    private void sleep() {
        try {
            Thread.sleep(PERIOD_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // gone already
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
