package id.kalbarprov.loket.core.letters;

import id.kalbarprov.loket.core.nip.Nip;
import id.kalbarprov.loket.core.validation.Checks;
import java.time.LocalDate;

/**
 * Who signs the confirmation letters (a setting, never code). A PPPK signer's staff number is
 * 18 digits too but is not a NIP, so it is only checked for its format.
 */
public record Signer(String name, String title, String rank, String nip, boolean pppk) {

    public static final String PPPK_FORMAT = "validation.signer.pppkFormat";

    /** Throws a ValidationException naming each missing or implausible field. */
    public void validate(LocalDate today) {
        Checks c = new Checks();
        c.required("name", name).maxLength("name", name, 120);
        c.required("title", title).maxLength("title", title, 200);
        c.required("rank", rank).maxLength("rank", rank, 120);
        c.required("nip", nip);
        if (!c.has("nip")) {
            if (pppk) {
                if (!Nip.normalize(nip).matches("\\d{18}")) {
                    c.add("nip", PPPK_FORMAT);
                }
            } else {
                Nip.problem(nip, today).ifPresent(key -> c.add("nip", key));
            }
        }
        c.throwIfAny();
    }

    /** "NIP. 19650916 199303 1 002" (or "NI PPPK. ..." for a PPPK signer). */
    public String numberLine() {
        return (pppk ? "NI PPPK. " : "NIP. ") + Nip.display(nip);
    }
}
