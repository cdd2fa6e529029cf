package id.kalbarprov.loket.core.receipt;

import id.kalbarprov.loket.core.letters.Letterhead;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the tanda terima says: the letter as registered, whether the file is complete (and what is
 * missing), the latest completion date ({@code due}, null while the clock has not started) and how to
 * ask about progress. {@code qr} is what the QR code holds: the agenda number.
 */
public record Receipt(Letterhead letterhead, String place, String agendaNumber, LocalDateTime receivedAt,
                      String agency, String letterNumber, LocalDate letterDate, String subject, String service,
                      int workingDays, boolean complete, List<String> missing, LocalDate due, String progress,
                      String receivedBy, ReceiptSize size) {

    public Receipt {
        missing = List.copyOf(missing);
    }

    public String qr() {
        return agendaNumber;
    }
}
