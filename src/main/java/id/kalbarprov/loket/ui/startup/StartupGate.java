package id.kalbarprov.loket.ui.startup;

import id.kalbarprov.loket.core.backup.BrokenDatabase;
import id.kalbarprov.loket.core.backup.StartupPort;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.common.Theme;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The start-up safety step: a quick check, and the guided restore instead of the main window if needed. */
public final class StartupGate {

    private final StartupPort checks;

    public StartupGate(StartupPort checks) {
        this.checks = checks;
    }

    /**
     * True when the database is usable (go on to the main window). Otherwise shows the guided restore
     * on {@code stage} and returns false; after a restore it calls {@code reopen}.
     */
    public boolean passes(Path file, Stage stage, I18n i18n, TaskRunner runner, DialogService dialogs,
                          Runnable reopen) {
        Optional<BrokenDatabase> broken;
        try {
            broken = checks.checkFast(file);
        } catch (RuntimeException e) {
            // e.g. the folder of a new database cannot be created: the app's own "cannot open" message follows
            org.slf4j.LoggerFactory.getLogger(StartupGate.class).error("Start-up check of {} failed", file, e);
            return true;
        }
        broken.ifPresent(b -> show(stage, b, i18n, runner, dialogs, Clock.systemDefaultZone(), reopen));
        return broken.isEmpty();
    }

    /**
     * Right after the window shows: {@code PRAGMA quick_check} on a thread of its own (it reads the whole
     * file); damage found replaces the window with the guided restore.
     */
    public void checkInBackground(Path file, Stage stage, I18n i18n, TaskRunner runner, DialogService dialogs,
                                  Runnable reopen) {
        Thread t = new Thread(() -> {
            try {
                checks.checkDeep(file).ifPresent(broken -> Platform.runLater(
                        () -> show(stage, broken, i18n, runner, dialogs, Clock.systemDefaultZone(), reopen)));
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(StartupGate.class).error("Background check of {} failed", file, e);
            }
        }, "loket-startup-check");
        t.setDaemon(true);
        t.start();
    }

    /** The full check (quick_check included) now; true when it found damage and the guided restore shows. */
    public boolean restoreIfDamaged(Path file, Stage stage, I18n i18n, TaskRunner runner, DialogService dialogs,
                                    Runnable reopen) {
        try {
            Optional<BrokenDatabase> broken = checks.checkAll(file);
            if (broken.isPresent()) {
                show(stage, broken.get(), i18n, runner, dialogs, Clock.systemDefaultZone(), reopen);
                return true;
            }
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(StartupGate.class).error("Full check of {} failed", file, e);
        }
        return false;
    }

    /** Shows the guided restore for {@code broken} on {@code stage}. */
    public StartupRestoreView show(Stage stage, BrokenDatabase broken, I18n i18n, TaskRunner runner,
                                   DialogService dialogs, Clock clock, Runnable reopen) {
        StartupRestoreViewModel vm = new StartupRestoreViewModel(broken, checks.backups(broken.file()), i18n,
                runner, dialogs, clock, reopen);
        StartupRestoreView view = new StartupRestoreView(i18n, vm, Platform::exit);
        Scene scene = new Scene(view.root(), 900, 560);
        Theme.style(scene);
        stage.setTitle(i18n.t("app.title"));
        stage.setScene(scene);
        stage.show();
        return view;
    }
}
