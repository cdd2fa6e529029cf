package id.kalbarprov.loket.core.letters;

import id.kalbarprov.loket.core.request.RequestState;
import java.time.LocalDate;

/** A request waiting for its letter (Surat Konfirmasi's left list). */
public record PendingLetter(long letterId, int version, RequestState state, LetterKind kind, String agendaNumber,
                            String agency, String letterNumber, LocalDate letterDate, String subject,
                            String service) {
}
