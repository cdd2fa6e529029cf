package id.kalbarprov.loket.core.letters;

import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.numbering.NumberPattern;
import id.kalbarprov.loket.core.validation.Checks;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Penandatangan settings as entered: signer, tembusan, paper and the number pattern and codes. */
public record LetterForm(Signer signer, List<String> tembusan, Paper paper, String numberPattern,
                         Map<ServiceKind, String> codes) {

    public static final String BAD_PATTERN = "validation.letters.pattern";

    public LetterForm {
        tembusan = tembusan.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        codes = Map.copyOf(codes);
    }

    /** Throws with every problem: signer fields, NIP, pattern, empty codes. */
    public void validate(LocalDate today) {
        List<Violation> all = new ArrayList<>();
        try {
            signer.validate(today);
        } catch (ValidationException e) {
            all.addAll(e.violations());
        }
        Checks c = new Checks();
        c.required("numberPattern", numberPattern);
        if (!c.has("numberPattern") && !NumberPattern.isValid(numberPattern)) {
            c.add("numberPattern", BAD_PATTERN);
        }
        for (ServiceKind k : ServiceKind.values()) {
            c.required("code." + k.name(), codes.get(k)).maxLength("code." + k.name(), codes.get(k), 40);
        }
        all.addAll(c.violations());
        if (!all.isEmpty()) {
            throw new ValidationException(all);
        }
    }
}
