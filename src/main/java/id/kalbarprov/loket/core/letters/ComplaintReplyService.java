package id.kalbarprov.loket.core.letters;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.complaints.Complaint;
import id.kalbarprov.loket.core.complaints.ComplaintState;
import id.kalbarprov.loket.core.validation.Checks;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import java.util.List;
import java.util.Optional;

/**
 * The numbered reply letter to a complaint (decision 0011), issued by whoever may issue letters
 * (ISSUE_LETTER: Kepala Bidang) once the complaint is being followed up or is settled. An anonymous
 * complaint, or a person without a postal address, gets a message instead of a letter.
 */
public final class ComplaintReplyService {

    /** Field names (Violation field = control id). */
    public static final String REPLY = "complaint-reply";
    public static final String ANSWER = "complaint-reply-answer";
    public static final String ADDRESS = "complaint-reply-address";

    public static final int MAX_ANSWER = 4000;
    public static final int MAX_ADDRESS = 200;

    public static final String ANONYMOUS = "validation.reply.anonymous";
    public static final String NO_ADDRESS = "validation.reply.noAddress";
    public static final String WRONG_STATE = "validation.reply.state";
    public static final String EXISTS = "validation.reply.exists";

    private final ComplaintReplyPort store;
    private final OutgoingLetterService outgoing;

    public ComplaintReplyService(ComplaintReplyPort store, OutgoingLetterService outgoing) {
        this.store = store;
        this.outgoing = outgoing;
    }

    /** Why complaint {@code c} can get no reply letter at all (a validation key), or empty. */
    public static Optional<String> refusal(Complaint c) {
        if (c.anonymous() || c.complainantName() == null || c.complainantName().isBlank()) {
            return Optional.of(ANONYMOUS);
        }
        if (c.state() != ComplaintState.DITINDAKLANJUTI && c.state() != ComplaintState.SELESAI) {
            return Optional.of(WRONG_STATE);
        }
        return Optional.empty();
    }

    /** The live (not cancelled) reply letter of complaint {@code id}, if any. */
    public Optional<ReplyLetter> live(long complaintId) {
        return store.replies(complaintId).stream().filter(r -> !r.cancelled()).findFirst();
    }

    public List<ReplyLetter> replies(long complaintId) {
        return store.replies(complaintId);
    }

    /** The letter as it would be issued (number not yet taken). Same checks as {@link #issue}. */
    public LetterContent preview(long complaintId, int version, String answer, String place, Actor actor) {
        Complaint c = checked(complaintId, version, answer, place, actor);
        return outgoing.previewReply(c, answer.strip(), place.strip());
    }

    /**
     * Issues the reply letter through the outgoing register's one path (the confirmation letters'
     * serial, PDF, SHA-256), with the complaint's history and audit, all or nothing.
     *
     * @throws ValidationException anonymous, no address, no answer, wrong state, a live letter exists
     * @throws ConcurrentChangeException when the complaint changed since it was shown
     * @throws SignerMissingException when no signer is set
     */
    public ReplyLetter issue(long complaintId, int version, String answer, String place, Actor actor) {
        Complaint c = checked(complaintId, version, answer, place, actor);
        long id = outgoing.issueReply(c, answer.strip(), place.strip(), actor.label());
        return store.replies(complaintId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private Complaint checked(long complaintId, int version, String answer, String place, Actor actor) {
        actor.require(Permission.ISSUE_LETTER);
        Complaint c = store.find(complaintId).orElseThrow(() -> new ValidationException(Violation.of(REPLY,
                "validation.unknown")));
        if (c.version() != version) {
            throw new ConcurrentChangeException("complaint", complaintId);
        }
        Optional<String> no = refusal(c);
        if (no.isPresent()) {
            throw new ValidationException(Violation.of(REPLY, no.get()));
        }
        Optional<ReplyLetter> live = live(complaintId);
        if (live.isPresent()) {
            throw new ValidationException(Violation.of(REPLY, EXISTS, live.get().number()));
        }
        Checks checks = new Checks();
        checks.required(ANSWER, answer).maxLength(ANSWER, answer, MAX_ANSWER);
        if (place == null || place.isBlank()) {
            checks.add(ADDRESS, ReplyLetters.toAgency(c) ? Checks.REQUIRED : NO_ADDRESS);
        } else {
            checks.maxLength(ADDRESS, place, MAX_ADDRESS);
        }
        checks.throwIfAny();
        return c;
    }
}
