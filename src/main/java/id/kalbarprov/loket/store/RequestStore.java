package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.auth.Person;
import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.register.Page;
import id.kalbarprov.loket.core.register.RequestDetail;
import id.kalbarprov.loket.core.register.WorkItem;
import id.kalbarprov.loket.core.register.WorklistPort;
import id.kalbarprov.loket.core.request.RequestClock;
import id.kalbarprov.loket.core.request.RequestSnapshot;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.request.WorkflowPort;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The request workflow on SQLite: each step is one transaction (letter fields with an optimistic
 * version check, history row, processing record, audit entry); the worklists of Kajian and Proses.
 */
public final class RequestStore implements WorkflowPort, WorklistPort {

    private final Jdbi jdbi;
    private final Supplier<WorkingCalendar> calendar;

    public RequestStore(Database db, Supplier<WorkingCalendar> calendar) {
        this.jdbi = db.jdbi();
        this.calendar = calendar;
    }

    @Override
    public Optional<RequestSnapshot> find(long id) {
        return jdbi.withHandle(h -> snapshot(h, id));
    }

    private static Optional<RequestSnapshot> snapshot(Handle h, long id) {
        return h.createQuery("""
                        SELECT l.id, l.state, l.version, s.kind, s.working_days, l.clock_start, l.clock_days_used,
                               l.paused_on, l.reviewer, l.processor, l.decision_reason, l.missing_items,
                               l.updated_by, l.updated_at
                        FROM letter l JOIN service s ON s.id = l.service_id WHERE l.id = ?""")
                .bind(0, id)
                .map((rs, ctx) -> new RequestSnapshot(rs.getLong("id"), RequestState.valueOf(rs.getString("state")),
                        rs.getInt("version"), ServiceKind.valueOf(rs.getString("kind")), rs.getInt("working_days"),
                        date(rs.getString("clock_start")), rs.getInt("clock_days_used"), date(rs.getString("paused_on")),
                        rs.getString("reviewer"), rs.getString("processor"), rs.getString("decision_reason"),
                        rs.getString("missing_items"), rs.getString("updated_by"), dateTime(rs.getString("updated_at"))))
                .findOne();
    }

