package id.kalbarprov.loket.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Rows of one table gathered inside a write transaction and sent together (demo data, imports). On
 * SQLite the rows go as one JSON array per {@link #flush}, through a single
 * {@code INSERT … SELECT value ->> 0, … FROM json_each(?)}: one statement for thousands of rows
 * instead of a bind, step and reset per row through JDBC, which was most of demo-data's time
 * (docs/BENCHMARKS.md). Elsewhere a JDBC batch. Either way the rows are inserted in the order added,
 * with the same values and types: an {@link Integer} or {@link Long} as an integer, null as NULL,
 * anything else as its text.
 */
abstract sealed class BulkRows implements AutoCloseable {

    /** Rows for {@code table}'s {@code columns}: as JSON when {@code json}, else a JDBC batch. */
    static BulkRows of(Connection c, boolean json, String table, String... columns) throws SQLException {
        return json ? new Json(c, table, columns) : new Batch(c, table, columns);
    }

    /** Adds one row; its values in the order of the columns. */
    abstract void add(Object... values) throws SQLException;

    /** Inserts the rows added since the last flush. */
    abstract void flush() throws SQLException;

    /** Characters gathered and not yet sent (0 for a JDBC batch): a caller may flush early. */
    abstract int pending();

    @Override
    public abstract void close() throws SQLException;

    private static final class Batch extends BulkRows {
        private final PreparedStatement insert;

        Batch(Connection c, String table, String[] columns) throws SQLException {
            insert = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + "?, ".repeat(columns.length - 1) + "?)");
        }

        @Override
        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    insert.setNull(i + 1, Types.VARCHAR);
                } else if (v instanceof Integer n) {
                    insert.setInt(i + 1, n);
                } else if (v instanceof Long n) {
                    insert.setLong(i + 1, n);
                } else {
                    insert.setString(i + 1, v.toString());
                }
            }
            insert.addBatch();
        }

        @Override
        void flush() throws SQLException {
            insert.executeBatch();
        }

        @Override
        int pending() {
            return 0;
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }

    private static final class Json extends BulkRows {
        private final PreparedStatement insert;
        private final StringBuilder rows = new StringBuilder(1 << 16);

        Json(Connection c, String table, String[] columns) throws SQLException {
            StringBuilder select = new StringBuilder();
            for (int i = 0; i < columns.length; i++) {
                select.append(i == 0 ? "" : ", ").append("value ->> ").append(i);
            }
            // json_each walks the array in order, so rowids are given in the order the rows were added.
            insert = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT "
                    + select + " FROM json_each(?)");
        }

        @Override
        void add(Object... values) {
            rows.append(rows.isEmpty() ? "[[" : ",[");
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    rows.append(',');
                }
                Object v = values[i];
                if (v == null) {
                    rows.append("null");
                } else if (v instanceof Integer || v instanceof Long) {
                    rows.append(v);
                } else {
                    string(rows, v.toString());
                }
            }
            rows.append(']');
        }

        @Override
        void flush() throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            rows.append(']');
            insert.setString(1, rows.toString());
            rows.setLength(0);
            insert.executeUpdate();
        }

        @Override
        int pending() {
            return rows.length();
        }

        /** {@code s} as a JSON string that SQLite's {@code ->>} gives back character for character. */
        static void string(StringBuilder out, String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == '"' || ch == '\\') {
                    out.append('\\').append(ch);
                } else if (ch < 0x20) {
                    out.append(String.format("\\u%04x", (int) ch));
                } else {
                    out.append(ch);
                }
            }
            out.append('"');
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }
}
