package id.kalbarprov.loket.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The append-only, hash-chained audit log. Call {@link #append} inside the same transaction as
 * the change it describes. Each row's hash covers the previous row's hash, so an edit, insert or
 * delete made behind the app's back breaks the chain and {@link #verify} finds the first broken row.
 */
public final class AuditLog {

    /** The previous hash of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private AuditLog() {
    }

    /** Appends one entry. {@code before}/{@code after} are flat field maps (null: none). */
    public static void append(Handle h, String actor, String entity, Object entityId, String action,
                              Map<String, ?> before, Map<String, ?> after) {
        String prev = h.createQuery("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")
                .mapTo(String.class).findOne().orElse(GENESIS);
        String at = LocalDateTime.now().withNano(0).toString();
        String b = json(before);
        String a = json(after);
        String id = String.valueOf(entityId);
        String hash = hash(prev, at, actor, entity, id, action, b, a);
        h.createUpdate("""
                        INSERT INTO audit_log (at, actor, entity, entity_id, action, before, after, prev_hash, hash)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .bind(0, at).bind(1, actor).bind(2, entity).bind(3, id).bind(4, action)
                .bind(5, b).bind(6, a).bind(7, prev).bind(8, hash).execute();
    }

    /** One audit row as stored. */
    public record Entry(long id, String at, String actor, String entity, String entityId, String action,
                        String before, String after, String prevHash, String hash) {
    }

    /**
     * The result of walking the chain; {@code brokenAt} is the id of the first bad row, or null.
     * {@code lastId}/{@code lastHash}: the last good row (0 and {@link #GENESIS} for none).
     */
    public record Verification(long rows, Long brokenAt, long lastId, String lastHash) {
        public boolean ok() {
            return brokenAt == null;
        }
    }

    /** The whole chain, streamed (one row in memory at a time), on its own read-only snapshot. */
    public static Verification verify(Jdbi jdbi) {
        return jdbi.withHandle(h -> verify(h, 0, GENESIS, 0));
    }

    /**
     * The chain after row {@code fromId}, whose hash is {@code prevHash} and which is the
     * {@code counted}-th row: streamed in id order, never loaded whole (1,000,000 rows are about
     * 2 GB as a list). On PostgreSQL {@code h} must be in a transaction for the rows to stream.
     */
    public static Verification verify(Handle h, long fromId, String prevHash, long counted) {
        String[] prev = {prevHash};
        long[] n = {counted};
        long[] last = {fromId};
        Long broken;
        try (var rows = h.createQuery("SELECT id, at, actor, entity, entity_id, action, before, after, prev_hash, hash"
                        + " FROM audit_log WHERE id > ? ORDER BY id").bind(0, fromId).setFetchSize(2000)
                .map((rs, ctx) -> new Entry(rs.getLong("id"), rs.getString("at"), rs.getString("actor"),
                        rs.getString("entity"), rs.getString("entity_id"), rs.getString("action"),
                        rs.getString("before"), rs.getString("after"), rs.getString("prev_hash"),
                        rs.getString("hash"))).stream()) {
            broken = rows.filter(e -> {
                String expected = hash(prev[0], e.at(), e.actor(), e.entity(), e.entityId(), e.action(),
                        e.before(), e.after());
                if (!prev[0].equals(e.prevHash()) || !expected.equals(e.hash())) {
                    return true;
                }
                prev[0] = e.hash();
                last[0] = e.id();
                n[0]++;
                return false;
            }).map(Entry::id).findFirst().orElse(null);
        }
        return new Verification(broken == null ? n[0] : n[0] + 1, broken, last[0], prev[0]);
    }

    public static List<Entry> forEntity(Jdbi jdbi, String entity, Object entityId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id")
                .bind(0, entity).bind(1, String.valueOf(entityId))
                .map((rs, ctx) -> new Entry(rs.getLong("id"), rs.getString("at"), rs.getString("actor"),
                        rs.getString("entity"), rs.getString("entity_id"), rs.getString("action"),
                        rs.getString("before"), rs.getString("after"), rs.getString("prev_hash"),
                        rs.getString("hash"))).list());
    }

    static String hash(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                md.update((p == null ? "\u0000" : p).getBytes(StandardCharsets.UTF_8));
                md.update((byte) '|');
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A flat map as canonical JSON (keys sorted), built in one buffer (demo-data writes millions). */
    static String json(Map<String, ?> fields) {
        if (fields == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(256).append('{');
        for (var e : new TreeMap<>(fields).entrySet()) {
            if (b.length() > 1) {
                b.append(',');
            }
            escape(b.append('"'), e.getKey()).append("\":");
            Object v = e.getValue();
            if (v == null) {
                b.append("null");
            } else if (v instanceof Number || v instanceof Boolean) {
                b.append(v);
            } else {
                escape(b.append('"'), v.toString()).append('"');
            }
        }
        return b.append('}').toString();
    }

    private static StringBuilder escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b;
    }
}
