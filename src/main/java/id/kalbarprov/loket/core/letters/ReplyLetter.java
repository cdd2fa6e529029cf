package id.kalbarprov.loket.core.letters;

import java.time.LocalDate;

/** A reply letter issued for a complaint, as the complaint's detail shows it. */
public record ReplyLetter(long id, String number, LocalDate letterDate, String addressee, String answer,
                          boolean cancelled, String cancelReason) {
}
