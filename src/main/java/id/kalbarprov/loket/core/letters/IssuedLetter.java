package id.kalbarprov.loket.core.letters;

import java.time.LocalDate;

/**
 * One row of the outgoing register. A complaint reply ({@code kind} BALASAN_PENGADUAN) has
 * {@code letterId} 0 and its complaint's id and number; {@code agency} is then the complainant's
 * agency or name.
 */
public record IssuedLetter(long id, int year, String number, long letterId, LetterKind kind, LocalDate letterDate,
                           String agency, String subject, String issuedBy, String issuedAt, int pages, String sha256,
                           boolean cancelled, String cancelReason, Delivery delivery, LocalDate deliveredOn,
                           String receiver, Long complaintId, String complaintNumber) {

    public boolean complaintReply() {
        return complaintId != null;
    }
}
