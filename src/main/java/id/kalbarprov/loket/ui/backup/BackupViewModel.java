package id.kalbarprov.loket.ui.backup;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.backup.BackupException;
import id.kalbarprov.loket.core.backup.BackupInfo;
import id.kalbarprov.loket.core.backup.BackupService;
import id.kalbarprov.loket.core.backup.BackupSettings;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.common.Refusal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Pengaturan › Cadangan: the backup folder and how many to keep, "Cadangkan sekarang", the list of
 * backups and restore from one. After a restore the app closes (its screens still hold the replaced
 * data); the user opens it again. That is the simplest behaviour that is honest about what happened.
 */
public final class BackupViewModel {

    private final BackupService service;
    private final Supplier<Actor> actor;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Runnable closeApp;

    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final StringProperty keep = new SimpleStringProperty("");
    private final StringProperty maxMegabytes = new SimpleStringProperty("");
    private final StringProperty maxMegabytesError = new SimpleStringProperty("");
    private final StringProperty folderError = new SimpleStringProperty("");
    private final StringProperty keepError = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<BackupInfo> backups = FXCollections.observableArrayList();
    private final ObjectProperty<BackupInfo> selected = new SimpleObjectProperty<>();
    private BackupSettings saved;

    public BackupViewModel(BackupService service, Supplier<Actor> actor, TaskRunner runner, DialogService dialogs,
                           I18n i18n, Runnable closeApp) {
        this.service = service;
        this.actor = actor;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.closeApp = closeApp;
    }

    private record Loaded(BackupSettings settings, List<BackupInfo> backups) {
    }

    public void load() {
        busy.set(true);
        runner.run(() -> new Loaded(service.settings(), service.list()), l -> {
            busy.set(false);
            saved = l.settings();
            folder.set(l.settings().folder());
            keep.set(Integer.toString(l.settings().keep()));
            maxMegabytes.set(Long.toString(l.settings().maxMegabytes()));
            backups.setAll(l.backups());
        }, e -> {
            busy.set(false);
            dialogs.unexpected(e);
        });
    }

    /** The folder picked in the DirectoryChooser (null when cancelled). */
    public void chooseFolder(Path chosen) {
        if (chosen != null) {
            folder.set(chosen);
            folderError.set("");
        }
    }

    /** The settings as typed, or null with the field errors shown. */
    private BackupSettings typed() {
        folderError.set("");
        keepError.set("");
        maxMegabytesError.set("");
        int n;
        try {
            n = Integer.parseInt(keep.get() == null ? "" : keep.get().strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        long mb;
        String typedMb = maxMegabytes.get() == null ? "" : maxMegabytes.get().strip();
        try {
            mb = typedMb.isEmpty() ? 0 : Long.parseLong(typedMb);
        } catch (NumberFormatException e) {
            mb = -1;
        }
        return new BackupSettings(folder.get(), n, mb);
    }

    public void save() {
        BackupSettings s = typed();
        busy.set(true);
        runner.run(() -> {
            service.saveSettings(s, actor.get());
            return service.list();
        }, list -> {
            busy.set(false);
            saved = s;
            backups.setAll(list);
            status.set(i18n.t("backup.saved"));
        }, e -> failed("backup.failed.title", e));
    }

    /** "Cadangkan sekarang": saves changed settings first, then writes and verifies a backup. */
    public void backupNow() {
        BackupSettings s = typed();
        boolean changed = !s.equals(saved);
        busy.set(true);
        status.set(i18n.t("backup.busy"));
        runner.run(() -> {
            if (changed) {
                service.saveSettings(s, actor.get());
            }
            BackupInfo written = service.backupNow(actor.get());
            return new Loaded(s, List.of(written));
        }, done -> {
            busy.set(false);
            saved = s;
            BackupInfo b = done.backups().get(0);
            status.set(i18n.t("backup.done", b.file().getFileName(), size(b)));
            refresh();
        }, e -> failed("backup.failed.title", e));
    }

    private void refresh() {
        runner.run(service::list, backups::setAll, dialogs::unexpected);
    }

    public void restoreSelected() {
        BackupInfo b = selected.get();
        if (b == null) {
            return;
        }
        if (!dialogs.confirm(i18n.t("backup.restore.confirm.title"),
                i18n.t("backup.restore.confirm.message", date(b)))) {
            return;
        }
        busy.set(true);
        runner.run(() -> service.restore(b.file(), actor.get()), kept -> {
            busy.set(false);
            dialogs.info(i18n.t("backup.restored.title"), i18n.t("backup.restored.message", date(b),
                    kept == null ? "-" : kept.getFileName()));
            closeApp.run();
        }, e -> failed("backup.restoreFailed.title", e));
    }

    private void failed(String titleKey, Throwable e) {
        busy.set(false);
        status.set("");
        if (e instanceof ValidationException v) {
            for (Violation violation : v.violations()) {
                String text = i18n.t(violation.key(), violation.args().toArray());
                if (violation.field().equals(BackupService.KEEP)) {
                    keepError.set(text);
                } else if (violation.field().equals(BackupService.MAX_MB)) {
                    maxMegabytesError.set(text);
                } else {
                    folderError.set(text);
                }
            }
        } else if (e instanceof BackupException b) {
            dialogs.error(i18n.t(titleKey), i18n.t("backupProblem." + b.problem().name(), b.detail()));
        } else if (e instanceof AccessDeniedException) {
            dialogs.error(i18n.t(titleKey), Refusal.explain(i18n, i18n.t("backup.denied"), e));
        } else {
            dialogs.unexpected(e);
        }
    }

    public String date(BackupInfo b) {
        return IndonesianDates.shortDateTime(b.takenAt());
    }

    public String size(BackupInfo b) {
        return i18n.t("backup.size", b.sizeBytes() / 1_000_000.0);
    }

    public ObjectProperty<Path> folder() {
        return folder;
    }

    public StringProperty keep() {
        return keep;
    }

    public StringProperty folderError() {
        return folderError;
    }

    public StringProperty keepError() {
        return keepError;
    }

    /** The size limit of the backup folder in megabytes, as typed (empty or 0: none). */
    public StringProperty maxMegabytes() {
        return maxMegabytes;
    }

    public StringProperty maxMegabytesError() {
        return maxMegabytesError;
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public ObservableList<BackupInfo> backups() {
        return backups;
    }

    public ObjectProperty<BackupInfo> selected() {
        return selected;
    }
}
