package id.kalbarprov.loket.core.intake;

import static id.kalbarprov.loket.core.intake.LetterFields.*;

import id.kalbarprov.loket.core.validation.Checks;
import id.kalbarprov.loket.core.validation.Violation;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Rules for an incoming letter: required fields, lengths, a phone that is a phone, and dates
 * that make sense (their letter is not dated after we received it; nothing received in the
 * future; nothing older than a year, which is a typo, not a backlog).
 */
public final class LetterValidator {

    public static final String DATE_AFTER_RECEIVED = "validation.letterDateAfterReceived";
    public static final String DATE_TOO_OLD = "validation.dateTooOld";
    public static final String IN_FUTURE = "validation.inFuture";

    /** A clock a few minutes off between workstations is not an error. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(10);
    private static final int MAX_AGE_DAYS = 366;

    private LetterValidator() {
    }

    public static List<Violation> validate(LetterDraft d, LocalDateTime now) {
        Checks c = new Checks();
        c.required(RECEIVED_AT, d.receivedAt())
                .required(AGENCY, d.agencyId())
                .required(LETTER_NUMBER, d.letterNumber())
                .maxLength(LETTER_NUMBER, d.letterNumber(), MAX_LETTER_NUMBER)
                .required(LETTER_DATE, d.letterDate())
                .required(SUBJECT, d.subject())
                .maxLength(SUBJECT, d.subject(), MAX_SUBJECT)
                .required(SERVICE, d.serviceId())
                .required(SIGNER_ROLE, d.signerRole())
                .required(SIGNER_NAME, d.signerName())
                .maxLength(SIGNER_NAME, d.signerName(), MAX_NAME)
                .maxLength(CONTACT_NAME, d.contactName(), MAX_NAME)
                .phone(CONTACT_PHONE, d.contactPhone())
                .maxLength(NOTES, d.notes(), MAX_NOTES);
        if (d.receivedAt() != null) {
            if (d.receivedAt().isAfter(now.plus(CLOCK_SLACK))) {
                c.add(RECEIVED_AT, IN_FUTURE);
            } else if (d.receivedAt().isBefore(now.minusDays(MAX_AGE_DAYS))) {
                c.add(RECEIVED_AT, DATE_TOO_OLD);
            }
        }
        if (d.letterDate() != null && d.receivedAt() != null) {
            if (d.letterDate().isAfter(d.receivedAt().toLocalDate())) {
                c.add(LETTER_DATE, DATE_AFTER_RECEIVED);
            } else if (d.letterDate().isBefore(d.receivedAt().toLocalDate().minusDays(MAX_AGE_DAYS))) {
                c.add(LETTER_DATE, DATE_TOO_OLD);
            }
        }
        return c.violations();
    }
}
