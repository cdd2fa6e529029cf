package id.kalbarprov.loket.ui.signin;

import id.kalbarprov.loket.core.audit.AuditService;
import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.OperatorInactiveException;
import id.kalbarprov.loket.core.auth.OperatorService;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.shell.MainWindow;
import id.kalbarprov.loket.ui.shell.NavAccess;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The app from sign-in to sign-out: the sign-in (or create-the-administrator) screen, a forced
 * password change after a reset, the main window for the signed-in operator, and the idle lock
 * that covers it after the idle minutes. The scene's root stays this one node throughout.
 *
 * <p>The operator's rights are live (docs/decisions/0012-live-permissions.md): at each change of
 * screen, and after any action the core refused, the session re-reads them. A deactivated operator
 * is told so and signed out; changed roles update the navigation and the tabs of Pengaturan.
 */
public final class Session {

    private final I18n i18n;
    private final OperatorService operators;
    private final AuditService audit;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final BiFunction<Actor, TaskRunner, MainWindow> openMain;
    private final Consumer<Actor> rightsChanged;
    private final Supplier<Duration> idleTimeout;
    private final TaskRunner guarded = new Guarded();
    private final StackPane root = new StackPane();
    private final PauseTransition idle;
    private final EventHandler<InputEvent> activity = e -> activity();

    private Actor actor;
    private MainWindow main;
    private StackPane shell;
    private IdleLockViewModel lock;
    private Label rolesLabel;

    /**
     * @param openMain builds the main window for the operator who just signed in (and records them
     *                 as the actor of the services)
     * @param idleTimeout idle time before the lock (a setting; tests pass milliseconds)
     */
    public Session(I18n i18n, OperatorService operators, AuditService audit, TaskRunner runner, DialogService dialogs,
                   Function<Actor, MainWindow> openMain, Duration idleTimeout) {
        this(i18n, operators, audit, runner, dialogs, (a, r) -> openMain.apply(a), a -> { }, () -> idleTimeout);
    }

