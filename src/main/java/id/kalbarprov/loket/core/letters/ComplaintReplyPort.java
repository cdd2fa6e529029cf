package id.kalbarprov.loket.core.letters;

import id.kalbarprov.loket.core.complaints.Complaint;
import java.util.List;
import java.util.Optional;

/**
 * What {@link ComplaintReplyService} reads from the store; issuing goes through
 * {@link OutgoingLetterService}'s one path, whose transaction also writes the complaint's part.
 */
public interface ComplaintReplyPort {

    Optional<Complaint> find(long complaintId);

    /** The complaint's reply letters, newest first (cancelled ones too). */
    List<ReplyLetter> replies(long complaintId);
}
