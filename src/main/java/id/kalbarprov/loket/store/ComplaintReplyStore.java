package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.complaints.Complaint;
import id.kalbarprov.loket.core.complaints.ComplaintState;
import id.kalbarprov.loket.core.complaints.DeliveryChannel;
import id.kalbarprov.loket.core.letters.ComplaintReplyPort;
import id.kalbarprov.loket.core.letters.ComplaintReplyService;
import id.kalbarprov.loket.core.letters.LetterContent;
import id.kalbarprov.loket.core.letters.LetterRenderer;
import id.kalbarprov.loket.core.letters.LetterSettings;
import id.kalbarprov.loket.core.letters.ReplyLetter;
import id.kalbarprov.loket.core.letters.ReplyLetters;
import id.kalbarprov.loket.core.letters.Signer;
import id.kalbarprov.loket.core.letters.SignerMissingException;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Reply letters to complaints in the outgoing register (decision 0011): the same yearly serial,
 * template engine, archival PDF with its SHA-256 and cancellation as the confirmation letters.
 * Issuing writes the letter, the complaint's history row and the audit entries in ONE transaction.
 */
public final class ComplaintReplyStore implements ComplaintReplyPort {

    private final Jdbi jdbi;
    private final OutgoingLetterStore outgoing;
    private final ComplaintStore complaints;
    private final LetterRenderer renderer;
    private final Clock clock;

