package id.kalbarprov.loket.core.letters;

import java.time.LocalDate;

/**
 * What verifying a letter found (issue 14). {@code ISSUED}: issued here with this number and exactly
 * these bytes; {@code CANCELLED}: issued here, then cancelled; {@code ALTERED}: it names a letter of
 * the register (by its verification code) but its bytes differ from the issued PDF; {@code UNKNOWN}:
 * nothing in the register; {@code NOT_A_PDF}: the file is not a PDF at all.
 */
public record Verdict(Kind kind, String number, LocalDate date, String subject, String addressee, String code,
                      String cancelReason) {

    public enum Kind {
        ISSUED, CANCELLED, ALTERED, UNKNOWN, NOT_A_PDF;

        /** Whether a command reports success (exit 0): the letter is genuine, even if cancelled since. */
        public boolean genuine() {
            return this == ISSUED || this == CANCELLED;
        }
    }

    public static Verdict of(Kind kind) {
        return new Verdict(kind, null, null, null, null, null, null);
    }
}
