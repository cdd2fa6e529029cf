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
    public static final String TEMBUSAN_LINES = "validation.letters.tembusanLines";
    /** Limits that keep every letter on its page: a number, and the tembusan list under the signature. */
    public static final int MAX_PATTERN = 100;
    public static final int MAX_TEMBUSAN_LINES = 10;
    public static final int MAX_TEMBUSAN_LINE = 200;

    public LetterForm {
        tembusan = tembusan.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        codes = Map.copyOf(codes);
    }

    /** Throws with every problem: signer fields, NIP, pattern, empty codes, too many or too long tembusan lines. */
    public void validate(LocalDate today) {
        List<Violation> all = new ArrayList<>();
        try {
            signer.validate(today);
        } catch (ValidationException e) {
            all.addAll(e.violations());
        }
        Checks c = new Checks();
        c.required("numberPattern", numberPattern).maxLength("numberPattern", numberPattern, MAX_PATTERN);
        if (!c.has("numberPattern") && !NumberPattern.isValid(numberPattern)) {
            c.add("numberPattern", BAD_PATTERN);
        }
        if (tembusan.size() > MAX_TEMBUSAN_LINES) {
            c.add("tembusan", TEMBUSAN_LINES, MAX_TEMBUSAN_LINES);
        }
        tembusan.forEach(line -> c.maxLength("tembusan", line, MAX_TEMBUSAN_LINE));
        for (ServiceKind k : ServiceKind.values()) {
            c.required("code." + k.name(), codes.get(k)).maxLength("code." + k.name(), codes.get(k), 40);
        }
        all.addAll(c.violations());
        if (!all.isEmpty()) {
            throw new ValidationException(all);
        }
    }
}
