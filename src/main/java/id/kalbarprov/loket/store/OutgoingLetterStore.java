package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.letters.Delivery;
import id.kalbarprov.loket.core.letters.IssuedLetter;
import id.kalbarprov.loket.core.letters.LetterForm;
import id.kalbarprov.loket.core.letters.LetterKind;
import id.kalbarprov.loket.core.letters.LetterSettings;
import id.kalbarprov.loket.core.letters.LetterTemplate;
import id.kalbarprov.loket.core.letters.Letterhead;
import id.kalbarprov.loket.core.letters.OutgoingLetterPort;
import id.kalbarprov.loket.core.letters.Paper;
import id.kalbarprov.loket.core.letters.PendingLetter;
import id.kalbarprov.loket.core.letters.ReplyLetters;
import id.kalbarprov.loket.core.letters.RequestFacts;
import id.kalbarprov.loket.core.letters.Signer;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The outgoing register as stored: letter settings and templates, the waiting list, the register
 * and its PDFs. Implements {@link OutgoingLetterPort}: core/letters/OutgoingLetterService checks
 * permissions and input and runs the one issuing path; this class only persists, each write in one
 * transaction with its audit entry (decision 0014; the serial and rollback rules in decision 0007).
 */
public final class OutgoingLetterStore implements OutgoingLetterPort {

    public static final String PATTERN = "letters.numberPattern";
    public static final String PAPER = "letters.paper";
    public static final String ADDRESSEE_PLACE = "letters.addresseePlace";
    public static final String TEMBUSAN = "letters.tembusan";
    public static final String CODE = "letters.code.";
    public static final String SIGNER_NAME = "letters.signer.name";
    public static final String SIGNER_TITLE = "letters.signer.title";
    public static final String SIGNER_RANK = "letters.signer.rank";
    public static final String SIGNER_NIP = "letters.signer.nip";
    public static final String SIGNER_PPPK = "letters.signer.pppk";

    private final Jdbi jdbi;

    public OutgoingLetterStore(Database db) {
        this.jdbi = db.jdbi();
    }

    // ---------------------------------------------------------------- settings

    @Override
    public LetterSettings settings() {
        return jdbi.withHandle(OutgoingLetterStore::settings);
    }

    static LetterSettings settings(Handle h) {
        Map<String, String> s = h.createQuery("SELECT key, value FROM setting")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<ServiceKind, String> codes = new EnumMap<>(ServiceKind.class);
        for (ServiceKind k : ServiceKind.values()) {
            codes.put(k, s.getOrDefault(CODE + k.name(), ""));
        }
        Optional<Signer> signer = Optional.empty();
        String name = s.get(SIGNER_NAME);
        if (name != null && !name.isBlank() && !blank(s.get(SIGNER_TITLE)) && !blank(s.get(SIGNER_NIP))) {
            signer = Optional.of(new Signer(name, s.get(SIGNER_TITLE), s.getOrDefault(SIGNER_RANK, ""),
                    s.get(SIGNER_NIP), "1".equals(s.get(SIGNER_PPPK))));
        }
        String place = s.getOrDefault(SettingsStore.PLACE, "Pontianak");
        return new LetterSettings(s.getOrDefault(PATTERN, "{code}/{seq}/Diskominfo"), codes,
                Paper.of(s.get(PAPER)), place, s.getOrDefault(ADDRESSEE_PLACE, place), lines(s.get(TEMBUSAN)),
                new Letterhead(s.getOrDefault("letterhead.government", ""), s.getOrDefault("letterhead.agency", ""),
                        s.getOrDefault("letterhead.address", ""), s.getOrDefault("letterhead.contact", ""),
                        emblem(s.get(OfficeSettingsStore.EMBLEM))),
                signer);
    }

    private static byte[] emblem(String base64) {
        return base64 == null || base64.isBlank() ? null : java.util.Base64.getDecoder().decode(base64);
    }

