package id.kalbarprov.loket.core.intake;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/** What the clerk typed for one incoming letter, before it is registered. */
public record LetterDraft(
        LocalDateTime receivedAt,
        Long agencyId,
        String letterNumber,
        LocalDate letterDate,
        String subject,
        Long serviceId,
        SignerRole signerRole,
        String signerName,
        Set<Long> fulfilledRequirementIds,
        String contactName,
        String contactPhone,
        String notes) {

    public LetterDraft {
        fulfilledRequirementIds = fulfilledRequirementIds == null ? Set.of() : Set.copyOf(fulfilledRequirementIds);
    }
}
