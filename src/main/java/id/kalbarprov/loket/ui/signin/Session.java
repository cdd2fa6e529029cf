package id.kalbarprov.loket.ui.signin;

import id.kalbarprov.loket.core.audit.AuditService;
import id.kalbarprov.loket.core.auth.Actor;
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
import java.util.function.Function;
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
 */
public final class Session {

    private final I18n i18n;
    private final OperatorService operators;
    private final AuditService audit;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Function<Actor, MainWindow> openMain;
    private final StackPane root = new StackPane();
    private final PauseTransition idle;
    private final EventHandler<InputEvent> activity = e -> activity();

    private Actor actor;
    private MainWindow main;
    private StackPane shell;
    private IdleLockViewModel lock;

    /**
     * @param openMain builds the main window for the operator who just signed in (and records them
     *                 as the actor of the services)
     * @param idleTimeout idle time before the lock (a setting; tests pass milliseconds)
     */
    public Session(I18n i18n, OperatorService operators, AuditService audit, TaskRunner runner, DialogService dialogs,
                   Function<Actor, MainWindow> openMain, Duration idleTimeout) {
        this.i18n = i18n;
        this.operators = operators;
        this.audit = audit;
        this.runner = runner;
        this.dialogs = dialogs;
        this.openMain = openMain;
        this.idle = new PauseTransition(javafx.util.Duration.millis(idleTimeout.toMillis()));
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
        main = openMain.apply(signedIn);
        main.allow(item -> NavAccess.allowed(signedIn, item));
        main.addToNavigation(account(signedIn));
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
            runner.run(() -> audit.firstBrokenRow(signedIn), this::showBrokenChain, dialogs::unexpected);
        }
        idle.playFromStart();
    }

    private void showBrokenChain(Optional<Long> brokenAt) {
        if (brokenAt.isPresent() && main != null) {
            Label banner = new Label(i18n.t("audit.broken", brokenAt.get()) + " " + i18n.t("audit.broken.action"));
            banner.setId("audit-broken-banner");
            banner.getStyleClass().add("banner-danger");
            banner.setWrapText(true);
            banner.setMaxWidth(Double.MAX_VALUE);
            main.setBanner(banner);
        }
    }

    private VBox account(Actor a) {
        Label name = new Label(a.fullName());
        name.setId("shell-operator-name");
        name.getStyleClass().add("account-name");
        name.setWrapText(true);
        Label roles = new Label(a.roles().stream().sorted().map(r -> i18n.of("role", r)).collect(Collectors.joining(", ")));
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

    /** Change of one's own password over the main window; Esc or "Batal" closes it. */
    public void changePassword() {
        if (actor == null) {
            return;
        }
        StackPane[] holder = new StackPane[1];
        Runnable close = () -> shell.getChildren().remove(holder[0]);
        ChangePasswordViewModel vm = new ChangePasswordViewModel(operators, actor, null, runner, i18n,
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
        idle.playFromStart();
    }

    private void activity() {
        if (lock != null && !lock.locked().get()) {
            idle.playFromStart();
        }
    }
}