    @Override
    public void apply(Change c) {
        jdbi.useTransaction(h -> {
            RequestSnapshot before = snapshot(h, c.id()).orElseThrow(
                    () -> new IllegalArgumentException("no request " + c.id()));
            int updated = h.createUpdate("""
                            UPDATE letter SET state = :to, clock_start = :start, clock_days_used = :used,
                                paused_on = :paused, reviewer = :reviewer, processor = :processor,
                                decision_reason = :reason, missing_items = :missing, updated_at = :at,
                                updated_by = :by, version = version + 1
                            WHERE id = :id AND version = :version AND state = :from""")
                    .bind("to", c.to().name()).bind("start", str(c.clockStart())).bind("used", c.clockDaysUsed())
                    .bind("paused", str(c.pausedOn())).bind("reviewer", c.reviewer())
                    .bind("processor", c.processor()).bind("reason", c.decisionReason())
                    .bind("missing", c.missingItems()).bind("at", c.at().toString()).bind("by", c.actor())
                    .bind("id", c.id()).bind("version", c.expectedVersion()).bind("from", c.from().name())
                    .execute();
            if (updated == 0) {
                throw new ConcurrentChangeException("request", c.id(), before.updatedBy(), before.updatedAt());
            }
            long place = HistoryAudit.next(h, c.id());
            h.createUpdate("""
                            INSERT INTO request_history (letter_id, at, actor, from_state, to_state, note)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .bind(0, c.id()).bind(1, c.at().toString()).bind(2, c.actor()).bind(3, c.from().name())
                    .bind(4, c.to().name()).bind(5, c.note()).execute();
            if (c.completeChecklist()) {
                h.createUpdate("UPDATE letter_requirement SET fulfilled = 1 WHERE letter_id = ?")
                        .bind(0, c.id()).execute();
            }
            Map<String, Object> after = fields(c.to(), c.clockStart(), c.clockDaysUsed(), c.pausedOn(), c.reviewer(),
                    c.processor(), c.decisionReason(), c.missingItems());
            if (c.processing() != null) {
                String details = AuditLog.json(c.processing().details());
                h.createUpdate("""
                                INSERT INTO request_processing
                                    (letter_id, kind, details, summary, processed_by, processed_at)
                                VALUES (?, ?, ?, ?, ?, ?)
                                ON CONFLICT (letter_id) DO UPDATE SET kind = excluded.kind,
                                    details = excluded.details, summary = excluded.summary,
                                    processed_by = excluded.processed_by, processed_at = excluded.processed_at""")
                        .bind(0, c.id()).bind(1, c.processing().kind().name()).bind(2, details)
                        .bind(3, c.processing().summary()).bind(4, c.actor()).bind(5, c.at().toString()).execute();
                after.put("processing", details);
                after.put("summary", c.processing().summary());
            }
            after.put("note", c.note());
            HistoryAudit.put(after, place, c.at().toString(), c.actor(), c.from().name(), c.to().name(), c.note());
            AuditLog.append(h, c.actor(), "letter", c.id(), "transition " + c.from() + " -> " + c.to(),
                    fields(before.state(), before.clockStart(), before.clockDaysUsed(), before.pausedOn(),
                            before.reviewer(), before.processor(), before.decisionReason(), before.missingItems()),
                    after);
        });
    }

    private static Map<String, Object> fields(RequestState state, LocalDate start, int used, LocalDate paused,
                                              String reviewer, String processor, String reason, String missing) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", state.name());
        m.put("clockStart", str(start));
        m.put("clockDaysUsed", used);
        m.put("pausedOn", str(paused));
        m.put("reviewer", reviewer);
        m.put("processor", processor);
        m.put("decisionReason", reason);
        m.put("missingItems", missing);
        return m;
    }

    /**
     * One page of a worklist: open requests in {@code states} (optionally only those assigned to
     * {@code processor}), most urgent first. Only the few open requests are read (index on state)
     * and their due dates computed here; full rows are fetched for the page only.
     */
    @Override
    public Page<WorkItem> worklist(Collection<RequestState> states, String processor, LocalDate today,
                                   int offset, int limit) {
        if (states.stream().noneMatch(RequestState::clockRunning)) {
            return waitingList(states, processor, offset, limit);
        }
        WorkingCalendar cal = calendar.get();
        return jdbi.withHandle(h -> {
            List<Key> keys = h.createQuery("""
                            SELECT l.id, l.state, l.received_at, l.clock_start, l.clock_days_used, s.working_days
                            FROM letter l JOIN service s ON s.id = l.service_id
                            WHERE l.state IN (<states>)""" + (processor == null ? "" : " AND l.processor = :p"))
                    .bindList("states", states.stream().map(Enum::name).toList())
                    .bind("p", processor)
                    .map((rs, ctx) -> {
                        RequestState st = RequestState.valueOf(rs.getString(2));
                        String start = rs.getString(4);
                        LocalDate due = st.clockRunning() && start != null
                                ? RequestClock.due(LocalDate.parse(start), rs.getInt(6), rs.getInt(5), cal) : null;
                        return new Key(rs.getLong(1), rs.getString(3), due,
                                due == null ? null : WorkingCalendar.status(due, today));
                    }).list();
            keys.sort(Key.URGENCY);
            boolean more = keys.size() > offset + limit;
            List<Key> page = keys.subList(Math.min(offset, keys.size()), Math.min(keys.size(), offset + limit));
            if (page.isEmpty()) {
                return new Page<WorkItem>(List.of(), offset, false);
            }
            Map<Long, WorkItem> byId = new HashMap<>();
            Map<Long, Key> keyById = new HashMap<>();
            page.forEach(k -> keyById.put(k.id, k));
            h.createQuery(ITEM_SELECT + " WHERE l.id IN (<ids>)")
                    .bindList("ids", page.stream().map(k -> k.id).toList())
                    .map((rs, ctx) -> {
                        Key k = keyById.get(rs.getLong("id"));
                        return new WorkItem(LetterStore.row(rs), k.due, k.status, rs.getString("reviewer"),
                                rs.getString("processor"), date(rs.getString("paused_on")),
                                k.due != null && !cal.hasHolidayListFor(k.due.getYear()));
                    })
                    .forEach(w -> byId.put(w.row().id(), w));
            List<WorkItem> items = page.stream().map(k -> byId.get(k.id)).toList();
            return new Page<>(items, offset, more);
        });
    }

    /** Requests whose clock does not run (incomplete, returned): oldest first, paged by the database. */
    private Page<WorkItem> waitingList(Collection<RequestState> states, String processor, int offset, int limit) {
        return jdbi.withHandle(h -> {
            // Ids from the index alone first; full rows for this page only.
            List<Long> ids = h.createQuery("SELECT id FROM letter WHERE state IN (<states>)"
                            + (processor == null ? "" : " AND processor = :p")
                            + " ORDER BY received_at, id LIMIT :limit OFFSET :offset")
                    .bindList("states", states.stream().map(Enum::name).toList())
                    .bind("p", processor).bind("limit", limit + 1).bind("offset", offset)
                    .mapTo(Long.class).list();
            boolean more = ids.size() > limit;
            List<Long> page = more ? ids.subList(0, limit) : ids;
            if (page.isEmpty()) {
                return new Page<WorkItem>(List.of(), offset, false);
            }
            Map<Long, WorkItem> byId = new HashMap<>();
            h.createQuery(ITEM_SELECT + " WHERE l.id IN (<ids>)").bindList("ids", page)
                    .map((rs, ctx) -> new WorkItem(LetterStore.row(rs), null, null, rs.getString("reviewer"),
                            rs.getString("processor"), date(rs.getString("paused_on")), false))
                    .forEach(w -> byId.put(w.row().id(), w));
            return new Page<>(page.stream().map(byId::get).toList(), offset, more);
        });
    }

    /** Sort key of a worklist row, read before the page's full rows. */
    private record Key(long id, String receivedAt, LocalDate due, DueStatus status) {
        static final Comparator<Key> URGENCY = Comparator.<Key>comparingInt(k -> rank(k.status))
                .thenComparing(k -> k.due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(k -> k.receivedAt).thenComparingLong(k -> k.id);

        static int rank(DueStatus s) {
            return s == null ? 3 : switch (s) {
                case OVERDUE -> 0;
                case DUE_TODAY -> 1;
                case ON_TRACK -> 2;
            };
        }
    }

    static final String ITEM_SELECT = LetterStore.ROW_SELECT.replace("FROM letter l",
            ", l.reviewer, l.processor, l.paused_on FROM letter l");

    /** The request with its checklist, history and processing summary. */
    @Override
    public Optional<RequestDetail> detail(long id, LocalDate today) {
        WorkingCalendar cal = calendar.get();
        return jdbi.withHandle(h -> h.createQuery(ITEM_SELECT.replace("FROM letter l",
                                ", a.name AS agency_name, l.signer_role, l.signer_name, l.contact_name, l.contact_phone,"
                                        + " l.notes, l.decision_reason, l.missing_items, "
                                        + OperatorStore.personSql("l.updated_by") + " AS updated_by, l.updated_at,"
                                        + " (SELECT o.full_name FROM operator o WHERE o.username = l.reviewer) AS reviewer_name,"
                                        + " (SELECT o.full_name FROM operator o WHERE o.username = l.processor) AS processor_name"
                                        + " FROM letter l") + " WHERE l.id = ?")
                .bind(0, id)
                .map((rs, ctx) -> detailRow(h, rs, cal, today))
                .findOne());
    }

    private static RequestDetail detailRow(Handle h, ResultSet rs, WorkingCalendar cal, LocalDate today)
            throws SQLException {
        var row = LetterStore.row(rs);
        LocalDate due = row.state().clockRunning() ? row.due(cal) : null;
        WorkItem item = new WorkItem(row, due, due == null ? null : WorkingCalendar.status(due, today),
                rs.getString("reviewer"), rs.getString("processor"), date(rs.getString("paused_on")),
                due != null && !cal.hasHolidayListFor(due.getYear()));
        String signer = rs.getString("signer_name") + ("KEPALA_UPT".equals(rs.getString("signer_role"))
                ? " (Kepala UPT)" : " (Kepala PD)");
        String contact = rs.getString("contact_name") == null ? null : rs.getString("contact_name")
                + (rs.getString("contact_phone") == null ? "" : " — " + rs.getString("contact_phone"));
        String agencyName = rs.getString("agency_name");
        String notes = rs.getString("notes");
        String reason = rs.getString("decision_reason");
        String missing = rs.getString("missing_items");
        String updatedBy = rs.getString("updated_by");
        LocalDateTime updatedAt = dateTime(rs.getString("updated_at"));
        List<RequestDetail.ChecklistItem> checklist = h.createQuery("""
                        SELECT r.text, lr.fulfilled FROM letter_requirement lr
                        JOIN service_requirement r ON r.id = lr.requirement_id
                        WHERE lr.letter_id = ? ORDER BY r.position""")
                .bind(0, row.id())
                .map((r, c) -> new RequestDetail.ChecklistItem(r.getString(1), r.getInt(2) == 1)).list();
        List<RequestDetail.HistoryEntry> history = h.createQuery(
                        "SELECT h.at, " + OperatorStore.personSql("h.actor") + ", h.from_state, h.to_state, h.note"
                        + " FROM request_history h WHERE h.letter_id = ? ORDER BY h.id")
                .bind(0, row.id())
                .map((r, c) -> new RequestDetail.HistoryEntry(LocalDateTime.parse(r.getString(1)), r.getString(2),
                        r.getString(3) == null ? null : RequestState.valueOf(r.getString(3)),
                        RequestState.valueOf(r.getString(4)), r.getString(5))).list();
        String summary = h.createQuery("SELECT summary FROM request_processing WHERE letter_id = ?")
                .bind(0, row.id()).mapTo(String.class).findOne().orElse(null);
        return new RequestDetail(item, agencyName, signer, contact, notes, reason, missing, checklist, history,
                summary, updatedBy, updatedAt, LetterStore.complaintsAbout(h, row.id()),
                new Person(item.reviewer(), rs.getString("reviewer_name")).name(),
                new Person(item.processor(), rs.getString("processor_name")).name(),
                LetterCorrectionStore.corrections(h, row.id()));
    }

    @Override
    public String fullName(String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT full_name FROM operator WHERE username = ?")
                .bind(0, username).mapTo(String.class).findOne()).filter(n -> !n.isBlank()).orElse(username);
    }

    /**
     * Operators a request can be assigned to: active operators holding the Pelaksana role (all
     * active operators when none holds it), by full name. Empty when no operator exists yet.
     */
    @Override
    public List<Person> processors() {
        return jdbi.withHandle(h -> {
            List<Person> all = new ArrayList<>();
            List<Person> pelaksana = new ArrayList<>();
            h.createQuery("SELECT username, full_name, roles FROM operator WHERE active = 1 ORDER BY full_name, username")
                    .map((rs, ctx) -> {
                        Person p = new Person(rs.getString(1), rs.getString(2));
                        all.add(p);
                        if ((',' + rs.getString(3) + ',').contains(",PELAKSANA,")) {
                            pelaksana.add(p);
                        }
                        return 0;
                    }).list();
            return pelaksana.isEmpty() ? all : pelaksana;
        });
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static LocalDateTime dateTime(String s) {
        return s == null ? null : LocalDateTime.parse(s);
    }
}