    @Override
    public Signer signerAsStored() {
        return jdbi.withHandle(h -> {
            Map<String, String> s = h.createQuery("SELECT key, value FROM setting WHERE key LIKE 'letters.signer.%'")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            return new Signer(s.getOrDefault(SIGNER_NAME, ""), s.getOrDefault(SIGNER_TITLE, ""),
                    s.getOrDefault(SIGNER_RANK, ""), s.getOrDefault(SIGNER_NIP, ""), "1".equals(s.get(SIGNER_PPPK)));
        });
    }

    @Override
    public void saveSettings(LetterForm form, String replyCode, String actor) {
        Map<String, String> values = new LinkedHashMap<>();
        Signer s = form.signer();
        values.put(SIGNER_NAME, s.name());
        values.put(SIGNER_TITLE, s.title());
        values.put(SIGNER_RANK, s.rank());
        values.put(SIGNER_NIP, s.nip());
        values.put(SIGNER_PPPK, s.pppk() ? "1" : "0");
        values.put(TEMBUSAN, String.join("\n", form.tembusan()));
        values.put(PAPER, form.paper().name());
        values.put(PATTERN, form.numberPattern());
        for (ServiceKind k : ServiceKind.values()) {
            values.put(CODE + k.name(), form.codes().get(k));
        }
        if (replyCode != null) {
            values.put(ReplyLetters.CODE_SETTING, replyCode);
        }
        jdbi.useTransaction(h -> {
            Map<String, Object> before = new LinkedHashMap<>();
            for (String key : values.keySet()) {
                before.put(key, h.createQuery("SELECT value FROM setting WHERE key = ?").bind(0, key)
                        .mapTo(String.class).findOne().orElse(null));
                h.createUpdate("INSERT INTO setting (key, value) VALUES (?, ?) "
                                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                        .bind(0, key).bind(1, values.get(key)).execute();
            }
            AuditLog.append(h, actor, "setting", "letters", "update", before, values);
        });
    }

    @Override
    public String replyCode() {
        return jdbi.withHandle(OutgoingLetterStore::replyCode);
    }

    static String replyCode(Handle h) {
        return h.createQuery("SELECT value FROM setting WHERE key = ?").bind(0, ReplyLetters.CODE_SETTING)
                .mapTo(String.class).findOne().filter(v -> !v.isBlank()).orElse(ReplyLetters.DEFAULT_CODE);
    }

    // ---------------------------------------------------------------- templates

    @Override
    public List<LetterTemplate> templates() {
        return jdbi.withHandle(h -> {
            List<LetterTemplate> all = new ArrayList<>(h.createQuery("""
                        SELECT t.* FROM letter_template t JOIN service s ON s.kind = t.service_kind
                        ORDER BY s.position, CASE t.outcome WHEN 'SELESAI' THEN 1 WHEN 'DIKEMBALIKAN' THEN 2 ELSE 3 END""")
                    .map((rs, ctx) -> template(rs)).list());
            all.add(replyTemplate(h));
            return all;
        });
    }

    /** The complaint reply's template (decision 0011). */
    private static LetterTemplate replyTemplate(Handle h) {
        return h.createQuery("SELECT subject, body, version FROM complaint_reply_template WHERE id = 1")
                .map((rs, ctx) -> new LetterTemplate(null, LetterKind.BALASAN_PENGADUAN, rs.getString("subject"),
                        rs.getString("body"), rs.getInt("version"))).one();
    }

    @Override
    public LetterTemplate template(ServiceKind service, LetterKind kind) {
        return jdbi.withHandle(h -> template(h, service, kind));
    }

    static LetterTemplate template(Handle h, ServiceKind service, LetterKind kind) {
        if (kind == LetterKind.BALASAN_PENGADUAN) {
            return replyTemplate(h);
        }
        return h.createQuery("SELECT * FROM letter_template WHERE service_kind = ? AND outcome = ?")
                .bind(0, service.name()).bind(1, kind.name()).map((rs, ctx) -> template(rs)).one();
    }

    private static LetterTemplate template(ResultSet rs) throws SQLException {
        return new LetterTemplate(ServiceKind.valueOf(rs.getString("service_kind")),
                LetterKind.valueOf(rs.getString("outcome")), rs.getString("subject"), rs.getString("body"),
                rs.getInt("version"));
    }

    @Override
    public LetterTemplate saveTemplate(LetterTemplate t, String actor, LocalDateTime at) {
        return jdbi.inTransaction(h -> {
            LetterTemplate before = template(h, t.service(), t.kind());
            boolean reply = t.kind() == LetterKind.BALASAN_PENGADUAN;
            int n = reply ? h.createUpdate("""
                            UPDATE complaint_reply_template SET subject = ?, body = ?, version = version + 1,
                                updated_at = ?, updated_by = ? WHERE id = 1 AND version = ?""")
                    .bind(0, t.subject()).bind(1, t.body()).bind(2, at.toString())
                    .bind(3, actor).bind(4, t.version()).execute()
                    : h.createUpdate("""
                            UPDATE letter_template SET subject = ?, body = ?, version = version + 1, updated_at = ?,
                                updated_by = ? WHERE service_kind = ? AND outcome = ? AND version = ?""")
                    .bind(0, t.subject()).bind(1, t.body()).bind(2, at.toString())
                    .bind(3, actor).bind(4, t.service().name()).bind(5, t.kind().name())
                    .bind(6, t.version()).execute();
            if (n != 1) {
                throw new ConcurrentChangeException("letter template", 0);
            }
            AuditLog.append(h, actor, "letter_template", reply ? "PENGADUAN/" + t.kind()
                            : t.service() + "/" + t.kind(), "update",
                    Map.of("subject", before.subject(), "body", before.body()),
                    Map.of("subject", t.subject(), "body", t.body()));
            return template(h, t.service(), t.kind());
        });
    }

    @Override
    public String serviceName(ServiceKind k) {
        return jdbi.withHandle(h -> h.createQuery("SELECT name FROM service WHERE kind = ?").bind(0, k.name())
                .mapTo(String.class).one());
    }

    // ---------------------------------------------------------------- waiting list and facts

    private static final String WAITING = """
            SELECT l.id, l.version, l.state, l.agenda_number, coalesce(a.abbreviation, a.name) AS agency,
                   l.letter_number, l.letter_date, l.subject, s.name AS service
            FROM letter l JOIN agency a ON a.id = l.agency_id JOIN service s ON s.id = l.service_id
            WHERE l.state = 'SIAP_SURAT'
               OR (l.state IN ('DIKEMBALIKAN', 'DITOLAK') AND NOT EXISTS (SELECT 1 FROM outgoing_letter o
                     WHERE o.letter_id = l.id AND o.status = 'TERBIT' AND o.outcome = l.state
                       AND o.request_version = l.version))
               OR (l.state = 'SELESAI' AND EXISTS (SELECT 1 FROM outgoing_letter o WHERE o.letter_id = l.id
                     AND o.outcome = 'SELESAI')
                   AND NOT EXISTS (SELECT 1 FROM outgoing_letter o WHERE o.letter_id = l.id
                     AND o.outcome = 'SELESAI' AND o.status = 'TERBIT'))
            ORDER BY l.received_at, l.id""";

    @Override
    public List<PendingLetter> waiting() {
        return jdbi.withHandle(h -> h.createQuery(WAITING).map((rs, ctx) -> {
            RequestState state = RequestState.valueOf(rs.getString("state"));
            return new PendingLetter(rs.getLong("id"), rs.getInt("version"), state,
                    LetterKind.forState(state).orElseThrow(), rs.getString("agenda_number"), rs.getString("agency"),
                    rs.getString("letter_number"), LocalDate.parse(rs.getString("letter_date")),
                    rs.getString("subject"), rs.getString("service"));
        }).list());
    }

    @Override
    public Optional<RequestFacts> facts(long letterId) {
        return jdbi.withHandle(h -> facts(h, letterId));
    }

    static Optional<RequestFacts> facts(Handle h, long letterId) {
        return h.createQuery("""
                        SELECT l.id, l.version, l.state, s.kind, s.name AS service, a.name AS agency, l.agenda_number,
                               l.letter_number, l.letter_date, l.subject, p.summary, l.missing_items, l.decision_reason
                        FROM letter l JOIN agency a ON a.id = l.agency_id JOIN service s ON s.id = l.service_id
                        LEFT JOIN request_processing p ON p.letter_id = l.id WHERE l.id = ?""")
                .bind(0, letterId)
                .map((rs, ctx) -> new RequestFacts(rs.getLong("id"), rs.getInt("version"),
                        RequestState.valueOf(rs.getString("state")), ServiceKind.valueOf(rs.getString("kind")),
                        rs.getString("service"), rs.getString("agency"), rs.getString("agenda_number"),
                        rs.getString("letter_number"), LocalDate.parse(rs.getString("letter_date")),
                        rs.getString("subject"), rs.getString("summary"), rs.getString("missing_items"),
                        rs.getString("decision_reason")))
                .findOne();
    }

    // ---------------------------------------------------------------- issuing

    @Override
    public <T> T inTransaction(Function<Issuing, T> work) {
        return jdbi.inTransaction(h -> work.apply(issuing(h)));
    }

    /** The store's part of issuing inside the open transaction {@code h} (also used by the demo data). */
    Issuing issuing(Handle h) {
        return new RegisterTransaction(h);
    }

    /** The year's next outgoing serial, taken inside the issuing transaction (rolled back with it). */
    static long nextSerial(Handle h, int year) {
        return h.createQuery("""
                        INSERT INTO outgoing_counter (year, last_seq) VALUES (?, 1)
                        ON CONFLICT (year) DO UPDATE SET last_seq = outgoing_counter.last_seq + 1 RETURNING last_seq""")
                .bind(0, year).mapTo(Long.class).one();
    }

    // ---------------------------------------------------------------- cancel and delivery

    @Override
    public void cancel(long outgoingId, String reason, String actor, LocalDateTime at, String complaintNote) {
        jdbi.useTransaction(h -> {
            int n = h.createUpdate("""
                            UPDATE outgoing_letter SET status = 'DIBATALKAN', cancel_reason = ?, cancelled_at = ?,
                                cancelled_by = ? WHERE id = ? AND status = 'TERBIT'""")
                    .bind(0, reason).bind(1, at.toString()).bind(2, actor).bind(3, outgoingId).execute();
            if (n != 1) {
                throw new ConcurrentChangeException("outgoing letter", outgoingId);
            }
            AuditLog.append(h, actor, "outgoing_letter", outgoingId, "cancel", Map.of("status", "TERBIT"),
                    Map.of("status", "DIBATALKAN", "reason", reason));
            if (complaintNote != null) {
                ComplaintReplyStore.cancelled(h, outgoingId, complaintNote, actor, at);
            }
        });
    }

    @Override
    public void recordDelivery(long outgoingId, Delivery how, LocalDate on, String receiver, String actor) {
        jdbi.useTransaction(h -> {
            IssuedLetter before = find(h, outgoingId)
                    .orElseThrow(() -> new ConcurrentChangeException("outgoing letter", outgoingId));
            if (before.cancelled()) {
                throw new ConcurrentChangeException("outgoing letter", outgoingId);
            }
            h.createUpdate("UPDATE outgoing_letter SET delivery = ?, delivered_on = ?, receiver = ?, delivery_by = ? "
                            + "WHERE id = ?")
                    .bind(0, how.name()).bind(1, on.toString()).bind(2, receiver).bind(3, actor)
                    .bind(4, outgoingId).execute();
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("delivery", before.delivery() == null ? null : before.delivery().name());
            b.put("deliveredOn", before.deliveredOn() == null ? null : before.deliveredOn().toString());
            b.put("receiver", before.receiver());
            AuditLog.append(h, actor, "outgoing_letter", outgoingId, "delivery", b,
                    Map.of("delivery", how.name(), "deliveredOn", on.toString(), "receiver", receiver));
        });
    }

    // ---------------------------------------------------------------- the register

    private static final String ISSUED = """
            SELECT o.id, o.year, o.number, o.letter_id, o.outcome, o.letter_date,
                   CASE WHEN r.complaint_id IS NULL THEN coalesce(a.abbreviation, a.name)
                        ELSE coalesce(ca.abbreviation, ca.name, c.complainant_name) END AS agency,
                   o.subject, o.issued_by, o.issued_at, o.pages, o.sha256, o.status, o.cancel_reason, o.delivery,
                   o.delivered_on, o.receiver, r.complaint_id, c.number AS complaint_number
            FROM outgoing_letter o LEFT JOIN letter l ON l.id = o.letter_id LEFT JOIN agency a ON a.id = l.agency_id
            LEFT JOIN complaint_reply r ON r.outgoing_id = o.id LEFT JOIN complaint c ON c.id = r.complaint_id
            LEFT JOIN agency ca ON ca.id = c.agency_id""";

    @Override
    public List<IssuedLetter> issued(int limit) {
        return jdbi.withHandle(h -> h.createQuery(ISSUED + " ORDER BY o.year DESC, o.seq DESC LIMIT ?")
                .bind(0, limit).map((rs, ctx) -> issued(rs)).list());
    }

    @Override
    public Optional<IssuedLetter> find(long id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    private static Optional<IssuedLetter> find(Handle h, long id) {
        return h.createQuery(ISSUED + " WHERE o.id = ?").bind(0, id).map((rs, ctx) -> issued(rs)).findOne();
    }

    private static IssuedLetter issued(ResultSet rs) throws SQLException {
        String delivery = rs.getString("delivery");
        String on = rs.getString("delivered_on");
        return new IssuedLetter(rs.getLong("id"), rs.getInt("year"), rs.getString("number"), rs.getLong("letter_id"),
                LetterKind.valueOf(rs.getString("outcome")), LocalDate.parse(rs.getString("letter_date")),
                rs.getString("agency"), rs.getString("subject"), rs.getString("issued_by"), rs.getString("issued_at"),
                rs.getInt("pages"), rs.getString("sha256"), "DIBATALKAN".equals(rs.getString("status")),
                rs.getString("cancel_reason"), delivery == null ? null : Delivery.valueOf(delivery),
                on == null ? null : LocalDate.parse(on), rs.getString("receiver"),
                rs.getObject("complaint_id") == null ? null : rs.getLong("complaint_id"),
                rs.getString("complaint_number"));
    }

    @Override
    public byte[] pdf(long outgoingId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT pdf FROM outgoing_letter WHERE id = ?").bind(0, outgoingId)
                .mapTo(byte[].class).one());
    }

    @Override
    public void forEachPdf(BiConsumer<IssuedLetter, byte[]> sink) {
        jdbi.useHandle(h -> {
            List<Long> ids = h.createQuery("SELECT id FROM outgoing_letter ORDER BY year, seq").mapTo(Long.class).list();
            for (long id : ids) {
                sink.accept(find(h, id).orElseThrow(), h.createQuery("SELECT pdf FROM outgoing_letter WHERE id = ?")
                        .bind(0, id).mapTo(byte[].class).one());
            }
        });
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> lines(String s) {
        return s == null ? List.of() : Arrays.stream(s.split("\\R")).map(String::strip).filter(x -> !x.isEmpty())
                .toList();
    }
}
