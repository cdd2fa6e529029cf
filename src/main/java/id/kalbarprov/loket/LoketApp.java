package id.kalbarprov.loket;

import id.kalbarprov.loket.ui.common.Theme;
import id.kalbarprov.loket.core.database.DatabaseException;
import id.kalbarprov.loket.core.database.DatabaseProblem;
import id.kalbarprov.loket.ui.workstation.WorkstationView;
import id.kalbarprov.loket.ui.workstation.WorkstationViewModel;
import id.kalbarprov.loket.store.DbLocation;
import id.kalbarprov.loket.core.backup.BrokenDatabase;
import id.kalbarprov.loket.store.StartupStore;
import id.kalbarprov.loket.ui.common.FxDialogService;
import id.kalbarprov.loket.ui.common.FxTaskRunner;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.signin.Session;
import id.kalbarprov.loket.ui.startup.OpeningView;
import id.kalbarprov.loket.ui.startup.StartupGate;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. The window shows first, with the app's name; the database is checked and
 * opened after that first frame, on the worker thread, and then the sign-in screen (or the guided
 * restore) takes the window (docs/decisions/0010, 0015).
 */
public final class LoketApp extends Application {

    /** The database --db or LOKET_DB gave; null: this workstation's kept choice, or the first screen asks. */
    static volatile DbLocation database;
    /** Where this workstation's choice is kept (tests point it at a folder of their own). */
    static volatile Workstation workstation;
    static volatile long launchedAtNanos;

    private final FxTaskRunner runner = new FxTaskRunner();
    private final StartupStore startupChecks = new StartupStore();
    private final StartupGate gate = new StartupGate(startupChecks);
    private AutoBackup autoBackup;
    private volatile Loket opened;

