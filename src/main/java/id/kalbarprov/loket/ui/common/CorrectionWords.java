package id.kalbarprov.loket.ui.common;

import static id.kalbarprov.loket.core.intake.LetterFields.*;

import id.kalbarprov.loket.core.auth.Person;
import id.kalbarprov.loket.core.intake.Correction;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.text.IndonesianDates;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A correction in words: "Dikoreksi oleh Rina Wijaya: Perihal 'x' → 'y'. Alasan: …". */
public final class CorrectionWords {

    private static final String FIELD_PREFIX = "correction.field.";

    private CorrectionWords() {
    }

    /** The history line of {@code c}. */
    public static String sentence(I18n i18n, Correction c) {
        return i18n.t("correction.history", Person.nameOf(c.actor()), changes(i18n, c.changes(), "; "), c.reason());
    }

    /** "Perihal 'x' → 'y'" per change, joined by {@code separator}. */
    public static String changes(I18n i18n, List<Correction.Change> changes, String separator) {
        List<String> out = new ArrayList<>();
        for (Correction.Change ch : changes) {
            String fieldKey = FIELD_PREFIX + ch.field(); // correction.field.subject, ... (the form's labels)
            out.add(i18n.t("correction.change", i18n.t(fieldKey),
                    value(i18n, ch.field(), ch.before()), value(i18n, ch.field(), ch.after())));
        }
        return String.join(separator, out);
    }

    public static String value(I18n i18n, String field, String v) {
        if (v == null || v.isBlank()) {
            return "—";
        }
        try {
            return switch (field) {
                case RECEIVED_AT -> IndonesianDates.shortDateTime(LocalDateTime.parse(v));
                case LETTER_DATE -> IndonesianDates.shortDate(LocalDate.parse(v));
                case SIGNER_ROLE -> i18n.of("signer", SignerRole.valueOf(v));
                default -> v;
            };
        } catch (RuntimeException e) {
            return v;
        }
    }
}
