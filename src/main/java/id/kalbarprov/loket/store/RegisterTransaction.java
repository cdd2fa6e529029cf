package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.complaints.Complaint;
import id.kalbarprov.loket.core.letters.LetterContent;
import id.kalbarprov.loket.core.letters.LetterKind;
import id.kalbarprov.loket.core.letters.LetterSettings;
import id.kalbarprov.loket.core.letters.LetterTemplate;
import id.kalbarprov.loket.core.letters.NewOutgoingLetter;
import id.kalbarprov.loket.core.letters.OutgoingLetterPort;
import id.kalbarprov.loket.core.letters.ReplyLetter;
import id.kalbarprov.loket.core.letters.RequestFacts;
import id.kalbarprov.loket.core.letters.Signer;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The register's writes while one letter is issued, all on the open transaction {@code h}
 * (see core/letters/LetterIssuer for the order of the steps): the row with its PDF, the
 * request's or the complaint's part, their history rows and audit entries.
 */
final class RegisterTransaction implements OutgoingLetterPort.Issuing {

    private final Handle h;

    RegisterTransaction(Handle h) {
        this.h = h;
    }

    @Override
    public LetterSettings settings() {
        return OutgoingLetterStore.settings(h);
    }

    @Override
    public LetterTemplate template(ServiceKind service, LetterKind kind) {
        return OutgoingLetterStore.template(h, service, kind);
    }

    @Override
    public String replyCode() {
        return OutgoingLetterStore.replyCode(h);
    }

    @Override
    public Optional<RequestFacts> facts(long letterId) {
        return OutgoingLetterStore.facts(h, letterId);
    }

    @Override
    public boolean hasLiveLetter(long letterId, LetterKind kind, int requestVersion) {
        return h.createQuery("""
                        SELECT count(*) FROM outgoing_letter WHERE letter_id = ? AND outcome = ? AND status = 'TERBIT'
                          AND (outcome = 'SELESAI' OR request_version = ?)""")
                .bind(0, letterId).bind(1, kind.name()).bind(2, requestVersion).mapTo(Integer.class).one() > 0;
    }

    @Override
    public int complaintVersion(long complaintId) {
        return h.createQuery("SELECT version FROM complaint WHERE id = ?").bind(0, complaintId)
                .mapTo(Integer.class).findOne().orElseThrow(() -> new ConcurrentChangeException("complaint", complaintId));
    }

    @Override
    public List<ReplyLetter> replies(long complaintId) {
        return ComplaintReplyStore.replies(h, complaintId);
    }

    @Override
    public long nextSerial(int year) {
        return OutgoingLetterStore.nextSerial(h, year);
    }

    @Override
    public long store(NewOutgoingLetter letter) {
        LetterContent content = letter.content();
        Signer signer = content.signer();
        String signerJson = AuditLog.json(Map.of("name", signer.name(), "title", signer.title(),
                "rank", signer.rank(), "nip", signer.nip(), "pppk", signer.pppk()));
        long id = h.createUpdate("""
                        INSERT INTO outgoing_letter (year, seq, number, letter_id, outcome, request_version,
                            letter_date, subject, body, addressee, signer, paper, pdf, sha256, pages, issued_at,
                            issued_by)
                        VALUES (:year, :seq, :number, :letter, :outcome, :version, :date, :subject, :body,
                            :addressee, :signer, :paper, :pdf, :sha, :pages, :at, :by)""")
                .bind("year", letter.year()).bind("seq", letter.seq()).bind("number", letter.number())
                .bind("letter", letter.letterId()).bind("outcome", letter.kind().name())
                .bind("version", letter.subjectVersion()).bind("date", letter.date().toString())
                .bind("subject", content.subject()).bind("body", letter.body())
                .bind("addressee", letter.addressee()).bind("signer", signerJson)
                .bind("paper", content.paper().name()).bind("pdf", letter.pdf()).bind("sha", letter.sha256())
                .bind("pages", letter.pages()).bind("at", letter.at().toString()).bind("by", letter.actor())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("number", letter.number());
        if (letter.letterId() != null) {
            after.put("letterId", letter.letterId());
        } else {
            after.put("complaintId", letter.complaintId());
        }
        after.put("outcome", letter.kind().name());
        after.put("letterDate", letter.date().toString());
        after.put("sha256", letter.sha256());
        after.put("pages", letter.pages());
        if (content.verificationCode() != null) {
            h.createUpdate("INSERT INTO outgoing_verification (code, outgoing_id) VALUES (?, ?)")
                    .bind(0, content.verificationCode()).bind(1, id).execute();
            after.put("verificationCode", content.verificationCode());
        }
        AuditLog.append(h, letter.actor(), "outgoing_letter", id, "issue", null, after);
        return id;
    }

    @Override
    public void requestIssued(RequestFacts f, RequestState to, String note, String actor, LocalDateTime at) {
        Map<String, Object> after = new LinkedHashMap<>();
        HistoryAudit.put(after, HistoryAudit.next(h, f.letterId()), at.toString(), actor, f.state().name(), to.name(), note);
        if (to != f.state()) {
            int n = h.createUpdate("""
                            UPDATE letter SET state = ?, version = version + 1, updated_at = ?, updated_by = ?
                            WHERE id = ? AND state = ? AND version = ?""")
                    .bind(0, to.name()).bind(1, at.toString()).bind(2, actor).bind(3, f.letterId())
                    .bind(4, f.state().name()).bind(5, f.version()).execute();
            if (n != 1) {
                throw new ConcurrentChangeException("request", f.letterId());
            }
            after.put("state", to.name());
            AuditLog.append(h, actor, "letter", f.letterId(), "state", Map.of("state", f.state().name()), after);
        } else {
            // the state stays; the history row it writes is still audited (check compares every row)
            AuditLog.append(h, actor, "letter", f.letterId(), "history", null, after);
        }
        h.createUpdate("""
                        INSERT INTO request_history (letter_id, at, actor, from_state, to_state, note)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .bind(0, f.letterId()).bind(1, at.toString()).bind(2, actor).bind(3, f.state().name())
                .bind(4, to.name()).bind(5, note).execute();
    }

    @Override
    public void complaintReplied(Complaint c, long outgoingId, String answer, String number, String note,
                                 String actor, LocalDateTime at) {
        ComplaintReplyStore.replied(h, c, outgoingId, answer, number, note, actor, at);
    }
}
