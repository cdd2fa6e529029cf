package id.kalbarprov.loket.store;

import java.sql.ResultSetMetaData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * A row exactly as stored, every column by its name, for an audit entry's before/after: the tamper
 * check (issue 12) compares each audited row with its last audit entry.
 */
final class AuditedRow {

    private AuditedRow() {
    }

    /** The row of {@code table} with primary key {@code id}, read inside the caller's transaction. */
    static Optional<Map<String, Object>> read(Handle h, String table, long id) {
        return h.createQuery("SELECT * FROM " + table + " WHERE id = ?").bind(0, id)
                .map((rs, ctx) -> {
                    ResultSetMetaData md = rs.getMetaData();
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= md.getColumnCount(); c++) {
                        Object v = rs.getObject(c);
                        // one representation on both backends: whole numbers as long, everything else as text
                        row.put(md.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT),
                                v == null ? null : v instanceof Number n ? (Object) n.longValue() : v.toString());
                    }
                    return row;
                }).findOne();
    }
}
