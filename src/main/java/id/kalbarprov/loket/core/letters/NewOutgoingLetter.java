package id.kalbarprov.loket.core.letters;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A letter just numbered and rendered, as the register stores it: {@code letterId} for a
 * confirmation letter, {@code complaintId} for a complaint reply (the other is null);
 * {@code subjectVersion} is the request's or complaint's version it was issued for.
 */
public record NewOutgoingLetter(int year, long seq, String number, LetterKind kind, Long letterId, Long complaintId,
                                int subjectVersion, LocalDate date, LetterContent content, String addressee,
                                byte[] pdf, int pages, String sha256, String actor, LocalDateTime at) {

    /** The body as stored: the paragraphs, a blank line between them. */
    public String body() {
        return String.join("\n\n", content.paragraphs());
    }
}
