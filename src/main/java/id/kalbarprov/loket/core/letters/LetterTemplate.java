package id.kalbarprov.loket.core.letters;

import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.validation.Checks;
import java.util.List;

/**
 * The editable text of one service's letter for one outcome: the Hal line and the body. The complaint
 * reply's template ({@link LetterKind#BALASAN_PENGADUAN}) has no service ({@code service} is null).
 */
public record LetterTemplate(ServiceKind service, LetterKind kind, String subject, String body, int version) {

    public static final String UNKNOWN_PLACEHOLDER = "validation.template.unknownPlaceholder";

    /** Refuses an empty text, an over-long one, or one with a placeholder that is not known. */
    public void validate() {
        Checks c = new Checks();
        c.required("subject", subject).maxLength("subject", subject, 300);
        c.required("body", body).maxLength("body", body, 8000);
        List<String> badSubject = Placeholders.unknown(subject, Placeholders.known(kind));
        if (!badSubject.isEmpty()) {
            c.add("subject", UNKNOWN_PLACEHOLDER, String.join(", ", badSubject));
        }
        List<String> badBody = Placeholders.unknown(body, Placeholders.known(kind));
        if (!badBody.isEmpty()) {
            c.add("body", UNKNOWN_PLACEHOLDER, String.join(", ", badBody));
        }
        c.throwIfAny();
    }
}