    /**
     * @param openMain builds the main window for the operator who just signed in, its screens
     *                 running their work on the given runner (which watches for refusals)
     * @param rightsChanged records the operator again as the actor of the services after their
     *                      roles changed (the tabs of Pengaturan are built from it)
     * @param idleTimeout the idle minutes setting, read at each sign-in and unlock
     */
    public Session(I18n i18n, OperatorService operators, AuditService audit, TaskRunner runner, DialogService dialogs,
                   BiFunction<Actor, TaskRunner, MainWindow> openMain, Consumer<Actor> rightsChanged,
                   Supplier<Duration> idleTimeout) {
        this.i18n = i18n;
        this.operators = operators;
        this.audit = audit;
        this.runner = runner;
        this.dialogs = dialogs;
        this.openMain = openMain;
        this.rightsChanged = rightsChanged;
        this.idleTimeout = idleTimeout;
        this.idle = new PauseTransition(javafx.util.Duration.minutes(10));
        idle.setOnFinished(e -> lockNow());
        root.setId("session-root");
        root.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(InputEvent.ANY, activity);
            }
            if (scene != null) {
                scene.addEventFilter(InputEvent.ANY, activity);
            }
        });
    }

    public Parent root() {
        return root;
    }

    /** The signed-in operator, or null. */
    public Actor actor() {
        return actor;
    }

    /** The main window while signed in, or null. */
    public MainWindow main() {
        return main;
    }

    /** Shows the sign-in screen (or "create the administrator" on a fresh database). */
    public void start() {
        idle.stop();
        actor = null;
        main = null;
        lock = null;
        Scene scene = root.getScene();
        if (scene != null) {
            scene.getAccelerators().clear();
        }
        SignInViewModel vm = new SignInViewModel(operators, runner, i18n, dialogs::unexpected, this::signedIn);
        SignInView view = new SignInView(i18n, vm);
        root.getChildren().setAll(view.view());
        vm.start();
    }

    private void signedIn(OperatorService.SignIn s, String typedPassword) {
        if (s.mustChangePassword()) {
            ChangePasswordViewModel vm = new ChangePasswordViewModel(operators, s.actor(), typedPassword, runner, i18n,
                    dialogs::unexpected, () -> openShell(s.actor()));
            ChangePasswordView view = new ChangePasswordView(i18n, vm, null, this::start);
            root.getChildren().setAll(view.view());
            view.focus();
        } else {
            openShell(s.actor());
        }
    }

    private void openShell(Actor signedIn) {
        actor = signedIn;
        main = openMain.apply(signedIn, guarded);
        main.allow(item -> NavAccess.allowed(signedIn, item));
        main.addToNavigation(account(signedIn));
        main.onShown(item -> refreshRights());
        shell = new StackPane(main.root());
        root.getChildren().setAll(shell);
        if (root.getScene() != null) {
            main.installShortcuts(root.getScene());
        }
        main.show(NavItem.BERANDA);
        lock = new IdleLockViewModel(operators, signedIn, runner, i18n, dialogs::unexpected);
        lock.locked().addListener((o, was, locked) -> {
            if (!locked) {
                unlock();
            }
        });
        if (signedIn.roles().contains(Role.ADMIN)) {
            // Both read every record (minutes at 1,000,000 letters): on their own thread, so Beranda and
            // Surat Masuk do not wait for them.
            TaskRunner checks = runner.slow();
            checks.run(() -> audit.firstBrokenRow(signedIn), this::showBrokenChain, dialogs::unexpected);
            checks.run(() -> audit.changedRecords(signedIn), this::showChangedRecords, dialogs::unexpected);
        }
        restartIdleTimer();
    }

    /** Reads the idle minutes setting (an administrator may have changed it) and restarts the timer. */
    private void restartIdleTimer() {
        runner.run(idleTimeout::get, d -> {
            idle.stop();
            idle.setDuration(javafx.util.Duration.millis(d.toMillis()));
            if (lock != null && !lock.locked().get()) {
                idle.playFromStart();
            }
        }, dialogs::unexpected);
    }

    /**
     * Re-reads the signed-in operator's active flag and roles. Deactivated: a message and the
     * sign-in screen. Roles changed: the navigation, the roles under the name and the tabs of
     * Pengaturan follow; a room no longer allowed goes back to Beranda.
     */
    public void refreshRights() {
        Actor was = actor;
        if (was == null) {
            return;
        }
        runner.run(() -> operators.refresh(was), fresh -> {
            if (actor != was) {
                return; // signed out (or refreshed) meanwhile
            }
            if (fresh.isEmpty()) {
                signOutDeactivated();
            } else if (!fresh.get().roles().equals(was.roles())) {
                applyRoles(fresh.get());
            }
        }, dialogs::unexpected);
    }

    private void applyRoles(Actor fresh) {
        actor = fresh;
        rightsChanged.accept(fresh);
        main.allow(item -> NavAccess.allowed(fresh, item));
        rolesLabel.setText(rolesText(fresh));
        main.rebuild(NavItem.PENGATURAN);
        if (main.current() != null && !NavAccess.allowed(fresh, main.current())) {
            main.show(NavItem.BERANDA);
        }
    }

    private void signOutDeactivated() {
        start();
        dialogs.error(i18n.t("session.inactive.title"), i18n.t("session.inactive.message"));
    }

    /**
     * The runner the screens use: a refusal because the operator was deactivated signs them out
     * (the screen's own handler is not called: the window is gone); any other refusal re-reads the
     * rights and then goes to the screen's handler, which says what is missing.
     */
    private final class Guarded implements TaskRunner {
        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            runner.run(work, onSuccess, e -> {
                AccessDeniedException denied = denial(e);
                if (denied instanceof OperatorInactiveException && actor != null) {
                    signOutDeactivated();
                    return;
                }
                if (denied != null) {
                    refreshRights();
                }
                onFailure.accept(e);
            });
        }
    }

    private static AccessDeniedException denial(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException d) {
                return d;
            }
        }
        return null;
    }

    /**
     * Beranda (and every room) tells the Admin that records were changed behind the app's back; the
     * banner's button opens the panel that names them, in words.
     */
    private void showChangedRecords(java.util.List<String> changed) {
        if (changed.isEmpty() || main == null) {
            return;
        }
        this.changed = changed;
        changedText = i18n.t("audit.changed.summary", changed.size());
        auditBanner();
    }

    private java.util.List<String> changed = java.util.List.of();
    private javafx.scene.Node changedPanel;

    /** The panel of changed records over the window; closing it gives the focus back to the banner's button. */
    private void openChangedRecords() {
        if (changedPanel != null || shell == null) {
            return;
        }
        var panel = new id.kalbarprov.loket.ui.audit.ChangedRecordsPanel(
                new id.kalbarprov.loket.ui.audit.ChangedRecordsViewModel(changed), i18n, () -> {
                    shell.getChildren().remove(changedPanel);
                    changedPanel = null;
                });
        changedPanel = panel.root();
        shell.getChildren().add(changedPanel);
        changedPanel.lookup("#audit-changed-close").requestFocus();
    }

    private void showBrokenChain(Optional<Long> brokenAt) {
        if (brokenAt.isPresent() && main != null) {
            brokenText = i18n.t("audit.broken", brokenAt.get());
            auditBanner();
        }
    }

    private String brokenText;
    private String changedText;

    /** One banner for the chain and the records, whichever was found first; the records open in a panel. */
    private void auditBanner() {
        Label banner = new Label((brokenText == null ? "" : brokenText + "\n")
                + (changedText == null ? "" : changedText + "\n")
                + i18n.t(brokenText != null ? "audit.broken.action" : "audit.changed.action"));
        banner.setId(brokenText != null ? "audit-broken-banner" : "audit-changed-records");
        banner.getStyleClass().add("banner-danger");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        if (changed.isEmpty()) {
            main.setBanner(banner);
            return;
        }
        Button open = new Button(i18n.t("audit.changed.open"));
        open.setId("audit-changed-open");
        open.setOnAction(e -> openChangedRecords());
        open.setMinWidth(Button.USE_PREF_SIZE);
        HBox row = new HBox(12, banner, open);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(banner, javafx.scene.layout.Priority.ALWAYS);
        row.getStyleClass().add("banner-danger");
        main.setBanner(row);
    }

    private VBox account(Actor a) {
        Label name = new Label(a.fullName());
        name.setId("shell-operator-name");
        name.getStyleClass().add("account-name");
        name.setWrapText(true);
        Label roles = new Label(rolesText(a));
        rolesLabel = roles;
        roles.setId("shell-operator-roles");
        roles.getStyleClass().addAll("text-small", "text-muted");
        roles.setWrapText(true);
        Button change = new Button(i18n.t("shell.changePassword"));
        change.setId("shell-change-password");
        change.getStyleClass().add("small");
        change.setOnAction(e -> changePassword());
        Button out = new Button(i18n.t("shell.signOut"));
        out.setId("shell-signout");
        out.getStyleClass().add("small");
        out.setOnAction(e -> start());
        VBox box = new VBox(4, name, roles, new HBox(6, change, out));
        box.setId("shell-account");
        box.getStyleClass().add("account");
        return box;
    }

    private String rolesText(Actor a) {
        return a.roles().stream().sorted().map(r -> i18n.of("role", r)).collect(Collectors.joining(", "));
    }

    /** Change of one's own password over the main window; Esc or "Batal" closes it. */
    public void changePassword() {
        if (actor == null) {
            return;
        }
        StackPane[] holder = new StackPane[1];
        Runnable close = () -> shell.getChildren().remove(holder[0]);
        ChangePasswordViewModel vm = new ChangePasswordViewModel(operators, actor, null, guarded, i18n,
                dialogs::unexpected, () -> {
                    close.run();
                    dialogs.info(i18n.t("password.title"), i18n.t("password.changed"));
                });
        ChangePasswordView view = new ChangePasswordView(i18n, vm, close, this::start);
        holder[0] = (StackPane) view.view();
        shell.getChildren().add(holder[0]);
        view.focus();
    }

    /** Covers the window now, as the idle timer does. */
    public void lockNow() {
        if (lock == null || lock.locked().get()) {
            return;
        }
        lock.lock();
        main.root().setVisible(false);
        IdleLockView view = new IdleLockView(i18n, lock, this::start);
        shell.getChildren().add(view.view());
        view.focus();
    }

    private void unlock() {
        shell.getChildren().removeIf(n -> "lock-view".equals(n.getId()));
        main.root().setVisible(true);
        restartIdleTimer();
        refreshRights();
    }

    private void activity() {
        if (lock != null && !lock.locked().get()) {
            idle.playFromStart();
        }
    }
}
