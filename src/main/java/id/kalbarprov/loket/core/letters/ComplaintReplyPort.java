package id.kalbarprov.loket.core.letters;

import id.kalbarprov.loket.core.complaints.Complaint;
import java.util.List;
import java.util.Optional;

/** What {@link ComplaintReplyService} needs from the store. */
public interface ComplaintReplyPort {

    Optional<Complaint> find(long complaintId);

    /** The complaint's reply letters, newest first (cancelled ones too). */
    List<ReplyLetter> replies(long complaintId);

    /** The letter as it would be issued today, "…" for the serial. @throws SignerMissingException */
    LetterContent preview(Complaint c, String answer, String place);

    /**
     * In ONE transaction: checks the complaint still has {@code c.version()} and no live reply
     * letter, takes the register's next serial, renders and stores the PDF with its SHA-256, and
     * writes the complaint's history row and the audit entries. Nothing is kept if any step fails.
     *
     * @throws SignerMissingException when no signer is set
     * @throws id.kalbarprov.loket.core.validation.ConcurrentChangeException when the complaint changed
     */
    ReplyLetter issue(Complaint c, String answer, String place, String actor);
}
