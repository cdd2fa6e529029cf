package id.kalbarprov.loket.ui.about;

import id.kalbarprov.loket.core.database.WorkstationSetup;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
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
    private final WorkstationSetup workstation;
    private final TaskRunner runner;
    private final DialogService dialogs;

    public AboutViewModel(I18n i18n, List<Fact> facts) {
        this(i18n, facts, null, null, null);
    }

    /**
     * @param workstation this workstation's kept database choice, or null when the database was given
     *                    with --db or LOKET_DB (then there is nothing to change here)
     */
    public AboutViewModel(I18n i18n, List<Fact> facts, WorkstationSetup workstation, TaskRunner runner,
                          DialogService dialogs) {
        this.i18n = i18n;
        this.facts = List.copyOf(facts);
        this.workstation = workstation;
        this.runner = runner;
        this.dialogs = dialogs;
    }

    /** True when this desk's database is its kept choice, which "Ganti database…" can clear. */
    public boolean canChangeDatabase() {
        return workstation != null;
    }

    /**
     * "Ganti database…": after a confirm, forgets this workstation's choice; the next start shows the
     * first screen again. Nothing changes in the database itself.
     */
    public void changeDatabase() {
        if (workstation == null || !dialogs.confirm(i18n.t("about.change.title"), i18n.t("about.change.confirm"),
                i18n.t("about.change.action"))) {
            return;
        }
        runner.run(() -> {
            workstation.forget();
            return Boolean.TRUE;
        }, ok -> dialogs.info(i18n.t("about.change.title"), i18n.t("about.change.done")), dialogs::unexpected);
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
