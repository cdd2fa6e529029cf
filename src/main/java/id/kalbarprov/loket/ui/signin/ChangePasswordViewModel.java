package id.kalbarprov.loket.ui.signin;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.OperatorService;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * Changing one's own password. Forced after a reset (the password just typed at sign-in is the old
 * one, so only the new one is asked), or by choice from the shell (the old one is asked).
 */
public final class ChangePasswordViewModel {

    private final OperatorService operators;
    private final Actor actor;
    private final String knownOld;
    private final TaskRunner runner;
    private final I18n i18n;
    private final Consumer<Throwable> onError;
    private final Runnable onDone;

    private final StringProperty oldPassword = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty confirm = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    /** @param knownOld the password typed at sign-in (forced change), or null to ask for it */
    public ChangePasswordViewModel(OperatorService operators, Actor actor, String knownOld, TaskRunner runner,
                                   I18n i18n, Consumer<Throwable> onError, Runnable onDone) {
        this.operators = operators;
        this.actor = actor;
        this.knownOld = knownOld;
        this.runner = runner;
        this.i18n = i18n;
        this.onError = onError;
        this.onDone = onDone;
    }

    public boolean forced() {
        return knownOld != null;
    }

    public Actor actor() {
        return actor;
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        String old = forced() ? knownOld : oldPassword.get();
        String pw = newPassword.get();
        if (!pw.isEmpty() && !pw.equals(confirm.get())) {
            errors.put(SignInViewModel.CONFIRM, i18n.t(SignInViewModel.MISMATCH));
            return;
        }
        busy.set(true);
        runner.run(() -> {
            operators.changeOwnPassword(actor, old, pw);
            return Boolean.TRUE;
        }, ok -> {
            busy.set(false);
            oldPassword.set("");
            newPassword.set("");
            confirm.set("");
            onDone.run();
        }, e -> {
            busy.set(false);
            if (e instanceof ValidationException v) {
                Errors.show(i18n, v, errors);
            } else {
                onError.accept(e);
            }
        });
    }

    public StringProperty oldPassword() {
        return oldPassword;
    }

    public StringProperty newPassword() {
        return newPassword;
    }

    public StringProperty confirm() {
        return confirm;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }
}
