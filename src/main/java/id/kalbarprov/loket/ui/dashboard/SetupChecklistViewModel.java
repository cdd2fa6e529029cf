package id.kalbarprov.loket.ui.dashboard;

import id.kalbarprov.loket.core.office.SetupChecklist;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Admin's setup checklist on Beranda: loaded off the FX thread with Beranda; null (hidden) for an
 * operator who is no Admin and once every step is done.
 */
public final class SetupChecklistViewModel {

    private final Supplier<Optional<SetupChecklist>> loader;
    private final TaskRunner runner;
    private final Consumer<Throwable> onError;
    private final Consumer<String> openSettings;
    private final ObjectProperty<SetupChecklist> checklist = new SimpleObjectProperty<>();

    /** {@code openSettings} opens Pengaturan at a tab id. */
    public SetupChecklistViewModel(Supplier<Optional<SetupChecklist>> loader, TaskRunner runner,
                                   Consumer<Throwable> onError, Consumer<String> openSettings) {
        this.loader = loader;
        this.runner = runner;
        this.onError = onError;
        this.openSettings = openSettings;
    }

    public void load() {
        runner.run(loader, c -> checklist.set(c.filter(x -> !x.complete()).orElse(null)), onError);
    }

    /** The Pengaturan tab where {@code step} is done. */
    public void open(SetupChecklist.Step step) {
        openSettings.accept(switch (step) {
            case SIGNER -> "settings-signer";
            case HOLIDAYS -> "settings-holidays";
            case OFFICE -> "settings-office";
            case BACKUP -> "settings-backup";
            case ROLES -> "tab-operators";
        });
    }

    public ReadOnlyObjectProperty<SetupChecklist> checklist() {
        return checklist;
    }
}
