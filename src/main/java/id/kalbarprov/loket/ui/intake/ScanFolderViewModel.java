package id.kalbarprov.loket.ui.intake;

import id.kalbarprov.loket.core.attachments.ScanFolder;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Pengaturan → Pemindai: the folder where this workstation's scanner saves (empty: none watched). */
public final class ScanFolderViewModel {

    private final ScanFolder.Setting setting;
    private final Runnable changed;
    private final Supplier<Actor> actor;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty statusIsError = new SimpleBooleanProperty(false);

    /** {@code changed} runs after a save (the registration form's cached folder is dropped). */
    public ScanFolderViewModel(ScanFolder.Setting setting, Runnable changed, Supplier<Actor> actor, TaskRunner runner,
                               DialogService dialogs, I18n i18n) {
        this.setting = setting;
        this.changed = changed;
        this.actor = actor;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    public void load() {
        runner.run(setting::folder, f -> folder.set(f.map(Path::toString).orElse("")), dialogs::unexpected);
    }

    /** Saves the typed folder: it must exist and be a folder; empty stops watching. */
    public void save() {
        String text = folder.get() == null ? "" : folder.get().strip();
        Path path = null;
        if (!text.isEmpty()) {
            try {
                path = Path.of(text);
            } catch (InvalidPathException e) {
                path = null;
            }
            if (path == null || !Files.isDirectory(path)) {
                show(i18n.t("scanFolder.notAFolder", text), true);
                return;
            }
        }
        Path chosen = path;
        String who = actor.get().label();
        runner.run(() -> {
            setting.set(chosen, who);
            return chosen;
        }, p -> {
            changed.run();
            show(p == null ? i18n.t("scanFolder.cleared") : i18n.t("scanFolder.saved", p.toString()), false);
        }, dialogs::unexpected);
    }

    private void show(String text, boolean error) {
        statusIsError.set(error);
        status.set(text);
    }

    public StringProperty folder() {
        return folder;
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty statusIsError() {
        return statusIsError;
    }
}
