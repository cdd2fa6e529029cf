package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.audit.AuditEntry;
import id.kalbarprov.loket.core.audit.AuditFilter;
import id.kalbarprov.loket.core.audit.AuditNames;
import id.kalbarprov.loket.core.audit.AuditPort;
import id.kalbarprov.loket.core.register.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Reads the audit log for the audit view: filtered, newest first, paged; and checks the chain. */
public final class AuditStore implements AuditPort {

    /** Longer than any actor label ("Full Name (username)"). */
    static final int MAX_ACTOR = 500;

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Database db;

    public AuditStore(Database db) {
        this.jdbi = db.jdbi();
        this.dialect = db.dialect();
        this.db = db;
    }

    @Override
    public Page<AuditEntry> search(AuditFilter f, int offset, int limit) {
        List<String> where = new ArrayList<>();
        if (f.entity() != null && !f.entity().isBlank()) {
            where.add("entity = :entity");
        }
        boolean byActor = f.actor() != null && !f.actor().isBlank();
        if (byActor && f.actor().strip().length() > MAX_ACTOR) {
            where.add("1 = 0"); // longer than any operator label: no match (and too long a LIKE pattern)
            byActor = false;
        } else if (byActor) {
            where.add("actor " + dialect.like() + " :actor" + Like.ESCAPE);
        }
        if (f.from() != null) {
            where.add(DayBounds.afterEverything(f.from()) ? "1 = 0" : "at >= :from");
        }
        String to = f.to() == null ? null : DayBounds.endExclusive(f.to());
        if (to != null) {
            where.add("at < :to");
        }
        boolean actorBound = byActor;
        String sql = "SELECT id, at, actor, entity, entity_id, action, before, after FROM audit_log"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY id DESC LIMIT :limit OFFSET :offset";
        List<AuditEntry> rows = jdbi.withHandle(h -> {
            var q = h.createQuery(sql).bind("limit", limit + 1).bind("offset", offset);
            if (f.entity() != null && !f.entity().isBlank()) {
                q.bind("entity", f.entity());
            }
            if (actorBound) {
                q.bind("actor", Like.containing(f.actor().strip()));
            }
            if (f.from() != null && !DayBounds.afterEverything(f.from())) {
                q.bind("from", f.from().toString());
            }
            if (to != null) {
                q.bind("to", to);
            }
            return q.map((rs, ctx) -> new AuditEntry(rs.getLong("id"), rs.getString("at"), rs.getString("actor"),
                    rs.getString("entity"), rs.getString("entity_id"), rs.getString("action"),
                    rs.getString("before"), rs.getString("after"))).list();
        });
        boolean more = rows.size() > limit;
        return new Page<>(more ? rows.subList(0, limit) : rows, offset, more);
    }

    @Override
    public List<String> entities() {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT entity FROM audit_log ORDER BY entity")
                .mapTo(String.class).list());
    }

    /** Tables whose rows have an everyday label, and that label's column. */
    private static final java.util.Map<String, String[]> LABELLED = java.util.Map.of(
            "letter", new String[] {"letter", "agenda_number"},
            "complaint", new String[] {"complaint", "number"},
            "outgoing_letter", new String[] {"outgoing_letter", "number"},
            "operator", new String[] {"operator", "full_name"});

    private static final java.util.regex.Pattern REFERENCE =
            java.util.regex.Pattern.compile("\"(letterId|letter_id|complaintId|complaint_id)\"\\s*:\\s*(\\d{1,18})");

    @Override
    public AuditNames names(List<AuditEntry> entries) {
        return jdbi.withHandle(h -> {
            java.util.Map<String, String> people = new java.util.HashMap<>();
            h.createQuery("SELECT username, full_name FROM operator")
                    .map((rs, ctx) -> java.util.Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(p -> people.put(p.getKey(), p.getValue()));
            java.util.Map<String, String> labels = new java.util.HashMap<>();
            java.util.Map<String, java.util.Set<Long>> ids = new java.util.HashMap<>();
            for (AuditEntry e : entries) {
                // letters and complaints a change refers to ("letterId": 43) are named by their numbers too
                for (String json : new String[] {e.before(), e.after()}) {
                    java.util.regex.Matcher m = json == null ? null : REFERENCE.matcher(json);
                    while (m != null && m.find()) {
                        ids.computeIfAbsent(m.group(1).startsWith("letter") ? "letter" : "complaint",
                                k -> new java.util.TreeSet<>()).add(Long.parseLong(m.group(2)));
                    }
                }
                if (LABELLED.containsKey(e.entity()) && e.entityId() != null && e.entityId().matches("\\d{1,18}")) {
                    ids.computeIfAbsent(e.entity(), k -> new java.util.TreeSet<>()).add(Long.parseLong(e.entityId()));
                }
            }
            ids.forEach((entity, set) -> {
                String[] t = LABELLED.get(entity);
                h.createQuery("SELECT id, " + t[1] + " FROM " + t[0] + " WHERE id IN (<ids>)")
                        .bindList("ids", new ArrayList<>(set))
                        .map((rs, ctx) -> java.util.Map.entry(entity + "/" + rs.getLong(1), rs.getString(2)))
                        .forEach(l -> labels.put(l.getKey(), l.getValue()));
            });
            return new AuditNames(people, labels);
        });
    }

    @Override
    public List<String> changedRecords() {
        try (java.sql.Connection c = db.snapshot(); org.jdbi.v3.core.Handle h = Jdbi.open(c)) {
            List<String> scripts = h.createQuery("SELECT script FROM flyway_schema_history WHERE success"
                    + " AND script IS NOT NULL ORDER BY installed_rank").mapTo(String.class).list();
            List<String> found = RecordCheck.run(h, dialect, scripts);
            c.rollback();
            return found;
        } catch (java.sql.SQLException e) {
            throw new StoreException("Cannot read the records", e);
        }
    }

    @Override
    public Optional<Long> firstBrokenRow() {
        // Streamed on a read-only snapshot (no write lock, rows fetched 2,000 at a time): one row in
        // memory at a time, so a sign-in at 1,000,000 letters no longer holds the whole log (about 2 GB).
        // Every row every time: starting from the last row verified before would miss an edit to an
        // older row, and the sign-in runs it in the background anyway.
        try (java.sql.Connection c = db.snapshot(); org.jdbi.v3.core.Handle h = Jdbi.open(c)) {
            AuditLog.Verification v = AuditLog.verify(h, 0, AuditLog.GENESIS, 0);
            c.rollback(); // the snapshot's read transaction ends before the handle closes
            return Optional.ofNullable(v.brokenAt());
        } catch (java.sql.SQLException e) {
            throw new StoreException("Cannot read the audit log", e);
        }
    }
}
