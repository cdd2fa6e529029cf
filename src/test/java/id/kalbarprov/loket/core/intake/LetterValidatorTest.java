package id.kalbarprov.loket.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.validation.Violation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LetterValidatorTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    static LetterDraft valid() {
        return new LetterDraft(NOW, 5L, "005/123/Dinkes/2026", LocalDate.of(2026, 11, 20),
                "Permohonan reset password email", 3L, SignerRole.KEPALA_PD, "dr. Erna Yulianti",
                Set.of(3L), "Budi", "0812-3456-7890", null);
    }

    private static List<String> fields(LetterDraft d) {
        return LetterValidator.validate(d, NOW).stream().map(Violation::field).toList();
    }

    @Test
    void aCompleteDraftPasses() {
        assertThat(LetterValidator.validate(valid(), NOW)).isEmpty();
    }

    @Test
    void requiredFieldsAreNamed() {
        LetterDraft empty = new LetterDraft(null, null, " ", null, "", null, null, null, null, null, null, null);
        assertThat(fields(empty)).containsExactlyInAnyOrder(LetterFields.RECEIVED_AT, LetterFields.AGENCY,
                LetterFields.LETTER_NUMBER, LetterFields.LETTER_DATE, LetterFields.SUBJECT, LetterFields.SERVICE,
                LetterFields.SIGNER_ROLE, LetterFields.SIGNER_NAME);
    }

    @Test
    void letterDatedAfterReceiptIsRefused() {
        LetterDraft d = valid();
        LetterDraft bad = new LetterDraft(d.receivedAt(), d.agencyId(), d.letterNumber(), LocalDate.of(2026, 11, 24),
                d.subject(), d.serviceId(), d.signerRole(), d.signerName(), d.fulfilledRequirementIds(),
                d.contactName(), d.contactPhone(), d.notes());
        assertThat(LetterValidator.validate(bad, NOW)).extracting(Violation::key)
                .containsExactly(LetterValidator.DATE_AFTER_RECEIVED);
    }

    @Test
    void farFutureAndFarPastAreRefused() {
        LetterDraft d = valid();
        LetterDraft future = new LetterDraft(NOW.plusDays(2), d.agencyId(), d.letterNumber(), d.letterDate(),
                d.subject(), d.serviceId(), d.signerRole(), d.signerName(), Set.of(), null, null, null);
        assertThat(fields(future)).containsExactly(LetterFields.RECEIVED_AT);
        LetterDraft old = new LetterDraft(NOW, d.agencyId(), d.letterNumber(), LocalDate.of(2020, 1, 1),
                d.subject(), d.serviceId(), d.signerRole(), d.signerName(), Set.of(), null, null, null);
        assertThat(fields(old)).containsExactly(LetterFields.LETTER_DATE);
    }

    @Test
    void malformedPhoneAndOverlongTextAreRefused() {
        LetterDraft d = valid();
        LetterDraft bad = new LetterDraft(d.receivedAt(), d.agencyId(), d.letterNumber(), d.letterDate(),
                "x".repeat(LetterFields.MAX_SUBJECT + 1), d.serviceId(), d.signerRole(), d.signerName(),
                Set.of(), null, "12ab", null);
        assertThat(fields(bad)).containsExactlyInAnyOrder(LetterFields.SUBJECT, LetterFields.CONTACT_PHONE);
    }
}
