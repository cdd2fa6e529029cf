package id.kalbarprov.loket.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Audit entries appended in bulk inside one write transaction (demo data: a million letters): the
 * same rows, hashes and chain as {@link AuditLog#append}, with the previous hash kept here instead
 * of read back before every entry, and the inserts sent as a JDBC batch. {@link #begin} at the start
 * of each transaction (the chain continues from the last stored row), {@link #flush} before commit.
 * On SQLite demo data sends the rows as JSON ({@link BulkRows}).
 */
final class AuditBatch implements AutoCloseable {

    private final BulkRows insert;
    private final Connection c;
    private String prev;

    AuditBatch(Connection c) throws SQLException {
        this(c, false);
    }

    /** Rows sent as one JSON array per flush when {@code json} (SQLite), else as a JDBC batch. */
    AuditBatch(Connection c, boolean json) throws SQLException {
        this.c = c;
        this.insert = BulkRows.of(c, json, "audit_log", "at", "actor", "entity", "entity_id", "action", "before",
                "after", "prev_hash", "hash");
    }

    /** Reads the last hash of the chain; call inside the transaction that appends. */
    void begin() throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
             ResultSet rs = st.executeQuery()) {
            prev = rs.next() ? rs.getString(1) : AuditLog.GENESIS;
        }
    }

    void append(String actor, String entity, Object entityId, String action, Map<String, ?> before,
                Map<String, ?> after) throws SQLException {
        appendJson(actor, entity, entityId, action, AuditLog.json(before), AuditLog.json(after));
    }

    /** {@link #append} with the before and after already as canonical JSON ({@link AuditLog#json}). */
    void appendJson(String actor, String entity, Object entityId, String action, String b, String a)
            throws SQLException {
        String at = LocalDateTime.now().withNano(0).toString();
        String id = String.valueOf(entityId);
        String hash = AuditLog.hash(prev, at, actor, entity, id, action, b, a);
        insert.add(at, actor, entity, id, action, b, a, prev, hash);
        prev = hash;
    }

    void flush() throws SQLException {
        insert.flush();
    }

    /** Characters gathered and not yet sent ({@link BulkRows#pending}). */
    int pending() {
        return insert.pending();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
