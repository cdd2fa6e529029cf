package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.complaints.Complaint;
import id.kalbarprov.loket.core.complaints.ComplaintClock;
import id.kalbarprov.loket.core.complaints.ComplaintCounts;
import id.kalbarprov.loket.core.complaints.ComplaintDraft;
import id.kalbarprov.loket.core.complaints.ComplaintFields;
import id.kalbarprov.loket.core.complaints.ComplaintFilter;
import id.kalbarprov.loket.core.complaints.ComplaintHistory;
import id.kalbarprov.loket.core.complaints.ComplaintQueries;
import id.kalbarprov.loket.core.complaints.ComplaintRow;
import id.kalbarprov.loket.core.complaints.ComplaintState;
import id.kalbarprov.loket.core.complaints.ComplaintStorePort;
import id.kalbarprov.loket.core.complaints.DeliveryChannel;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.validation.Violation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** Complaints: registration and each step in one transaction with its history row and audit entry. */
public final class ComplaintStore implements ComplaintStorePort, ComplaintQueries {

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Supplier<WorkingCalendar> calendar;
    private final Clock clock;

    public ComplaintStore(Database db, Supplier<WorkingCalendar> calendar, Clock clock) {
        this.jdbi = db.jdbi();
        this.dialect = db.dialect();
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public Registered insert(ComplaintDraft d, String actor, LocalDateTime at) {
        return jdbi.inTransaction(h -> insert(h, d, actor, at));
    }

    /** Registers within the caller's transaction (demo data writes many in one). */
    static Registered insert(Handle h, ComplaintDraft d, String actor, LocalDateTime at) {
        int year = d.receivedAt().getYear();
        int seq = h.createQuery("SELECT coalesce(max(seq), 0) + 1 FROM complaint WHERE year = ?")
                .bind(0, year).mapTo(Integer.class).one();
        String number = String.format(Locale.ROOT, "%04d/PGD/%d", seq, year);
        long id = h.createUpdate("""
                        INSERT INTO complaint (year, seq, number, received_at, channel_id, channel_reference,
                            anonymous, complainant_name, complainant_kind, agency_id, contact, service_id,
                            letter_id, text, state, created_by, created_at)
                        VALUES (:year, :seq, :number, :received, :channel, :ref, :anon, :name, :kind, :agency,
                            :contact, :service, :letter, :text, 'DITERIMA', :by, :at)""")
                .bind("year", year).bind("seq", seq).bind("number", number)
                .bind("received", d.receivedAt().toString()).bind("channel", d.channelId())
                .bind("ref", d.channelReference()).bind("anon", d.anonymous() ? 1 : 0)
                .bind("name", d.complainantName()).bind("kind", d.complainantKind().name())
                .bind("agency", d.agencyId()).bind("contact", d.contact()).bind("service", d.serviceId())
                .bind("letter", d.letterId()).bind("text", d.text()).bind("by", actor)
                .bind("at", at.toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        Map<String, Object> after = new LinkedHashMap<>();
        history(h, id, at, actor, null, ComplaintState.DITERIMA, "Pengaduan dicatat", after);
        after.put("number", number);
        after.put("receivedAt", d.receivedAt().toString());
        after.put("channelId", d.channelId());
        after.put("channelReference", d.channelReference());
        after.put("anonymous", d.anonymous());
        after.put("serviceId", d.serviceId());
        after.put("letterId", d.letterId());
        after.put("state", ComplaintState.DITERIMA.name());
        AuditLog.append(h, actor, "complaint", id, "register", null, after);
        return new Registered(id, number);
    }

    @Override
    public List<Violation> unknownReferences(ComplaintDraft d) {
        return jdbi.withHandle(h -> {
            List<Violation> out = new ArrayList<>();
            if (d.complainantKind() == ComplainantKind.INSTANSI) {
                unknown(h, "agency", d.agencyId(), ComplaintFields.AGENCY, out);
            }
            unknown(h, "service", d.serviceId(), ComplaintFields.SERVICE, out);
            unknown(h, "letter", d.letterId(), ComplaintFields.LETTER, out);
            return out;
        });
    }

    private static void unknown(Handle h, String table, Long id, String field, List<Violation> out) {
        if (id != null && h.createQuery("SELECT count(*) FROM " + table + " WHERE id = ?").bind(0, id)
                .mapTo(Integer.class).one() == 0) {
            out.add(Violation.of(field, "validation.unknown"));
        }
    }

    @Override
    public void apply(long id, int expectedVersion, Step s, String actor, LocalDateTime at) {
        jdbi.useTransaction(h -> apply(h, id, expectedVersion, s, actor, at));
    }

    /** One step within the caller's transaction (demo data writes many in one). */
    static void apply(Handle h, long id, int expectedVersion, Step s, String actor, LocalDateTime at) {
        int n = h.createUpdate("""
                        UPDATE complaint SET state = :to, category_id = coalesce(:cat, category_id),
                            forwarded_to = coalesce(:fwd, forwarded_to), answer = coalesce(:answer, answer),
                            delivery = coalesce(:delivery, delivery), delivered_on = coalesce(:on, delivered_on),
                            updated_by = :by, updated_at = :at, version = version + 1
                        WHERE id = :id AND version = :version AND state = :from""")
                .bind("to", s.to().name()).bind("cat", s.categoryId()).bind("fwd", s.forwardedTo())
                .bind("answer", s.answer()).bind("delivery", s.delivery() == null ? null : s.delivery().name())
                .bind("on", s.deliveredOn() == null ? null : s.deliveredOn().toString())
                .bind("by", actor).bind("at", at.toString()).bind("id", id).bind("version", expectedVersion)
                .bind("from", s.from().name()).execute();
        if (n != 1) {
            throw new ConcurrentChangeException("complaint", id);
        }
        Map<String, Object> carried = new LinkedHashMap<>();
        history(h, id, at, actor, s.from(), s.to(), s.note(), carried);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("state", s.from().name());
        before.put("version", expectedVersion);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", s.to().name());
        after.put("version", expectedVersion + 1);
        after.put("categoryId", s.categoryId());
        after.put("forwardedTo", s.forwardedTo());
        after.put("answer", s.answer());
        after.put("delivery", s.delivery() == null ? null : s.delivery().name());
        after.put("deliveredOn", s.deliveredOn() == null ? null : s.deliveredOn().toString());
        after.put("note", s.note());
        after.values().removeIf(v -> v == null);
        after.putAll(carried);
        AuditLog.append(h, actor, "complaint", id, s.to().name().toLowerCase(Locale.ROOT), before, after);
    }

    /**
     * Writes a complaint_history row and carries it into {@code after}, the complaint's audit entry of the
     * same transaction ({@link HistoryAudit}), so check compares the row itself.
     */
    static void history(Handle h, long id, LocalDateTime at, String actor, ComplaintState from,
                        ComplaintState to, String note, Map<String, Object> after) {
        long place = HistoryAudit.next(h, "complaint_history", "complaint_id", id);
        h.createUpdate("""
                        INSERT INTO complaint_history (complaint_id, at, actor, from_state, to_state, note)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .bind(0, id).bind(1, at.toString()).bind(2, actor).bind(3, from == null ? null : from.name())
                .bind(4, to.name()).bind(5, note).execute();
        HistoryAudit.put(after, place, at.toString(), actor, from == null ? null : from.name(), to.name(), note);
    }

    private static final String SELECT = """
            SELECT c.*, ch.name AS channel_name, a.name AS agency_name, s.name AS service_name,
                   l.agenda_number, k.name AS category_name, k.working_days
            FROM complaint c JOIN complaint_channel ch ON ch.id = c.channel_id
            LEFT JOIN agency a ON a.id = c.agency_id LEFT JOIN service s ON s.id = c.service_id
            LEFT JOIN letter l ON l.id = c.letter_id LEFT JOIN complaint_category k ON k.id = c.category_id""";

    @Override
    public Optional<Complaint> find(long id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE c.id = ?").bind(0, id)
                .map((rs, ctx) -> complaint(rs)).findOne());
    }

    @Override
    public List<ComplaintHistory> history(long id) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT ch.at, " + OperatorStore.personSql("ch.actor") + " AS actor, ch.from_state, ch.to_state,"
                                + " ch.note FROM complaint_history ch WHERE ch.complaint_id = ? ORDER BY ch.id").bind(0, id)
                .map((rs, ctx) -> new ComplaintHistory(LocalDateTime.parse(rs.getString("at")),
                        rs.getString("actor"), state(rs.getString("from_state")),
                        state(rs.getString("to_state")), rs.getString("note")))
                .list());
    }

    /** The list: open complaints first, earliest deadline first (uncategorised after), then newest. */
    @Override
    public List<ComplaintRow> list(ComplaintFilter f) {
        WorkingCalendar cal = calendar.get();
        List<ComplaintRow> rows = jdbi.withHandle(h -> {
            StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
            List<Object> args = new ArrayList<>();
            if (f.state() != null) {
                sql.append(" AND c.state = ?");
                args.add(f.state().name());
            }
            if (f.channelId() != null) {
                sql.append(" AND c.channel_id = ?");
                args.add(f.channelId());
            }
            if (f.categoryId() != null) {
                sql.append(" AND c.category_id = ?");
                args.add(f.categoryId());
            }
            String text = f.text() == null ? "" : f.text().strip();
            if (text.length() > id.kalbarprov.loket.core.complaints.ComplaintFields.MAX_TEXT) {
                sql.append(" AND 1 = 0"); // longer than any field: no match (and too long a pattern for LIKE)
            } else if (!text.isEmpty()) {
                String like = " " + dialect.like() + " ?" + Like.ESCAPE;
                sql.append(" AND (c.number" + like + " OR c.text" + like + " OR c.complainant_name" + like
                        + " OR c.channel_reference" + like + " OR l.agenda_number" + like + ")");
                for (int i = 0; i < 5; i++) {
                    args.add(Like.containing(text));
                }
            }
            Query q = h.createQuery(sql.toString());
            for (int i = 0; i < args.size(); i++) {
                q.bind(i, args.get(i));
            }
            return q.map((rs, ctx) -> row(complaint(rs), cal)).list();
        });
        List<ComplaintRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((ComplaintRow r) -> !r.state().open())
                .thenComparing(ComplaintRow::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ComplaintRow::receivedAt, Comparator.reverseOrder()));
        return sorted;
    }

    /** Complaints about one request (letter), newest first; for the request's detail. */
    public List<ComplaintRow> forLetter(long letterId) {
        WorkingCalendar cal = calendar.get();
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE c.letter_id = ? ORDER BY c.received_at DESC")
                .bind(0, letterId).map((rs, ctx) -> row(complaint(rs), cal)).list());
    }

    /** Every complaint received in {@code month}, oldest first, with contact details (for the recap). */
    @Override
    public List<Complaint> receivedIn(YearMonth month) {
        return jdbi.withHandle(h -> receivedBetween(h, month.atDay(1), month.plusMonths(1).atDay(1)));
    }

    /** Every complaint received on the days [from, toExclusive), oldest first (the recap, the service report). */
    static List<Complaint> receivedBetween(Handle h, LocalDate from, LocalDate toExclusive) {
        return h.createQuery(SELECT + " WHERE c.received_at >= ? AND c.received_at < ? ORDER BY c.received_at, c.id")
                .bind(0, from.atStartOfDay().toString()).bind(1, toExclusive.atStartOfDay().toString())
                .map((rs, ctx) -> complaint(rs)).list();
    }

    /** Computed like the register's due filter: open complaints' due dates on today's calendar. */
    @Override
    public ComplaintCounts counts() {
        WorkingCalendar cal = calendar.get();
        LocalDate today = LocalDate.now(clock);
        int[] n = new int[3];
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT c.received_at, k.working_days FROM complaint c
                        LEFT JOIN complaint_category k ON k.id = c.category_id
                        WHERE c.state NOT IN ('SELESAI', 'DITERUSKAN')""")
                .map((rs, ctx) -> {
                    n[0]++;
                    Integer days = rs.getObject(2) == null ? null : rs.getInt(2);
                    LocalDate due = ComplaintClock.due(LocalDateTime.parse(rs.getString(1)), days, cal);
                    if (due != null) {
                        DueStatus st = WorkingCalendar.status(due, today);
                        if (st == DueStatus.DUE_TODAY) {
                            n[1]++;
                        } else if (st == DueStatus.OVERDUE) {
                            n[2]++;
                        }
                    }
                    return 0;
                }).list());
        return new ComplaintCounts(n[0], n[1], n[2]);
    }

    private static ComplaintRow row(Complaint c, WorkingCalendar cal) {
        return new ComplaintRow(c.id(), c.number(), c.receivedAt(), c.channel(), c.displayName(), c.text(),
                c.state(), c.category(), ComplaintClock.due(c.receivedAt(), c.workingDays(), cal), c.version());
    }

    private static Complaint complaint(ResultSet rs) throws SQLException {
        String delivery = rs.getString("delivery");
        String on = rs.getString("delivered_on");
        return new Complaint(rs.getLong("id"), rs.getString("number"), LocalDateTime.parse(rs.getString("received_at")),
                rs.getLong("channel_id"), rs.getString("channel_name"), rs.getString("channel_reference"),
                rs.getInt("anonymous") == 1, rs.getString("complainant_name"),
                ComplainantKind.valueOf(rs.getString("complainant_kind")), longOrNull(rs, "agency_id"),
                rs.getString("agency_name"), rs.getString("contact"), longOrNull(rs, "service_id"),
                rs.getString("service_name"), longOrNull(rs, "letter_id"), rs.getString("agenda_number"),
                rs.getString("text"), ComplaintState.valueOf(rs.getString("state")), longOrNull(rs, "category_id"),
                rs.getString("category_name"), rs.getObject("working_days") == null ? null : rs.getInt("working_days"),
                rs.getString("forwarded_to"), rs.getString("answer"),
                delivery == null ? null : DeliveryChannel.valueOf(delivery), on == null ? null : LocalDate.parse(on),
                rs.getInt("version"));
    }

    private static Long longOrNull(ResultSet rs, String col) throws SQLException {
        Object v = rs.getObject(col);
        return v == null ? null : ((Number) v).longValue();
    }

    private static ComplaintState state(String s) {
        return s == null ? null : ComplaintState.valueOf(s);
    }
}
