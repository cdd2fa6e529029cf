package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.complaints.Complaint;
import id.kalbarprov.loket.core.letters.Delivery;
import id.kalbarprov.loket.core.letters.LetterComposer;
import id.kalbarprov.loket.core.letters.LetterContent;
import id.kalbarprov.loket.core.letters.LetterForm;
import id.kalbarprov.loket.core.letters.LetterKind;
import id.kalbarprov.loket.core.letters.LetterRenderer;
import id.kalbarprov.loket.core.letters.LetterSettings;
import id.kalbarprov.loket.core.letters.LetterTemplate;
import id.kalbarprov.loket.core.letters.Letterhead;
import id.kalbarprov.loket.core.letters.Paper;
import id.kalbarprov.loket.core.letters.ReplyLetters;
import id.kalbarprov.loket.core.letters.RequestFacts;
import id.kalbarprov.loket.core.letters.Signer;
import id.kalbarprov.loket.core.letters.SignerMissingException;
import id.kalbarprov.loket.core.letters.StaleRequestException;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.core.validation.Checks;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Outgoing confirmation letters: their settings and templates, the waiting list, and issuing —
 * number, text, PDF, SHA-256, the request's move to SELESAI, history and audit in ONE
 * transaction. The serial is taken inside that transaction and the PDF rendered after it, so a
 * failed rendering rolls the serial back: no number is burned without a letter (decision 0007).
 */
public final class OutgoingLetterStore {

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
    /** The Violation field of the complaint replies' code in the Penandatangan tab. */
    public static final String REPLY_CODE_FIELD = "code.PENGADUAN";

    private final Jdbi jdbi;
    private final LetterRenderer renderer;
    private final Clock clock;

    public OutgoingLetterStore(Database db, LetterRenderer renderer, Clock clock) {
        this.jdbi = db.jdbi();
        this.renderer = renderer;
        this.clock = clock;
    }

    /** A request waiting for its letter. */
    public record Pending(long letterId, int version, RequestState state, LetterKind kind, String agendaNumber,
                          String agency, String letterNumber, LocalDate letterDate, String subject,
                          String service) {
    }

    /** A delivery date before the letter's date. */
    public static final String DELIVERED_BEFORE_LETTER = "validation.delivery.beforeLetter";

    /**
     * One row of the outgoing register. A complaint reply ({@code kind} BALASAN_PENGADUAN) has
     * {@code letterId} 0 and its complaint's id and number; {@code agency} is then the complainant's
     * agency or name.
     */
    public record Issued(long id, int year, String number, long letterId, LetterKind kind, LocalDate letterDate,
                         String agency, String subject, String issuedBy, String issuedAt, int pages, String sha256,
                         boolean cancelled, String cancelReason, Delivery delivery, LocalDate deliveredOn,
                         String receiver, Long complaintId, String complaintNumber) {

        public boolean complaintReply() {
            return complaintId != null;
        }
    }

    // ---------------------------------------------------------------- settings

    public LetterSettings settings() {
        return jdbi.withHandle(this::settings);
    }

