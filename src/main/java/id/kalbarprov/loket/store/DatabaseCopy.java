package id.kalbarprov.loket.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * Copies a whole Loket database between backends (SQLite file ↔ PostgreSQL server): every table of
 * the schema in foreign-key order, rows with their ids, in one transaction on the target, read from
 * one consistent snapshot of the source (others may keep working on it). Derived tables (the search
 * index) are rebuilt, not copied. The copy ends by comparing every table's row count with the
 * source's and verifying the audit chain on the target; a difference undoes it.
 *
 * <p>Used by the {@code copy} command, by a server database's backups (into a new SQLite file, the
 * one backup format) and by a restore onto a server.
 */
public final class DatabaseCopy {

    /** Tables whose rows are the office's records: a copy target must have none of them. */
    static final List<String> RECORDS = List.of("letter", "operator", "audit_log", "complaint", "outgoing_letter");
    static final int BATCH = 500;

    /** Why a copy was refused or undone; nothing was changed on the target. */
    public static final class Refused extends RuntimeException {
        /** What went wrong. */
        public enum Reason { TARGET_NOT_EMPTY, VERSION_MISMATCH, COUNTS_DIFFER, AUDIT_BROKEN }

        private final Reason reason;

        Refused(Reason reason, String detail) {
            super(reason + ": " + detail);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** Rows per table as copied, and the audit chain as verified on the target. */
    public record Result(Map<String, Long> counts, AuditLog.Verification audit) {
        public long rows(String table) {
            return counts.getOrDefault(table, 0L);
        }
    }

    private DatabaseCopy() {
    }

    /**
     * Copies {@code from} into {@code to}, which must hold no records (a new database: only the
     * reference data every migrated database starts with, which the copy replaces).
     *
     * @throws Refused when the target is not empty, the schema versions differ, or the check after
     *                 the copy fails (then the target is as it was)
     */
    public static Result copy(Database from, Database to) {
        return load(from, to, false);
    }

    /**
     * Replaces everything in {@code to} (a server database) with {@code from}'s content, in one
     * transaction: a failure leaves {@code to} as it was.
     */
    static Result replace(Database from, Database to) {
        return load(from, to, true);
    }

    private static Result load(Database from, Database to, boolean replace) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection src = from.snapshot()) {
            int fromVersion = Database.schemaVersion(src);
            to.jdbi().useTransaction(h -> {
                int toVersion = Database.schemaVersion(h.getConnection());
                if (fromVersion != toVersion) {
                    throw new Refused(Refused.Reason.VERSION_MISMATCH, "V" + fromVersion + " → V" + toVersion);
                }
                if (!replace) {
                    for (String t : RECORDS) {
                        long n = h.createQuery("SELECT count(*) FROM " + t).mapTo(Long.class).one();
                        if (n > 0) {
                            throw new Refused(Refused.Reason.TARGET_NOT_EMPTY, t + ": " + n);
                        }
                    }
                }
                List<String> order = order(h, from, src, to);
                to.dialect().beforeLoad(h, order);
                for (int i = order.size() - 1; i >= 0; i--) {
                    h.execute("DELETE FROM " + order.get(i));
                }
                for (String t : order) {
                    counts.put(t, copyTable(src, h.getConnection(), t));
                }
                to.dialect().afterLoad(h, order);
                for (String t : order) {
                    long there = h.createQuery("SELECT count(*) FROM " + t).mapTo(Long.class).one();
                    if (there != counts.get(t)) {
                        throw new Refused(Refused.Reason.COUNTS_DIFFER, t + ": " + counts.get(t) + " → " + there);
                    }
                }
            });
            src.rollback();
        } catch (SQLException e) {
            throw new StoreException("copy from " + from.location().display() + " failed", e);
        }
        AuditLog.Verification audit = AuditLog.verify(to.jdbi());
        return new Result(counts, audit);
    }

    /** The tables both databases have (not derived), parents before children. */
    private static List<String> order(Handle h, Database from, Connection src, Database to) throws SQLException {
        Set<String> sourceTables = new TreeSet<>(tables(src, from.dialect()));
        Map<String, Set<String>> parents = to.dialect().parents(h);
        List<String> wanted = new ArrayList<>();
        for (String t : to.dialect().tables(h)) {
            if (!to.dialect().derived(t) && !from.dialect().derived(t) && sourceTables.contains(t)) {
                wanted.add(t);
            }
        }
        Set<String> done = new LinkedHashSet<>();
        while (done.size() < wanted.size()) {
            int before = done.size();
            for (String t : wanted) {
                if (!done.contains(t) && parents.getOrDefault(t, Set.of()).stream()
                        .allMatch(p -> p.equals(t) || done.contains(p) || !wanted.contains(p))) {
                    done.add(t);
                }
            }
            if (done.size() == before) {
                throw new IllegalStateException("foreign keys form a cycle among " + wanted);
            }
        }
        return new ArrayList<>(done);
    }

