package id.kalbarprov.loket;

import id.kalbarprov.loket.core.database.DatabaseException;
import id.kalbarprov.loket.store.DbLocation;
import atlantafx.base.theme.PrimerLight;
import id.kalbarprov.loket.ui.common.FxDialogService;
import id.kalbarprov.loket.ui.common.FxTaskRunner;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.signin.Session;
import id.kalbarprov.loket.ui.startup.StartupGate;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: opens the database given by the launcher and shows the main window. */
public final class LoketApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(LoketApp.class);
    static volatile DbLocation database;
    static volatile long launchedAtNanos;

    private final FxTaskRunner runner = new FxTaskRunner();
    private AutoBackup autoBackup;
    private volatile Loket opened;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        I18n i18n = new I18n(Locale.forLanguageTag(System.getProperty("loket.lang", "id")));
        FxDialogService dialogs = new FxDialogService(i18n, () -> stage);
        if (opened != null) { // started again after a guided restore: let go of the replaced file
            opened.database().close();
            opened = null;
        }
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            LOG.error("Uncaught on {}", t.getName(), e);
            if (Platform.isFxApplicationThread()) {
                dialogs.unexpected(e);
            }
        });
        Path databaseFile = database instanceof DbLocation.File f ? f.path() : null;
        if (databaseFile != null && !StartupGate.passes(databaseFile, stage, i18n, runner, dialogs, () -> start(stage))) {
            return; // the guided restore is showing; after a restore it starts again from the top
        }
        Loket loket;
        Session session;
        try {
            loket = Loket.open(Objects.requireNonNull(database), Clock.systemDefaultZone());
            this.opened = loket;
            dialogs.recogniseDatabaseProblems(loket.database()::problemOf);
            Loket opened = loket;
            session = new Session(i18n, loket.operators(), loket.audit(), runner, dialogs, (actor, guarded) -> {
                opened.signIn(actor);
                return opened.mainWindow(i18n, guarded, dialogs, i18n.t("shell.database", database.display()));
            }, opened::signIn, () -> opened.operators().policy().idleLock());
        } catch (DatabaseException e) {
            // Not usable as it is (server unreachable, wrong password, another application's, newer, on a
            // network share): what is wrong and what to do, in words; nothing was written.
            LOG.error("Cannot open database {}: {}", database.display(), e.problem(), e);
            dialogs.error(i18n.t("error.dbOpen.title"), i18n.of("dbProblem", e.problem(), e.args().toArray()));
            Platform.exit();
            return;
        } catch (RuntimeException e) {
            LOG.error("Cannot open database {}", database.display(), e);
            // Damage the quick start-up checks did not reach: the full check, then the guided restore.
            if (databaseFile != null
                    && StartupGate.restoreIfDamaged(databaseFile, stage, i18n, runner, dialogs, () -> start(stage))) {
                return;
            }
            dialogs.error(i18n.t("error.dbOpen.title"), i18n.t("error.dbOpen.message", database.display()));
            Platform.exit();
            return;
        }
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(session.root(), Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/css/loket.css")).toExternalForm());
        stage.setTitle(i18n.t("app.title"));
        stage.setScene(scene);
        stage.setMinWidth(Math.min(1024, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        session.start();
        stage.show();
        if (databaseFile != null) {
            StartupGate.checkInBackground(databaseFile, stage, i18n, runner, dialogs, () -> start(stage));
        }
        autoBackup = new AutoBackup(loket.backups(), e -> Platform.runLater(() -> dialogs.error(
                i18n.t("backup.failed.title"), e instanceof id.kalbarprov.loket.core.backup.BackupException b
                        ? i18n.t("backupProblem." + b.problem().name()) : i18n.t("error.unexpected.message"))));
        autoBackup.start();
        LOG.info("Window shown {} ms after launch", (System.nanoTime() - launchedAtNanos) / 1_000_000);
    }

    @Override
    public void stop() {
        runner.close();
        if (autoBackup != null) {
            autoBackup.stopAndBackUp();
        }
        if (opened != null) {
            opened.stopWatching();
            opened.database().close(); // checkpoints the write-ahead log into the file as it closes
        }
    }
}
