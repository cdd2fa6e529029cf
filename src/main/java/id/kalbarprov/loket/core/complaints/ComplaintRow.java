package id.kalbarprov.loket.core.complaints;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One line of the complaints list: no contact details (personal data stays on the complaint itself).
 * {@code due} is null while uncategorised.
 */
public record ComplaintRow(long id, String number, LocalDateTime receivedAt, String channel, String complainant,
                           String text, ComplaintState state, String category, LocalDate due, int version) {
}
