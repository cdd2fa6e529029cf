package id.kalbarprov.loket.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * SQLite, demo data into a new, empty file: the secondary indexes of the big tables are dropped for the
 * load and made again at the end from their own {@code sqlite_master} SQL (a sort per index instead of a
 * B-tree insert per row: docs/BENCHMARKS.md). Their SQL is kept in table {@value #TABLE} from the
 * transaction that drops them until the one that makes them again, so a load that stops half-way (a
 * crash, a kill) leaves a database that {@code check} refuses and that the next {@link Database#open}
 * completes by making the indexes again. The UNIQUE constraints' own indexes stay throughout.
 */
final class LoadIndexes {

    /** Present only while a load runs (or after one stopped half-way): name and SQL of each dropped index. */
    static final String TABLE = "load_dropped_index";

    static final List<String> TABLES = List.of("letter", "request_history", "audit_log");

    private LoadIndexes() {
    }

    /**
     * Drops the secondary indexes of {@link #TABLES} when no letter is stored yet, and returns what
     * makes them again (nothing to do when the file was not empty).
     */
    static Runnable dropForLoad(Handle h) {
        boolean empty = h.createQuery("SELECT NOT EXISTS (SELECT 1 FROM letter)").mapTo(Boolean.class).one();
        if (!empty || pending(h)) {
            return () -> {
            };
        }
        h.useTransaction(t -> {
            t.execute("CREATE TABLE " + TABLE + " (name TEXT PRIMARY KEY, sql TEXT NOT NULL)");
            t.createUpdate("INSERT INTO " + TABLE + " (name, sql) SELECT name, sql FROM sqlite_master"
                    + " WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (<tables>)")
                    .bindList("tables", TABLES).execute();
            for (String name : t.createQuery("SELECT name FROM " + TABLE + " ORDER BY name").mapTo(String.class).list()) {
                t.execute("DROP INDEX \"" + name.replace("\"", "\"\"") + "\"");
            }
        });
        return () -> {
            try {
                rebuild(h.getConnection());
            } catch (SQLException e) {
                throw new StoreException("Cannot make the indexes again after the load", e);
            }
        };
    }

    /** True when a load dropped indexes and has not made them again. */
    static boolean pending(Handle h) {
        try {
            return pending(h.getConnection());
        } catch (SQLException e) {
            throw new StoreException("Cannot read " + TABLE, e);
        }
    }

    /** {@link #pending(Handle)} on a plain connection. */
    static boolean pending(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + TABLE + "'");
             ResultSet rs = st.executeQuery()) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /**
     * Makes the indexes a load dropped again, and forgets them, in one transaction; nothing when none
     * are pending. {@code c} in auto-commit mode.
     */
    static void rebuild(Connection c) throws SQLException {
        if (!pending(c)) {
            return;
        }
        List<String> sql = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT sql FROM " + TABLE + " ORDER BY name");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                sql.add(rs.getString(1));
            }
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
            st.execute("DROP TABLE " + TABLE);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
