package id.kalbarprov.loket.ui.startup;

import id.kalbarprov.loket.core.backup.BackupCheck;
import id.kalbarprov.loket.core.backup.BackupException;
import id.kalbarprov.loket.core.backup.BackupPort;
import id.kalbarprov.loket.core.backup.BrokenDatabase;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The guided restore shown instead of the main window when the database is unusable: what is
 * wrong, the newest verified backup, restore it or choose another file. Never a new empty database.
 */
public final class StartupRestoreViewModel {

    private final BrokenDatabase broken;
    private final BackupPort port;
    private final I18n i18n;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Clock clock;
    private final Runnable onRestored;
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public StartupRestoreViewModel(BrokenDatabase broken, BackupPort port, I18n i18n, TaskRunner runner,
                                   DialogService dialogs, Clock clock, Runnable onRestored) {
        this.broken = broken;
        this.port = port;
        this.i18n = i18n;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
        this.onRestored = onRestored;
    }

    public String problem() {
        return i18n.of("startupProblem", broken.problem());
    }

    public String file() {
        return i18n.t("startup.file", broken.file());
    }

    /** The newest good backup in words, or where none was found. */
    public String newest() {
        return broken.newestGood().map(c -> i18n.t("startup.newest",
                        IndonesianDates.shortDateTime(c.backup().takenAt()), c.check().letters(),
                        i18n.t("backup.size", c.backup().sizeBytes() / 1_000_000.0), c.backup().file()))
                .orElse(i18n.t("startup.noBackup", broken.settings().folder()));
    }

    public boolean hasNewest() {
        return broken.newestGood().isPresent();
    }

    public void restoreNewest() {
        broken.newestGood().ifPresent(c -> restore(c.backup().file()));
    }

    /** A file the user picked (null when cancelled): verified first, refused with the reason. */
    public void restoreFrom(Path chosen) {
        if (chosen == null) {
            return;
        }
        busy.set(true);
        runner.run(() -> port.verify(chosen), check -> {
            busy.set(false);
            if (check.ok()) {
                restore(chosen);
            } else {
                refuse(check);
            }
        }, this::failed);
    }

    private void refuse(BackupCheck check) {
        dialogs.error(i18n.t("startup.badChoice.title"), i18n.t("backupProblem." + check.problem().name()));
    }

    private void restore(Path backup) {
        busy.set(true);
        runner.run(() -> port.restore(backup, LocalDateTime.now(clock).withNano(0)), kept -> {
            busy.set(false);
            dialogs.info(i18n.t("startup.restored.title"), i18n.t("startup.restored.message", backup,
                    kept == null ? "-" : kept.getFileName()));
            onRestored.run();
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof BackupException b) {
            dialogs.error(i18n.t("startup.badChoice.title"), i18n.t("backupProblem." + b.problem().name(), b.detail()));
        } else {
            dialogs.unexpected(e);
        }
    }

    public BooleanProperty busy() {
        return busy;
    }
}