    private static List<String> tables(Connection c, Dialect d) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(d.tablesSql())) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Streams {@code table}'s rows from the source into the target in batches; returns how many. */
    private static long copyTable(Connection src, Connection dst, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        try (Statement st = dst.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(md.getColumnName(i));
                types.add(md.getColumnType(i));
            }
        }
        String list = String.join(", ", columns);
        if (dst.isWrapperFor(org.postgresql.PGConnection.class)) {
            return copyIn(src, dst.unwrap(org.postgresql.PGConnection.class), table, list, types);
        }
        String insert = "INSERT INTO " + table + " (" + list + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        long n = 0;
        try (Statement st = src.createStatement()) {
            st.setFetchSize(1_000);
            try (ResultSet rs = st.executeQuery("SELECT " + list + " FROM " + table + " ORDER BY 1");
                 PreparedStatement ps = dst.prepareStatement(insert)) {
                int pending = 0;
                while (rs.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        set(ps, i + 1, types.get(i), rs);
                    }
                    ps.addBatch();
                    n++;
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
        }
        return n;
    }

    /**
     * Into a server: PostgreSQL's COPY, the rows streamed as CSV in one statement per table (one round
     * trip instead of one insert per row: {@code copy} of 100,000 letters went from 75-86 s to the
     * figures in docs/BENCHMARKS.md). Text is always quoted, so an empty text stays empty and NULL is
     * an unquoted empty field; bytes are written as PostgreSQL's hex ({@code \\x…}).
     */
    private static long copyIn(Connection src, org.postgresql.PGConnection dst, String table, String list,
                               List<Integer> types) throws SQLException {
        long[] n = {0};
        try (Statement st = src.createStatement()) {
            st.setFetchSize(1_000);
            try (ResultSet rs = st.executeQuery("SELECT " + list + " FROM " + table + " ORDER BY 1")) {
                org.postgresql.copy.CopyIn in = dst.getCopyAPI().copyIn("COPY " + table + " (" + list
                        + ") FROM STDIN WITH (FORMAT csv)");
                try {
                    StringBuilder buf = new StringBuilder(1 << 16);
                    while (rs.next()) {
                        for (int i = 0; i < types.size(); i++) {
                            if (i > 0) {
                                buf.append(',');
                            }
                            csv(buf, types.get(i), rs, i + 1);
                        }
                        buf.append('\n');
                        n[0]++;
                        if (buf.length() > 1 << 16) {
                            byte[] bytes = buf.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                            in.writeToCopy(bytes, 0, bytes.length);
                            buf.setLength(0);
                        }
                    }
                    byte[] bytes = buf.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    in.endCopy();
                } finally {
                    if (in.isActive()) {
                        in.cancelCopy();
                    }
                }
            }
        }
        return n[0];
    }

    /** One CSV field of column {@code i}, read as the target column's type; nothing for NULL. */
    private static void csv(StringBuilder buf, int type, ResultSet rs, int i) throws SQLException {
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                long v = rs.getLong(i);
                if (!rs.wasNull()) {
                    buf.append(v);
                }
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] v = rs.getBytes(i);
                if (v != null) {
                    buf.append("\\x").append(java.util.HexFormat.of().formatHex(v));
                }
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean v = rs.getBoolean(i);
                if (!rs.wasNull()) {
                    buf.append(v);
                }
            }
            case Types.REAL, Types.DOUBLE, Types.FLOAT, Types.NUMERIC, Types.DECIMAL -> {
                double v = rs.getDouble(i);
                if (!rs.wasNull()) {
                    buf.append(v);
                }
            }
            default -> {
                String v = rs.getString(i);
                if (v != null) {
                    buf.append('"').append(v.replace("\"", "\"\"")).append('"');
                }
            }
        }
    }

    /** One value, read as the target column's type (SQLite's columns hold what was put in). */
    private static void set(PreparedStatement ps, int i, int type, ResultSet rs) throws SQLException {
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                long v = rs.getLong(i);
                if (rs.wasNull()) {
                    ps.setNull(i, type);
                } else {
                    ps.setLong(i, v);
                }
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] v = rs.getBytes(i);
                if (v == null) {
                    ps.setNull(i, type);
                } else {
                    ps.setBytes(i, v);
                }
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean v = rs.getBoolean(i);
                if (rs.wasNull()) {
                    ps.setNull(i, type);
                } else {
                    ps.setBoolean(i, v);
                }
            }
            case Types.REAL, Types.DOUBLE, Types.FLOAT, Types.NUMERIC, Types.DECIMAL -> {
                double v = rs.getDouble(i);
                if (rs.wasNull()) {
                    ps.setNull(i, type);
                } else {
                    ps.setDouble(i, v);
                }
            }
            default -> {
                String v = rs.getString(i);
                if (v == null) {
                    ps.setNull(i, type);
                } else {
                    ps.setString(i, v);
                }
            }
        }
    }
}
