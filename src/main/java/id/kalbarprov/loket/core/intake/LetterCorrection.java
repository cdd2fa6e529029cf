package id.kalbarprov.loket.core.intake;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The fields of a registered letter a correction may change (docs/decisions/0021): everything the
 * clerk typed from the paper letter except the service, whose checklist, working days and processing
 * the review has built on. The agenda number is never part of it.
 */
public record LetterCorrection(
        LocalDateTime receivedAt,
        Long agencyId,
        String letterNumber,
        LocalDate letterDate,
        String subject,
        SignerRole signerRole,
        String signerName,
        String contactName,
        String contactPhone,
        String notes) {

    /** Blank texts as null, the rest stripped, the receipt time to the minute: as registration stores them. */
    public LetterCorrection normalized() {
        return new LetterCorrection(receivedAt == null ? null : receivedAt.withSecond(0).withNano(0), agencyId,
                strip(letterNumber), letterDate, strip(subject), signerRole, strip(signerName), strip(contactName),
                strip(contactPhone), strip(notes));
    }

    /** As a registration draft of {@code serviceId}, for the registration's own validator. */
    LetterDraft asDraft(long serviceId) {
        return new LetterDraft(receivedAt, agencyId, letterNumber, letterDate, subject, serviceId, signerRole,
                signerName, java.util.Set.of(), contactName, contactPhone, notes);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
