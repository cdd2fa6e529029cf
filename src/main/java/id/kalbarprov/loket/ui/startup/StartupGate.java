package id.kalbarprov.loket.ui.startup;

import id.kalbarprov.loket.store.BackupStore;
import id.kalbarprov.loket.store.StartupCheck;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The start-up safety step: a quick check, and the guided restore instead of the main window if needed. */
public final class StartupGate {

    private StartupGate() {
    }

    /**
     * True when the database is usable (go on to the main window). Otherwise shows the guided restore
     * on {@code stage} and returns false; after a restore it calls {@code reopen}.
     */
    public static boolean passes(Path file, Stage stage, I18n i18n, TaskRunner runner, DialogService dialogs,
                                 Runnable reopen) {
        StartupCheck.Result result;
        try {
            result = StartupCheck.runFast(file);
        } catch (RuntimeException e) {
            // e.g. the folder of a new database cannot be created: the app's own "cannot open" message follows
            org.slf4j.LoggerFactory.getLogger(StartupGate.class).error("Start-up check of {} failed", file, e);
            return true;
        }
        if (result instanceof StartupCheck.Broken broken) {
            show(stage, broken, i18n, runner, dialogs, Clock.systemDefaultZone(), reopen);
            return false;
        }
        ((StartupCheck.Ready) result).database().close(); // the app opens its own next
        return true;
    }

    /**
     * Right after the window shows: {@code PRAGMA quick_check} on a thread of its own (it reads the whole
     * file); damage found replaces the window with the guided restore.
     */
    public static void checkInBackground(Path file, Stage stage, I18n i18n, TaskRunner runner,
                                         DialogService dialogs, Runnable reopen) {
        Thread t = new Thread(() -> {
            try {
                StartupCheck.deepCheck(file).ifPresent(broken -> Platform.runLater(
                        () -> show(stage, broken, i18n, runner, dialogs, Clock.systemDefaultZone(), reopen)));
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(StartupGate.class).error("Background check of {} failed", file, e);
            }
        }, "loket-startup-check");
        t.setDaemon(true);
        t.start();
    }

    /** The full check (quick_check included) now; true when it found damage and the guided restore shows. */
    public static boolean restoreIfDamaged(Path file, Stage stage, I18n i18n, TaskRunner runner,
                                           DialogService dialogs, Runnable reopen) {
        try {
            if (StartupCheck.run(file) instanceof StartupCheck.Broken broken) {
                show(stage, broken, i18n, runner, dialogs, Clock.systemDefaultZone(), reopen);
                return true;
            }
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(StartupGate.class).error("Full check of {} failed", file, e);
        }
        return false;
    }

    /** Shows the guided restore for {@code broken} on {@code stage}. */
    public static StartupRestoreView show(Stage stage, StartupCheck.Broken broken, I18n i18n, TaskRunner runner,
                                          DialogService dialogs, Clock clock, Runnable reopen) {
        StartupRestoreViewModel vm = new StartupRestoreViewModel(broken, new BackupStore(broken.file(), null), i18n,
                runner, dialogs, clock, reopen);
        StartupRestoreView view = new StartupRestoreView(i18n, vm, Platform::exit);
        Scene scene = new Scene(view.root(), 900, 560);
        scene.getStylesheets().add(Objects.requireNonNull(StartupGate.class.getResource("/css/loket.css"))
                .toExternalForm());
        stage.setTitle(i18n.t("app.title"));
        stage.setScene(scene);
        stage.show();
        return view;
    }
}