    /** Asked for when needed, not held in a static field: logback starts on its own thread (Logging). */
    private static Logger log() {
        return LoggerFactory.getLogger(LoketApp.class);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(Theme.userAgent());
        I18n i18n = new I18n(Locale.forLanguageTag(System.getProperty("loket.lang", "id")));
        FxDialogService dialogs = new FxDialogService(i18n, () -> stage);
        if (opened != null) { // started again after a guided restore: let go of the replaced file
            opened.stopWatching();
            opened.database().close();
            opened = null;
        }
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            log().error("Uncaught on {}", t.getName(), e);
            if (Platform.isFxApplicationThread()) {
                dialogs.unexpected(e);
            }
        });
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(OpeningView.root(i18n), Math.min(1280, screen.getWidth()),
                Math.min(800, screen.getHeight()));
        Theme.style(scene);
        stage.setTitle(i18n.t("app.title"));
        stage.setScene(scene);
        stage.setMinWidth(Math.min(1024, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        stage.show();
        StartupTiming.whenLaidOut(scene, () -> {
            StartupTiming.windowShown();
            log().info("Window shown {} ms after launch (JavaFX {})", (System.nanoTime() - launchedAtNanos) / 1_000_000,
                    System.getProperty("javafx.runtime.version"));
            setIcons(stage);
            begin(stage, scene, i18n, dialogs);
        });
    }

    /**
     * After the first frame: the database --db or LOKET_DB names, else this workstation's kept choice,
     * else the first screen of a new workstation asks (docs/decisions/0020). Reading the choice is a
     * small file, read on the worker thread like the rest.
     */
    private void begin(Stage stage, Scene scene, I18n i18n, FxDialogService dialogs) {
        DbLocation explicit = database;
        if (explicit != null) {
            open(stage, scene, i18n, dialogs, explicit, null);
            return;
        }
        Workstation here = workstation != null ? workstation : Workstation.ofThisUser();
        runner.run(here::stored, stored -> {
            if (stored.isPresent()) {
                open(stage, scene, i18n, dialogs, stored.get(), here);
            } else {
                choose(stage, scene, i18n, dialogs, here, null, null);
            }
        }, e -> {
            log().error("Cannot read this workstation's database choice {}", here.choiceFile(), e);
            choose(stage, scene, i18n, dialogs, here, null, null);
        });
    }

    /**
     * The first screen of a new workstation, or, with {@code server}, the same screen asking only for
     * the password the kept server choice needs ({@code problem} says why).
     */
    private void choose(Stage stage, Scene scene, I18n i18n, FxDialogService dialogs, Workstation here,
                        DbLocation.Server server, DatabaseException problem) {
        WorkstationViewModel vm = new WorkstationViewModel(here, runner, i18n, chosen -> {
            DbLocation location = chosen.server() == null ? here.thisComputer()
                    : here.server(chosen.server(), chosen.password());
            log().info("This workstation uses {}", location.display());
            scene.setRoot(OpeningView.root(i18n));
            open(stage, scene, i18n, dialogs, location, here);
        });
        if (server != null) {
            vm.askPassword(Workstation.addressOf(server), problem);
        }
        WorkstationView view = new WorkstationView(i18n, vm, Platform::exit);
        scene.setRoot(view.root());
        view.focus();
    }

    /** The window's icon in every size the desktops ask for (resources/icons, from packaging/icon/loket.svg). */
    private static void setIcons(Stage stage) {
        java.util.List<Image> icons = new java.util.ArrayList<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            icons.add(new Image(Objects.requireNonNull(
                    LoketApp.class.getResource("/icons/loket-" + size + ".png")).toExternalForm()));
        }
        stage.getIcons().setAll(icons); // setAll: start() runs again after a guided restore
    }

    /** What opening the database came to: the app's services, or the damage the quick checks found. */
    private record Opening(Loket loket, BrokenDatabase broken) {
    }

    /** True once this desk's user agreed to upgrade a shared database of an older Loket. */
    private boolean upgradeConfirmed;

    /**
     * After the first frame, on the worker thread: the quick start-up checks open and migrate the
     * database (docs/decisions/0010), the services are wired; back on
     * the FX thread the sign-in screen replaces the opening card, or the guided restore the window.
     */
    private void open(Stage stage, Scene scene, I18n i18n, FxDialogService dialogs, DbLocation location,
                      Workstation chosenHere) {
        // The quick checks and the guided restore are for a file on this computer; a server checks itself.
        Path file = location instanceof DbLocation.File f ? f.path() : null;
        Runnable reopen = () -> start(stage);
        runner.run(() -> {
            if (file != null) {
                try {
                    java.util.Optional<BrokenDatabase> broken = startupChecks.checkFast(file);
                    if (broken.isPresent()) {
                        return new Opening(null, broken.get());
                    }
                } catch (RuntimeException e) {
                    // e.g. the folder of a new database cannot be created: the app's own "cannot open" message follows
                    log().error("Start-up check of {} failed", file, e);
                }
            }
            return new Opening(Loket.open(location, Clock.systemDefaultZone(), upgradeConfirmed), null);
        }, opening -> {
            if (opening.broken() != null) {
                gate.show(stage, opening.broken(), i18n, runner, dialogs, Clock.systemDefaultZone(), reopen);
            } else {
                opening.loket().chosenBy(chosenHere);
                signIn(stage, scene, opening.loket(), i18n, dialogs, reopen);
            }
        }, e -> {
            DatabaseException problem = databaseProblem(e);
            if (problem != null && problem.problem() == DatabaseProblem.UPGRADE_NEEDED && !upgradeConfirmed) {
                // A shared database of an older Loket: upgraded only when this desk's user says so.
                log().warn("Database {} is schema V{}; asking before upgrading it to V{}", location.display(),
                        problem.args().get(0), problem.args().get(1));
                if (dialogs.confirm(i18n.t("upgrade.title"), i18n.of("dbProblem", problem.problem(),
                        problem.args().toArray()) + "\n\n" + i18n.t("upgrade.question", problem.args().get(0),
                        problem.args().get(1)), i18n.t("upgrade.action"))) {
                    upgradeConfirmed = true;
                    log().warn("Upgrade of {} from V{} confirmed at this desk", location.display(), problem.args().get(0));
                    open(stage, scene, i18n, dialogs, location, chosenHere);
                    return;
                }
                Platform.exit();
                return;
            }
            if (problem != null && chosenHere != null && location instanceof DbLocation.Server s
                    && (problem.problem() == DatabaseProblem.PASSWORD_MISSING
                    || problem.problem() == DatabaseProblem.AUTH_FAILED)) {
                // The kept server choice, but neither PGPASSWORD nor the password file let Loket in: ask for it.
                log().info("Asking for the password of {}: {}", location.display(), problem.problem());
                choose(stage, scene, i18n, dialogs, chosenHere, s, problem);
                return;
            }
            if (problem != null) {
                // Not usable as it is (server unreachable, wrong password, another application's, newer, on a
                // network share): what is wrong and what to do, in words; nothing was written.
                log().error("Cannot open database {}: {}", location.display(), problem.problem(), e);
                dialogs.error(i18n.t("error.dbOpen.title"), i18n.of("dbProblem", problem.problem(),
                        problem.args().toArray()));
                Platform.exit();
                return;
            }
            log().error("Cannot open database {}", location.display(), e);
            // Damage the quick start-up checks did not reach: the full check, then the guided restore.
            if (file == null || !gate.restoreIfDamaged(file, stage, i18n, runner, dialogs, reopen)) {
                dialogs.error(i18n.t("error.dbOpen.title"), i18n.t("error.dbOpen.message", location.display()));
                Platform.exit();
            }
        });
    }

    private static DatabaseException databaseProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabaseException d) {
                return d;
            }
        }
        return null;
    }

    private void signIn(Stage stage, Scene scene, Loket loket, I18n i18n, FxDialogService dialogs, Runnable reopen) {
        this.opened = loket;
        DbLocation location = loket.database().location();
        dialogs.recogniseDatabaseProblems(loket.database()::problemOf);
        Session session = new Session(i18n, loket.operators(), loket.audit(), runner, dialogs, (actor, guarded) -> {
            loket.signIn(actor);
            return loket.mainWindow(i18n, guarded, dialogs, i18n.t("shell.database", location.display()));
        }, loket::signIn, () -> loket.operators().policy().idleLock());
        scene.setRoot(session.root());
        session.start();
        StartupTiming.whenLaidOut(scene, () -> {
            StartupTiming.signInShown();
            log().info("Sign-in shown {} ms after launch", (System.nanoTime() - launchedAtNanos) / 1_000_000);
        });
        if (location instanceof DbLocation.File f) {
            gate.checkInBackground(f.path(), stage, i18n, runner, dialogs, reopen);
        }
        autoBackup = new AutoBackup(loket.backups(), e -> Platform.runLater(() -> dialogs.error(
                i18n.t("backup.failed.title"), e instanceof id.kalbarprov.loket.core.backup.BackupException b
                        ? i18n.t("backupProblem." + b.problem().name(), b.detail()) : i18n.t("error.unexpected.message"))));
        autoBackup.start();
        autoBackup.backUpOnSignal(AutoBackup.ON_SIGNAL, () -> loket.database().close());
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
