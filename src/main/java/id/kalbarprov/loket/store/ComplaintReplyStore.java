package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.complaints.Complaint;
import id.kalbarprov.loket.core.complaints.ComplaintState;
import id.kalbarprov.loket.core.letters.ComplaintReplyPort;
import id.kalbarprov.loket.core.letters.ReplyLetter;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Reply letters to complaints in the outgoing register (decision 0011): what a complaint's replies
 * are, and the complaint's part of issuing and cancelling one. The letter itself goes through the
 * one issuing path of core/letters/LetterIssuer, in the register's transaction
 * ({@link RegisterTransaction}).
 */
public final class ComplaintReplyStore implements ComplaintReplyPort {

    private final Jdbi jdbi;
    private final ComplaintStore complaints;

    public ComplaintReplyStore(Database db, ComplaintStore complaints) {
        this.jdbi = db.jdbi();
        this.complaints = complaints;
    }

    @Override
    public Optional<Complaint> find(long complaintId) {
        return complaints.find(complaintId);
    }

    @Override
    public List<ReplyLetter> replies(long complaintId) {
        return jdbi.withHandle(h -> replies(h, complaintId));
    }

    static List<ReplyLetter> replies(Handle h, long complaintId) {
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

    /**
     * Inside the issuing transaction: links reply letter {@code outgoingId} to complaint {@code c}
     * with its answer, moves the complaint to its next version (only from the one shown), and writes
     * its history row and audit entry.
     */
    static void replied(Handle h, Complaint c, long outgoingId, String answer, String number, String note,
                        String actor, LocalDateTime at) {
        h.createUpdate("INSERT INTO complaint_reply (outgoing_id, complaint_id, answer) VALUES (?, ?, ?)")
                .bind(0, outgoingId).bind(1, c.id()).bind(2, answer).execute();
        int n = h.createUpdate("""
                        UPDATE complaint SET version = version + 1, updated_by = ?, updated_at = ?
                        WHERE id = ? AND version = ? AND state = ?""")
                .bind(0, actor).bind(1, at.toString()).bind(2, c.id()).bind(3, c.version()).bind(4, c.state().name())
                .execute();
        if (n != 1) {
            throw new ConcurrentChangeException("complaint", c.id());
        }
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("version", c.version() + 1);
        after.put("replyLetter", number);
        ComplaintStore.history(h, c.id(), at, actor, c.state(), c.state(), note, after);
        AuditLog.append(h, actor, "complaint", c.id(), "reply", Map.of("version", c.version()), after);
    }

    /** Inside {@code cancel}'s transaction: a cancelled reply letter is noted in its complaint's history. */
    static void cancelled(Handle h, long outgoingId, String note, String actor, LocalDateTime at) {
        h.createQuery("""
                        SELECT r.complaint_id, c.state FROM complaint_reply r JOIN complaint c ON c.id = r.complaint_id
                        WHERE r.outgoing_id = ?""")
                .bind(0, outgoingId)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), ComplaintState.valueOf(rs.getString(2)))).findOne()
                .ifPresent(r -> {
                    // the history row has no complaint entry of its own to ride in: one that carries it
                    Map<String, Object> after = new java.util.LinkedHashMap<>();
                    ComplaintStore.history(h, r.getKey(), at, actor, r.getValue(), r.getValue(), note, after);
                    AuditLog.append(h, actor, "complaint", r.getKey(), "history", null, after);
                });
    }
}
