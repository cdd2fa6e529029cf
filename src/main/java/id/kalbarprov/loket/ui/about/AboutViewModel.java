package id.kalbarprov.loket.ui.about;

import id.kalbarprov.loket.ui.common.I18n;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Pengaturan → Tentang: which Loket this is (version, build time) and where it runs (Java, JavaFX,
 * system, database, log file), for the clerk who calls IT and for IT reading loket.log.
 */
public final class AboutViewModel {

    /** One line of the screen: its label key ({@code about.<name>}) and the value. */
    public record Fact(String labelKey, String value) {
        /** The part after "about.", for the value's id ({@code about-<name>}). */
        public String name() {
            return labelKey.substring(labelKey.indexOf('.') + 1);
        }
    }

    private final I18n i18n;
    private final List<Fact> facts;

    public AboutViewModel(I18n i18n, List<Fact> facts) {
        this.i18n = i18n;
        this.facts = List.copyOf(facts);
    }

    public List<Fact> facts() {
        return facts;
    }

    public String label(Fact fact) {
        return i18n.t(fact.labelKey());
    }

    /** Every line as "Label: value", for the clipboard (a message to IT). */
    public String asText() {
        return i18n.t("about.heading") + "\n" + facts.stream().map(f -> label(f) + ": " + f.value())
                .collect(Collectors.joining("\n"));
    }
}
