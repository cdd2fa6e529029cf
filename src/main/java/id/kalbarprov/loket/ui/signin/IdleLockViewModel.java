package id.kalbarprov.loket.ui.signin;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.OperatorService;
import id.kalbarprov.loket.core.auth.SignInException;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The idle lock: after the idle minutes the screen is covered; only the same operator's password
 * (counted like a sign-in, so the lockout applies) opens it again, or the operator signs out.
 */
public final class IdleLockViewModel {

    private final OperatorService operators;
    private final Actor actor;
    private final TaskRunner runner;
    private final I18n i18n;
    private final Consumer<Throwable> onError;
    private final BooleanProperty locked = new SimpleBooleanProperty();
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public IdleLockViewModel(OperatorService operators, Actor actor, TaskRunner runner, I18n i18n,
                             Consumer<Throwable> onError) {
        this.operators = operators;
        this.actor = actor;
        this.runner = runner;
        this.i18n = i18n;
        this.onError = onError;
    }

    public Actor actor() {
        return actor;
    }

    public void lock() {
        password.set("");
        message.set("");
        locked.set(true);
    }

    public void unlock() {
        String pw = password.get();
        password.set("");
        runner.run(() -> operators.signIn(actor.username(), pw), s -> {
            if (s.actor().id() == actor.id()) {
                message.set("");
                locked.set(false);
            } else {
                message.set(i18n.t(SignInException.WRONG));
            }
        }, e -> {
            if (e instanceof SignInException s) {
                message.set(SignInViewModel.signInMessage(i18n, s));
            } else {
                onError.accept(e);
            }
        });
    }

    public BooleanProperty locked() {
        return locked;
    }

    public StringProperty password() {
        return password;
    }

    public StringProperty message() {
        return message;
    }
}