    LetterSettings settings(Handle h) {
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
                        s.getOrDefault("letterhead.address", ""), s.getOrDefault("letterhead.contact", "")),
                signer);
    }

    /** The signer as stored, possibly incomplete (for the settings form). */
    public Signer signerAsStored() {
        return jdbi.withHandle(h -> {
            Map<String, String> s = h.createQuery("SELECT key, value FROM setting WHERE key LIKE 'letters.signer.%'")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            return new Signer(s.getOrDefault(SIGNER_NAME, ""), s.getOrDefault(SIGNER_TITLE, ""),
                    s.getOrDefault(SIGNER_RANK, ""), s.getOrDefault(SIGNER_NIP, ""), "1".equals(s.get(SIGNER_PPPK)));
        });
    }

    /** Saves the Penandatangan tab in one transaction with its audit entry. */
    public void saveSettings(Actor actor, LetterForm form) {
        saveSettings(actor, form, null);
    }

    /**
     * As above, with the complaint replies' classification code ({@code null}: left as it is); all
     * problems of both are reported together and nothing is saved when there is one.
     */
    public void saveSettings(Actor actor, LetterForm form, String replyCode) {
        actor.require(Permission.MANAGE_SETTINGS);
        List<id.kalbarprov.loket.core.validation.Violation> all = new java.util.ArrayList<>();
        try {
            form.validate(LocalDate.now(clock));
        } catch (id.kalbarprov.loket.core.validation.ValidationException e) {
            all.addAll(e.violations());
        }
        if (replyCode != null) {
            all.addAll(new Checks().required(REPLY_CODE_FIELD, replyCode.isBlank() ? null : replyCode)
                    .maxLength(REPLY_CODE_FIELD, replyCode, 40).violations());
        }
        if (!all.isEmpty()) {
            throw new id.kalbarprov.loket.core.validation.ValidationException(all);
        }
        Map<String, String> values = new LinkedHashMap<>();
        Signer s = form.signer();
        values.put(SIGNER_NAME, s.name().strip());
        values.put(SIGNER_TITLE, s.title().strip());
        values.put(SIGNER_RANK, s.rank().strip());
        values.put(SIGNER_NIP, id.kalbarprov.loket.core.nip.Nip.normalize(s.nip()));
        values.put(SIGNER_PPPK, s.pppk() ? "1" : "0");
        values.put(TEMBUSAN, String.join("\n", form.tembusan()));
        values.put(PAPER, form.paper().name());
        values.put(PATTERN, form.numberPattern().strip());
        for (ServiceKind k : ServiceKind.values()) {
            values.put(CODE + k.name(), form.codes().get(k).strip());
        }
        if (replyCode != null) {
            values.put(ReplyLetters.CODE_SETTING, replyCode.strip());
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
            AuditLog.append(h, actor.label(), "setting", "letters", "update", before, values);
        });
    }

    // ---------------------------------------------------------------- templates

    /** The templates per service and outcome, then the complaint reply's. */
    public List<LetterTemplate> templates() {
        return jdbi.withHandle(h -> {
            List<LetterTemplate> all = new java.util.ArrayList<>(h.createQuery("""
                        SELECT t.* FROM letter_template t JOIN service s ON s.kind = t.service_kind
                        ORDER BY s.position, CASE t.outcome WHEN 'SELESAI' THEN 1 WHEN 'DIKEMBALIKAN' THEN 2 ELSE 3 END""")
                    .map((rs, ctx) -> template(rs)).list());
            all.add(replyTemplate(h));
            return all;
        });
    }

    /** The complaint reply's template (decision 0011). */
    static LetterTemplate replyTemplate(Handle h) {
        return h.createQuery("SELECT subject, body, version FROM complaint_reply_template WHERE id = 1")
                .map((rs, ctx) -> new LetterTemplate(null, LetterKind.BALASAN_PENGADUAN, rs.getString("subject"),
                        rs.getString("body"), rs.getInt("version"))).one();
    }

    public LetterTemplate template(ServiceKind service, LetterKind kind) {
        return jdbi.withHandle(h -> template(h, service, kind));
    }

    private static LetterTemplate template(Handle h, ServiceKind service, LetterKind kind) {
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

    /**
     * Saves a template edited from version {@code t.version()}; refuses an unknown placeholder
     * (nothing saved). Letters already issued keep their own text. Returns the new version.
     */
    public LetterTemplate saveTemplate(Actor actor, LetterTemplate t) {
        actor.require(Permission.MANAGE_TEMPLATES);
        t.validate();
        return jdbi.inTransaction(h -> {
            LetterTemplate before = template(h, t.service(), t.kind());
            boolean reply = t.kind() == LetterKind.BALASAN_PENGADUAN;
            int n = reply ? h.createUpdate("""
                            UPDATE complaint_reply_template SET subject = ?, body = ?, version = version + 1,
                                updated_at = ?, updated_by = ? WHERE id = 1 AND version = ?""")
                    .bind(0, t.subject().strip()).bind(1, t.body().strip()).bind(2, now())
                    .bind(3, actor.label()).bind(4, t.version()).execute()
                    : h.createUpdate("""
                            UPDATE letter_template SET subject = ?, body = ?, version = version + 1, updated_at = ?,
                                updated_by = ? WHERE service_kind = ? AND outcome = ? AND version = ?""")
                    .bind(0, t.subject().strip()).bind(1, t.body().strip()).bind(2, now())
                    .bind(3, actor.label()).bind(4, t.service().name()).bind(5, t.kind().name())
                    .bind(6, t.version()).execute();
            if (n != 1) {
                throw new StaleRequestException(0);
            }
            AuditLog.append(h, actor.label(), "letter_template", reply ? "PENGADUAN/" + t.kind()
                            : t.service() + "/" + t.kind(), "update",
                    Map.of("subject", before.subject(), "body", before.body()),
                    Map.of("subject", t.subject().strip(), "body", t.body().strip()));
            return template(h, t.service(), t.kind());
        });
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

    /** Requests waiting for a letter: SIAP_SURAT; returned or refused without a letter; a cancelled letter's. */
    public List<Pending> waiting() {
        return jdbi.withHandle(h -> h.createQuery(WAITING).map((rs, ctx) -> {
            RequestState state = RequestState.valueOf(rs.getString("state"));
            return new Pending(rs.getLong("id"), rs.getInt("version"), state, LetterKind.forState(state).orElseThrow(),
                    rs.getString("agenda_number"), rs.getString("agency"), rs.getString("letter_number"),
                    LocalDate.parse(rs.getString("letter_date")), rs.getString("subject"), rs.getString("service"));
        }).list());
    }

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

    /** The letter as it would be issued today, with "…" for the serial. Needs the signer. */
    public LetterContent preview(long letterId) {
        return jdbi.withHandle(h -> {
            LetterSettings s = settings(h);
            Signer signer = s.signer().orElseThrow(SignerMissingException::new);
            RequestFacts f = facts(h, letterId).orElseThrow();
            LetterKind kind = LetterKind.forState(f.state()).orElseThrow(() -> new StaleRequestException(letterId));
            LocalDate today = LocalDate.now(clock);
            return LetterComposer.compose(s, template(h, f.service(), kind), f,
                    LetterComposer.previewNumber(s, f, today), today, signer);
        });
    }

    /** A template's preview on a realistic example, before it is saved. */
    public LetterContent previewTemplate(LetterTemplate t) {
        LetterSettings s = settings();
        Signer signer = s.signer().orElse(new Signer("(Nama Penandatangan)", "(Jabatan Penandatangan)",
                "(Pangkat/Golongan)", "000000000000000000", false));
        LocalDate today = LocalDate.now(clock);
        if (t.kind() == LetterKind.BALASAN_PENGADUAN) {
            Complaint example = ComplaintReplyStore.example(today, serviceName(ServiceKind.HOSTING));
            return ReplyLetters.compose(s, t, example, example.answer(), s.addresseePlace(),
                    ReplyLetters.previewNumber(s, replyCode(), today), today, signer);
        }
        RequestFacts f = new RequestFacts(0, 1, t.kind() == LetterKind.SELESAI ? RequestState.SIAP_SURAT
                : RequestState.valueOf(t.kind().name()), t.service(), serviceName(t.service()),
                "Dinas Kesehatan Provinsi Kalimantan Barat", "0042/SM/" + today.getYear(),
                "800/123/Dinkes-Sekr", today.minusDays(7), "Permohonan " + serviceName(t.service()),
                "Rincian hasil pemrosesan dari layar Proses", "Kekurangan pertama\nKekurangan kedua",
                "Alasan penolakan dari hasil kajian");
        return LetterComposer.compose(s, t, f, LetterComposer.previewNumber(s, f, today), today, signer);
    }

    private String serviceName(ServiceKind k) {
        return jdbi.withHandle(h -> h.createQuery("SELECT name FROM service WHERE kind = ?").bind(0, k.name())
                .mapTo(String.class).one());
    }

    // ---------------------------------------------------------------- issuing

    /**
     * Issues the letter a request is waiting for, dated today: takes the year's next serial,
     * renders the PDF, stores it with its SHA-256, moves a SIAP_SURAT request to SELESAI, writes
     * history and audit — all or nothing. {@code expectedVersion} is the request's version as shown.
     */
    public Issued issue(Actor actor, long letterId, int expectedVersion) {
        actor.require(Permission.ISSUE_LETTER);
        LocalDate date = LocalDate.now(clock);
        String at = now();
        long id = jdbi.inTransaction(h -> {
            LetterSettings s = settings(h);
            Signer signer = s.signer().orElseThrow(SignerMissingException::new);
            RequestFacts f = facts(h, letterId).orElseThrow(() -> new StaleRequestException(letterId));
            if (f.version() != expectedVersion) {
                throw new StaleRequestException(letterId);
            }
            LetterKind kind = LetterKind.forState(f.state()).orElseThrow(() -> new StaleRequestException(letterId));
            boolean live = h.createQuery("""
                            SELECT count(*) FROM outgoing_letter WHERE letter_id = ? AND outcome = ? AND status = 'TERBIT'
                              AND (outcome = 'SELESAI' OR request_version = ?)""")
                    .bind(0, letterId).bind(1, kind.name()).bind(2, f.version()).mapTo(Integer.class).one() > 0;
            if (live) {
                throw new StaleRequestException(letterId);
            }
            return issueIn(h, actor.label(), s, signer, f, kind, date, at);
        });
        return find(id).orElseThrow();
    }

    /** Takes the serial, renders, stores and records one letter inside the open transaction {@code h}. */
    long issueIn(Handle h, String actorLabel, LetterSettings s, Signer signer, RequestFacts f, LetterKind kind,
                 LocalDate date, String at) {
        long letterId = f.letterId();
            int year = date.getYear();
            long seq = nextSerial(h, year);
            String number = LetterComposer.number(s, f, seq, date);
            LetterContent content = LetterComposer.compose(s, template(h, f.service(), kind), f, number, date, signer);
            LetterRenderer.Rendered pdf = renderer.render(content);
            String sha = sha256(pdf.pdf());
            String signerJson = AuditLog.json(Map.of("name", signer.name(), "title", signer.title(),
                    "rank", signer.rank(), "nip", signer.nip(), "pppk", signer.pppk()));
            long outId = h.createUpdate("""
                            INSERT INTO outgoing_letter (year, seq, number, letter_id, outcome, request_version,
                                letter_date, subject, body, addressee, signer, paper, pdf, sha256, pages, issued_at,
                                issued_by)
                            VALUES (:year, :seq, :number, :letter, :outcome, :version, :date, :subject, :body,
                                :addressee, :signer, :paper, :pdf, :sha, :pages, :at, :by)""")
                    .bind("year", year).bind("seq", seq).bind("number", number).bind("letter", letterId)
                    .bind("outcome", kind.name()).bind("version", f.version()).bind("date", date.toString())
                    .bind("subject", content.subject()).bind("body", String.join("\n\n", content.paragraphs()))
                    .bind("addressee", content.addressee()).bind("signer", signerJson)
                    .bind("paper", content.paper().name()).bind("pdf", pdf.pdf()).bind("sha", sha)
                    .bind("pages", pdf.pages()).bind("at", at).bind("by", actorLabel)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            RequestState to = f.state();
            if (f.state() == RequestState.SIAP_SURAT) {
                to = RequestState.SELESAI;
                int n = h.createUpdate("""
                                UPDATE letter SET state = 'SELESAI', version = version + 1, updated_at = ?, updated_by = ?
                                WHERE id = ? AND state = 'SIAP_SURAT' AND version = ?""")
                        .bind(0, at).bind(1, actorLabel).bind(2, letterId).bind(3, f.version()).execute();
                if (n != 1) {
                    throw new StaleRequestException(letterId);
                }
                AuditLog.append(h, actorLabel, "letter", letterId, "state",
                        Map.of("state", RequestState.SIAP_SURAT.name()), Map.of("state", RequestState.SELESAI.name()));
            }
            h.createUpdate("""
                            INSERT INTO request_history (letter_id, at, actor, from_state, to_state, note)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .bind(0, letterId).bind(1, at).bind(2, actorLabel).bind(3, f.state().name())
                    .bind(4, to.name()).bind(5, "Surat konfirmasi Nomor " + number + " diterbitkan").execute();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("number", number);
            after.put("letterId", letterId);
            after.put("outcome", kind.name());
            after.put("letterDate", date.toString());
            after.put("sha256", sha);
            after.put("pages", pdf.pages());
            AuditLog.append(h, actorLabel, "outgoing_letter", outId, "issue", null, after);
            return outId;
    }

    /** The year's next outgoing serial, taken inside the issuing transaction (rolled back with it). */
    static long nextSerial(Handle h, int year) {
        return h.createQuery("""
                        INSERT INTO outgoing_counter (year, last_seq) VALUES (?, 1)
                        ON CONFLICT (year) DO UPDATE SET last_seq = outgoing_counter.last_seq + 1 RETURNING last_seq""")
                .bind(0, year).mapTo(Long.class).one();
    }

    /** The reply letters' classification code (setting {@code letters.code.PENGADUAN}). */
    public String replyCode() {
        return jdbi.withHandle(OutgoingLetterStore::replyCode);
    }

    static String replyCode(Handle h) {
        return h.createQuery("SELECT value FROM setting WHERE key = ?").bind(0, ReplyLetters.CODE_SETTING)
                .mapTo(String.class).findOne().filter(v -> !v.isBlank()).orElse(ReplyLetters.DEFAULT_CODE);
    }

    /** Marks a number cancelled (it stays in the register, with the reason); the request waits for a new letter. */
    public void cancel(Actor actor, long outgoingId, String reason) {
        actor.require(Permission.ISSUE_LETTER);
        Checks c = new Checks();
        c.required("reason", reason).maxLength("reason", reason, 500);
        c.throwIfAny();
        jdbi.useTransaction(h -> {
            int n = h.createUpdate("""
                            UPDATE outgoing_letter SET status = 'DIBATALKAN', cancel_reason = ?, cancelled_at = ?,
                                cancelled_by = ? WHERE id = ? AND status = 'TERBIT'""")
                    .bind(0, reason.strip()).bind(1, now()).bind(2, actor.label()).bind(3, outgoingId).execute();
            if (n != 1) {
                throw new StaleRequestException(outgoingId);
            }
            AuditLog.append(h, actor.label(), "outgoing_letter", outgoingId, "cancel", Map.of("status", "TERBIT"),
                    Map.of("status", "DIBATALKAN", "reason", reason.strip()));
            ComplaintReplyStore.cancelled(h, outgoingId, reason.strip(), actor.label(), now());
        });
    }

    /** Records how and when the letter reached the agency, and who received it. */
    public void recordDelivery(Actor actor, long outgoingId, Delivery how, LocalDate on, String receiver) {
        // (a delivery before the letter's own date is a typing mistake: refused with the date it may not precede)
        actor.require(Permission.ISSUE_LETTER);
        Checks c = new Checks();
        c.required("delivery", how).required("deliveredOn", on).required("receiver", receiver)
                .maxLength("receiver", receiver, 120);
        if (on != null && on.isAfter(LocalDate.now(clock))) {
            c.add("deliveredOn", "validation.inFuture");
        }
        if (on != null && !c.has("deliveredOn")) {
            find(outgoingId).filter(i -> on.isBefore(i.letterDate())).ifPresent(i ->
                    c.add("deliveredOn", DELIVERED_BEFORE_LETTER, IndonesianDates.shortDate(i.letterDate())));
        }
        c.throwIfAny();
        jdbi.useTransaction(h -> {
            Issued before = find(h, outgoingId).orElseThrow();
            if (before.cancelled()) {
                throw new StaleRequestException(outgoingId);
            }
            h.createUpdate("UPDATE outgoing_letter SET delivery = ?, delivered_on = ?, receiver = ?, delivery_by = ? "
                            + "WHERE id = ?")
                    .bind(0, how.name()).bind(1, on.toString()).bind(2, receiver.strip()).bind(3, actor.label())
                    .bind(4, outgoingId).execute();
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("delivery", before.delivery() == null ? null : before.delivery().name());
            b.put("deliveredOn", before.deliveredOn() == null ? null : before.deliveredOn().toString());
            b.put("receiver", before.receiver());
            AuditLog.append(h, actor.label(), "outgoing_letter", outgoingId, "delivery", b,
                    Map.of("delivery", how.name(), "deliveredOn", on.toString(), "receiver", receiver.strip()));
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

    /** The register, newest first. */
    public List<Issued> issued(int limit) {
        return jdbi.withHandle(h -> h.createQuery(ISSUED + " ORDER BY o.year DESC, o.seq DESC LIMIT ?")
                .bind(0, limit).map((rs, ctx) -> issued(rs)).list());
    }

    public Optional<Issued> find(long id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    private static Optional<Issued> find(Handle h, long id) {
        return h.createQuery(ISSUED + " WHERE o.id = ?").bind(0, id).map((rs, ctx) -> issued(rs)).findOne();
    }

    private static Issued issued(ResultSet rs) throws SQLException {
        String delivery = rs.getString("delivery");
        String on = rs.getString("delivered_on");
        return new Issued(rs.getLong("id"), rs.getInt("year"), rs.getString("number"), rs.getLong("letter_id"),
                LetterKind.valueOf(rs.getString("outcome")), LocalDate.parse(rs.getString("letter_date")),
                rs.getString("agency"), rs.getString("subject"), rs.getString("issued_by"), rs.getString("issued_at"),
                rs.getInt("pages"), rs.getString("sha256"), "DIBATALKAN".equals(rs.getString("status")),
                rs.getString("cancel_reason"), delivery == null ? null : Delivery.valueOf(delivery),
                on == null ? null : LocalDate.parse(on), rs.getString("receiver"),
                rs.getObject("complaint_id") == null ? null : rs.getLong("complaint_id"),
                rs.getString("complaint_number"));
    }

    /** The PDF exactly as issued (reprints use these bytes). */
    public byte[] pdf(long outgoingId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT pdf FROM outgoing_letter WHERE id = ?").bind(0, outgoingId)
                .mapTo(byte[].class).one());
    }

    /** Number and PDF of every issued letter (also cancelled ones), in register order, one at a time. */
    public void forEachPdf(java.util.function.BiConsumer<Issued, byte[]> sink) {
        jdbi.useHandle(h -> {
            List<Long> ids = h.createQuery("SELECT id FROM outgoing_letter ORDER BY year, seq").mapTo(Long.class).list();
            for (long id : ids) {
                sink.accept(find(h, id).orElseThrow(), h.createQuery("SELECT pdf FROM outgoing_letter WHERE id = ?")
                        .bind(0, id).mapTo(byte[].class).one());
            }
        });
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String now() {
        return LocalDateTime.now(clock).withNano(0).toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> lines(String s) {
        return s == null ? List.of() : Arrays.stream(s.split("\\R")).map(String::strip).filter(x -> !x.isEmpty())
                .toList();
    }

}
