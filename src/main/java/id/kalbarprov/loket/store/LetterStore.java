package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.complaints.ComplaintState;
import id.kalbarprov.loket.core.intake.DuplicateLetterException;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.LetterFields;
import id.kalbarprov.loket.core.intake.LetterStorePort;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.numbering.NumberPattern;
import id.kalbarprov.loket.core.register.LetterDetail;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.register.LetterRow;
import id.kalbarprov.loket.core.register.LetterSearch;
import id.kalbarprov.loket.core.register.Page;
import id.kalbarprov.loket.core.register.Total;
import id.kalbarprov.loket.core.request.RequestClock;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Incoming letters: registration (one durable transaction) and the register's queries. */
public final class LetterStore implements LetterStorePort, LetterSearch {

    static final String DEFAULT_AGENDA_PATTERN = "{seq:4}/SM/{year}";

    private final Jdbi jdbi;
    private final RegisterQuery register;
    private final Supplier<WorkingCalendar> calendar;
    private final Clock clock;

    /** For headless use (demo data, commands): the database's own calendar, the system clock. */
    public LetterStore(Database db) {
        this(db, () -> new ReferenceStore(db).calendar(new SettingsStore(db)), Clock.systemDefaultZone());
    }

    /** {@code calendar} and {@code clock} decide what "due today" and "overdue" mean for the due filter. */
    public LetterStore(Database db, Supplier<WorkingCalendar> calendar, Clock clock) {
        this.jdbi = db.jdbi();
        this.register = new RegisterQuery(db.dialect().registerSearch(), calendar, clock);
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Letter numbers compare without case and extra spaces: "005/ 12/Dinkes" = "005/12/dinkes". */
    static String numberKey(String letterNumber) {
        return letterNumber.strip().replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<ExistingLetter> findByAgencyAndNumber(long agencyId, String letterNumber) {
        return jdbi.withHandle(h -> findByAgencyAndNumber(h, agencyId, letterNumber));
    }

    private static Optional<ExistingLetter> findByAgencyAndNumber(Handle h, long agencyId, String letterNumber) {
        return h.createQuery("""
                        SELECT id, agenda_number, letter_date, subject FROM letter
                        WHERE agency_id = ? AND letter_number_key = ? ORDER BY id LIMIT 1""")
                .bind(0, agencyId).bind(1, numberKey(letterNumber))
                .map((rs, ctx) -> new ExistingLetter(rs.getLong(1), rs.getString(2),
                        LocalDate.parse(rs.getString(3)), rs.getString(4)))
                .findOne();
    }

    @Override
    public boolean agencyExists(long agencyId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM agency WHERE id = ?").bind(0, agencyId)
                .mapTo(Integer.class).one() > 0);
    }

    @Override
    public Registered insert(NewLetter letter) {
        return jdbi.inTransaction(h -> insert(h, letter, LocalDateTime.now(clock)));
    }

    /** Registers within an open transaction (also used by demo data, which backdates). */
    Registered insert(Handle h, NewLetter letter, LocalDateTime createdAt) {
        LetterDraft d = letter.draft();
        if (h.createQuery("SELECT count(*) FROM agency WHERE id = ?").bind(0, d.agencyId()).mapTo(Integer.class).one() == 0) {
            throw new ValidationException(Violation.of(LetterFields.AGENCY, "validation.unknown"));
        }
        if (letter.refuseDuplicate()) {
            Optional<ExistingLetter> existing = findByAgencyAndNumber(h, d.agencyId(), d.letterNumber());
            if (existing.isPresent()) {
                throw new DuplicateLetterException(existing.get());
            }
        }
        String pattern = agendaPattern(h);
        int year = d.receivedAt().getYear();
        long seq = h.createQuery("""
                        INSERT INTO agenda_counter (year, last_seq) VALUES (?, 1)
                        ON CONFLICT (year) DO UPDATE SET last_seq = agenda_counter.last_seq + 1 RETURNING last_seq""")
                .bind(0, year).mapTo(Long.class).one();
        String agenda = new NumberPattern(pattern).format(seq, year, d.receivedAt().getMonthValue(), null);
        RequestState state = letter.complete() ? RequestState.DITERIMA : RequestState.BERKAS_BELUM_LENGKAP;
        long id = h.createUpdate("""
                        INSERT INTO letter (agenda_year, agenda_seq, agenda_number, received_at, agency_id,
                            letter_number, letter_number_key, letter_date, subject, service_id, signer_role,
                            signer_name, contact_name, contact_phone, notes, state, clock_start, created_by, created_at)
                        VALUES (:year, :seq, :agenda, :received, :agency, :number, :key, :date, :subject, :service,
                            :role, :signer, :contact, :phone, :notes, :state, :start, :by, :at)""")
                .bind("year", year).bind("seq", seq).bind("agenda", agenda)
                .bind("received", d.receivedAt().toString())
                .bind("agency", d.agencyId()).bind("number", d.letterNumber())
                .bind("key", numberKey(d.letterNumber())).bind("date", d.letterDate().toString())
                .bind("subject", d.subject()).bind("service", d.serviceId())
                .bind("role", d.signerRole().name()).bind("signer", d.signerName())
                .bind("contact", d.contactName()).bind("phone", d.contactPhone()).bind("notes", d.notes())
                .bind("state", state.name())
                .bind("start", letter.clockStart() == null ? null : letter.clockStart().toString())
                .bind("by", letter.actor()).bind("at", createdAt.withNano(0).toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        h.createUpdate("""
                        INSERT INTO letter_requirement (letter_id, requirement_id, fulfilled)
                        SELECT :id, r.id, CASE WHEN r.id IN (<done>) THEN 1 ELSE 0 END FROM service_requirement r WHERE r.service_id = :service""")
                .bind("id", id).bind("service", d.serviceId())
                .bindList("done", d.fulfilledRequirementIds().isEmpty() ? List.of(-1L)
                        : List.copyOf(d.fulfilledRequirementIds()))
                .execute();
        String note = letter.complete() ? "Surat masuk diregistrasi" : "Surat masuk diregistrasi, berkas belum lengkap";
        String at = createdAt.withNano(0).toString();
        h.createUpdate("""
                        INSERT INTO request_history (letter_id, at, actor, from_state, to_state, note)
                        VALUES (?, ?, ?, NULL, ?, ?)""")
                .bind(0, id).bind(1, at).bind(2, letter.actor()).bind(3, state.name()).bind(4, note)
                .execute();
        Map<String, Object> after = registered(agenda, d, state);
        // the clock as registration set it (a complete letter's clock starts here), and the history row
        after.put("clockStart", letter.clockStart() == null ? null : letter.clockStart().toString());
        HistoryAudit.put(after, 0, at, letter.actor(), null, state.name(), note);
        AuditLog.append(h, letter.actor(), "letter", id, "register", null, after);
        if (!letter.scans().isEmpty()) {
            AttachmentStore.attach(h, id, letter.scans(), letter.actor(), createdAt.withNano(0));
        }
        return new Registered(id, agenda);
    }

    /** The agenda number pattern in force (Pengaturan), or the default. */
    static String agendaPattern(Handle h) {
        return h.createQuery("SELECT value FROM setting WHERE key = ?")
                .bind(0, SettingsStore.AGENDA_PATTERN).mapTo(String.class).findOne()
                .orElse(DEFAULT_AGENDA_PATTERN);
    }

    /** The audit entry's {@code after} of a registration. */
    static Map<String, Object> registered(String agenda, LetterDraft d, RequestState state) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("agendaNumber", agenda);
        after.put("receivedAt", d.receivedAt().toString());
        after.put("agencyId", d.agencyId());
        after.put("letterNumber", d.letterNumber());
        after.put("letterDate", d.letterDate().toString());
        after.put("subject", d.subject());
        after.put("serviceId", d.serviceId());
        after.put("signer", d.signerRole() + " " + d.signerName());
        after.put("state", state.name());
        return after;
    }

    /**
     * Tests make a small database behave like a large one: a filtered text page reads at most
     * {@code visits} matches before it asks the other way round, totals count up to {@code cap}.
     */
    LetterStore searchLimits(int visits, int cap) {
        register.limits(visits, cap);
        return this;
    }

    /** One page of the register, newest first unless the filter sorts otherwise. */
    @Override
    public Page<LetterRow> search(LetterFilter f, int offset, int limit) {
        return jdbi.withHandle(h -> register.page(h, f, offset, limit));
    }

    /** How many letters the filter matches: exactly, or "more than" where counting all would read too much. */
    public Total count(LetterFilter f) {
        return jdbi.withHandle(h -> register.count(h, f));
    }

    public Optional<LetterRow> find(long id) {
        return jdbi.withHandle(h -> h.createQuery(ROW_SELECT + " WHERE l.id = ?").bind(0, id)
                .map((rs, ctx) -> row(rs)).findOne());
    }

    /** Everything about one letter, for the detail pane; empty when no such letter. */
    public Optional<LetterDetail> detail(long id) {
        return jdbi.withHandle(h -> {
            Optional<LetterRow> row = h.createQuery(ROW_SELECT + " WHERE l.id = ?").bind(0, id)
                    .map((rs, ctx) -> row(rs)).findOne();
            if (row.isEmpty()) {
                return Optional.<LetterDetail>empty();
            }
            List<LetterDetail.ChecklistItem> checklist = h.createQuery("""
                            SELECT r.id, r.text, coalesce(lr.fulfilled, 0) AS fulfilled FROM letter l
                            JOIN service_requirement r ON r.service_id = l.service_id
                            LEFT JOIN letter_requirement lr ON lr.letter_id = l.id AND lr.requirement_id = r.id
                            WHERE l.id = ? ORDER BY r.position""")
                    .bind(0, id)
                    .map((rs, ctx) -> new LetterDetail.ChecklistItem(rs.getLong(1), rs.getString(2), rs.getInt(3) == 1))
                    .list();
            List<LetterDetail.HistoryEntry> history = h.createQuery(
                            "SELECT h.at, " + OperatorStore.personSql("h.actor") + ", h.from_state, h.to_state, h.note"
                            + " FROM request_history h WHERE h.letter_id = ? ORDER BY h.at, h.id")
                    .bind(0, id)
                    .map((rs, ctx) -> new LetterDetail.HistoryEntry(LocalDateTime.parse(rs.getString(1)),
                            rs.getString(2), rs.getString(3) == null ? null : RequestState.valueOf(rs.getString(3)),
                            RequestState.valueOf(rs.getString(4)), rs.getString(5)))
                    .list();
            List<LetterDetail.RelatedComplaint> complaints = complaintsAbout(h, id);
            List<id.kalbarprov.loket.core.intake.Correction> corrections = LetterCorrectionStore.corrections(h, id);
            LetterRow r = row.get();
            WorkingCalendar cal = calendar.get();
            LocalDate due = r.state().clockRunning() ? r.due(cal) : null;
            DueStatus status = r.dueStatus(cal, LocalDate.now(clock));
            return h.createQuery("SELECT a.name, l.signer_role, l.signer_name, l.contact_name, l.contact_phone, l.notes, "
                            + OperatorStore.personSql("l.created_by") + ", l.created_at, l.paused_on, "
                            + OperatorStore.personSql("l.reviewer") + ", " + OperatorStore.personSql("l.processor")
                            + ", l.decision_reason, l.missing_items"
                            + " FROM letter l JOIN agency a ON a.id = l.agency_id WHERE l.id = ?")
                    .bind(0, id)
                    .map((rs, ctx) -> new LetterDetail(r, rs.getString(1), SignerRole.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            LocalDateTime.parse(rs.getString(8)),
                            rs.getString(9) == null ? null : LocalDate.parse(rs.getString(9)),
                            rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                            due, status, checklist, history, complaints, corrections))
                    .findOne();
        });
    }

    /** The agenda number the next letter received in {@code year} would get, if nobody registers first. */
    public String nextAgendaNumber(java.time.LocalDateTime receivedAt) {
        return jdbi.withHandle(h -> {
            String pattern = h.createQuery("SELECT value FROM setting WHERE key = ?")
                    .bind(0, SettingsStore.AGENDA_PATTERN).mapTo(String.class).findOne()
                    .orElse(DEFAULT_AGENDA_PATTERN);
            long last = h.createQuery("SELECT last_seq FROM agenda_counter WHERE year = ?")
                    .bind(0, receivedAt.getYear()).mapTo(Long.class).findOne().orElse(0L);
            return new NumberPattern(pattern).format(last + 1, receivedAt.getYear(), receivedAt.getMonthValue(), null);
        });
    }

    static final String ROW_SELECT = """
            SELECT l.id, l.agenda_number, l.received_at, coalesce(a.abbreviation, a.name) AS agency,
                   l.letter_number, l.letter_date, l.subject, s.name AS service, s.kind, s.working_days,
                   l.state, l.clock_start, l.clock_days_used, l.version
            FROM letter l JOIN agency a ON a.id = l.agency_id JOIN service s ON s.id = l.service_id""";

    static LetterRow row(ResultSet rs) throws SQLException {
        String start = rs.getString("clock_start");
        return new LetterRow(rs.getLong("id"), rs.getString("agenda_number"),
                LocalDateTime.parse(rs.getString("received_at")), rs.getString("agency"),
                rs.getString("letter_number"), LocalDate.parse(rs.getString("letter_date")),
                rs.getString("subject"), rs.getString("service"), ServiceKind.valueOf(rs.getString("kind")),
                rs.getInt("working_days"), RequestState.valueOf(rs.getString("state")),
                start == null ? null : LocalDate.parse(start), rs.getInt("clock_days_used"), rs.getInt("version"));
    }

    /** The complaints about request {@code letterId}, newest first (its detail shows them). */
    static List<LetterDetail.RelatedComplaint> complaintsAbout(Handle h, long letterId) {
        return h.createQuery("""
                        SELECT id, number, received_at, state, text FROM complaint
                        WHERE letter_id = ? ORDER BY received_at DESC, id DESC""")
                .bind(0, letterId)
                .map((rs, ctx) -> new LetterDetail.RelatedComplaint(rs.getLong(1), rs.getString(2),
                        LocalDateTime.parse(rs.getString(3)), ComplaintState.valueOf(rs.getString(4)),
                        rs.getString(5)))
                .list();
    }
}