    public ComplaintReplyStore(Database db, OutgoingLetterStore outgoing, ComplaintStore complaints,
                               LetterRenderer renderer, Clock clock) {
        this.jdbi = db.jdbi();
        this.outgoing = outgoing;
        this.complaints = complaints;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    public Optional<Complaint> find(long complaintId) {
        return complaints.find(complaintId);
    }

    @Override
    public List<ReplyLetter> replies(long complaintId) {
        return jdbi.withHandle(h -> replies(h, complaintId));
    }

    private static List<ReplyLetter> replies(Handle h, long complaintId) {
        return h.createQuery("""
                        SELECT o.id, o.number, o.letter_date, o.addressee, r.answer, o.status, o.cancel_reason
                        FROM complaint_reply r JOIN outgoing_letter o ON o.id = r.outgoing_id
                        WHERE r.complaint_id = ? ORDER BY o.id DESC""")
                .bind(0, complaintId)
                .map((rs, ctx) -> new ReplyLetter(rs.getLong("id"), rs.getString("number"),
                        LocalDate.parse(rs.getString("letter_date")), rs.getString("addressee"), rs.getString("answer"),
                        "DIBATALKAN".equals(rs.getString("status")), rs.getString("cancel_reason")))
                .list();
    }

    @Override
    public LetterContent preview(Complaint c, String answer, String place) {
        return jdbi.withHandle(h -> {
            LetterSettings s = outgoing.settings(h);
            Signer signer = s.signer().orElseThrow(SignerMissingException::new);
            LocalDate today = LocalDate.now(clock);
            return ReplyLetters.compose(s, OutgoingLetterStore.replyTemplate(h), c, answer, place,
                    ReplyLetters.previewNumber(s, OutgoingLetterStore.replyCode(h), today), today, signer);
        });
    }

    @Override
    public ReplyLetter issue(Complaint c, String answer, String place, String actor) {
        LocalDate date = LocalDate.now(clock);
        String at = LocalDateTime.now(clock).withNano(0).toString();
        long id = jdbi.inTransaction(h -> {
            LetterSettings s = outgoing.settings(h);
            Signer signer = s.signer().orElseThrow(SignerMissingException::new);
            // the complaint as the operator saw it (version) and without a live reply letter
            int current = h.createQuery("SELECT version FROM complaint WHERE id = ?").bind(0, c.id())
                    .mapTo(Integer.class).one();
            if (current != c.version()) {
                throw new ConcurrentChangeException("complaint", c.id());
            }
            replies(h, c.id()).stream().filter(r -> !r.cancelled()).findFirst().ifPresent(r -> {
                throw new ValidationException(Violation.of(ComplaintReplyService.REPLY, ComplaintReplyService.EXISTS,
                        r.number()));
            });
            long seq = OutgoingLetterStore.nextSerial(h, date.getYear());
            String number = ReplyLetters.number(s, OutgoingLetterStore.replyCode(h), seq, date);
            LetterContent content = ReplyLetters.compose(s, OutgoingLetterStore.replyTemplate(h), c, answer, place,
                    number, date, signer);
            LetterRenderer.Rendered pdf = renderer.render(content);
            String sha = OutgoingLetterStore.sha256(pdf.pdf());
            String signerJson = AuditLog.json(Map.of("name", signer.name(), "title", signer.title(),
                    "rank", signer.rank(), "nip", signer.nip(), "pppk", signer.pppk()));
            long outId = h.createUpdate("""
                            INSERT INTO outgoing_letter (year, seq, number, outcome, request_version,
                                letter_date, subject, body, addressee, signer, paper, pdf, sha256, pages, issued_at,
                                issued_by)
                            VALUES (:year, :seq, :number, 'BALASAN_PENGADUAN', :version, :date, :subject,
                                :body, :addressee, :signer, :paper, :pdf, :sha, :pages, :at, :by)""")
                    .bind("year", date.getYear()).bind("seq", seq).bind("number", number)
                    .bind("version", c.version()).bind("date", date.toString()).bind("subject", content.subject())
                    .bind("body", String.join("\n\n", content.paragraphs()))
                    .bind("addressee", content.addressee() + "\n" + content.addresseePlace())
                    .bind("signer", signerJson).bind("paper", content.paper().name()).bind("pdf", pdf.pdf())
                    .bind("sha", sha).bind("pages", pdf.pages()).bind("at", at).bind("by", actor)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            h.createUpdate("INSERT INTO complaint_reply (outgoing_id, complaint_id, answer) VALUES (?, ?, ?)")
                    .bind(0, outId).bind(1, c.id()).bind(2, answer).execute();
            int n = h.createUpdate("""
                            UPDATE complaint SET version = version + 1, updated_by = ?, updated_at = ?
                            WHERE id = ? AND version = ? AND state = ?""")
                    .bind(0, actor).bind(1, at).bind(2, c.id()).bind(3, c.version()).bind(4, c.state().name())
                    .execute();
            if (n != 1) {
                throw new ConcurrentChangeException("complaint", c.id());
            }
            history(h, c.id(), at, actor, c.state(), "Surat balasan Nomor " + number + " tanggal "
                    + IndonesianDates.longDate(date) + " diterbitkan, kepada "
                    + content.addressee());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("number", number);
            after.put("complaintId", c.id());
            after.put("outcome", "BALASAN_PENGADUAN");
            after.put("letterDate", date.toString());
            after.put("sha256", sha);
            after.put("pages", pdf.pages());
            AuditLog.append(h, actor, "outgoing_letter", outId, "issue", null, after);
            AuditLog.append(h, actor, "complaint", c.id(), "reply", Map.of("version", c.version()),
                    Map.of("version", c.version() + 1, "replyLetter", number));
            return outId;
        });
        return replies(c.id()).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** Inside {@code cancel}'s transaction: a cancelled reply letter is noted in its complaint's history. */
    static void cancelled(Handle h, long outgoingId, String reason, String actor, String at) {
        h.createQuery("""
                        SELECT r.complaint_id, o.number, c.state FROM complaint_reply r
                        JOIN outgoing_letter o ON o.id = r.outgoing_id JOIN complaint c ON c.id = r.complaint_id
                        WHERE r.outgoing_id = ?""")
                .bind(0, outgoingId)
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).findOne()
                .ifPresent(r -> history(h, (Long) r[0], at, actor, ComplaintState.valueOf((String) r[2]),
                        "Surat balasan Nomor " + r[1] + " dibatalkan: " + reason));
    }

    private static void history(Handle h, long complaintId, String at, String actor, ComplaintState state,
                                String note) {
        h.createUpdate("""
                        INSERT INTO complaint_history (complaint_id, at, actor, from_state, to_state, note)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .bind(0, complaintId).bind(1, at).bind(2, actor).bind(3, state.name()).bind(4, state.name())
                .bind(5, note).execute();
    }

    /** A realistic complaint for the template's preview in Pengaturan › Templat. */
    static Complaint example(LocalDate today, String serviceName) {
        return new Complaint(0, "0007/PGD/" + today.getYear(), today.minusDays(6).atTime(9, 30), 6, "SP4N-LAPOR!",
                "LAPOR-4471209", false, "Andi Wijaya", ComplainantKind.INSTANSI, 1L,
                "Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Barat", null, 4L, serviceName, 9L,
                "0042/SM/" + today.getYear(), "Situs web sekolah yang dihosting di Diskominfo tidak dapat diakses "
                + "sejak tiga hari yang lalu.", ComplaintState.DITINDAKLANJUTI, 1L, "Pengaduan ringan", 5, null,
                "Gangguan disebabkan oleh sertifikat SSL yang kedaluwarsa; sertifikat telah diperbarui dan situs "
                + "dapat diakses kembali sejak " + IndonesianDates.longDate(today)
                + ".", DeliveryChannel.SURAT, null, 3);
    }
}
