package id.kalbarprov.loket.ui.signin;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.OperatorService;
import id.kalbarprov.loket.core.auth.SignInException;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.time.LocalDateTime;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The first screen: on a fresh database it creates the administrator, otherwise it signs an
 * operator in. Wrong username or password give one message; a lock says until when.
 */
public final class SignInViewModel {

    public enum Mode { FIRST_ADMIN, SIGN_IN }

    public static final String CONFIRM = "confirm";
    public static final String MISMATCH = "validation.password.mismatch";

    private final OperatorService operators;
    private final TaskRunner runner;
    private final I18n i18n;
    private final Consumer<Throwable> onError;
    /** Called with the signed-in operator and the password typed (for a forced change of password). */
    private final BiConsumer<OperatorService.SignIn, String> onSignedIn;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>();
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirm = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    public SignInViewModel(OperatorService operators, TaskRunner runner, I18n i18n, Consumer<Throwable> onError,
                           BiConsumer<OperatorService.SignIn, String> onSignedIn) {
        this.operators = operators;
        this.runner = runner;
        this.i18n = i18n;
        this.onError = onError;
        this.onSignedIn = onSignedIn;
    }

    /** Decides between "create the administrator" and "sign in". */
    public void start() {
        runner.run(operators::needsFirstAdministrator,
                first -> mode.set(first ? Mode.FIRST_ADMIN : Mode.SIGN_IN), onError);
    }

    public void submit() {
        if (busy.get() || mode.get() == null) {
            return;
        }
        errors.clear();
        message.set("");
        String user = username.get();
        String pw = password.get();
        if (mode.get() == Mode.FIRST_ADMIN) {
            if (!pw.isEmpty() && !pw.equals(confirm.get())) {
                errors.put(CONFIRM, i18n.t(MISMATCH));
                return;
            }
            String name = fullName.get();
            busy.set(true);
            runner.run(() -> operators.createFirstAdministrator(user, name, pw),
                    actor -> done(new OperatorService.SignIn(actor, false), pw), this::failed);
        } else {
            busy.set(true);
            runner.run(() -> operators.signIn(user, pw), s -> done(s, pw), this::failed);
        }
    }

    private void done(OperatorService.SignIn s, String typed) {
        busy.set(false);
        password.set("");
        confirm.set("");
        onSignedIn.accept(s, typed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        password.set("");
        confirm.set("");
        if (e instanceof SignInException s) {
            message.set(signInMessage(i18n, s));
        } else if (e instanceof ValidationException v) {
            Errors.show(i18n, v, errors);
        } else {
            onError.accept(e);
        }
    }

    /** The words for a refused sign-in; a lock says until when, Indonesian style. */
    public static String signInMessage(I18n i18n, SignInException s) {
        if (SignInException.LOCKED.equals(s.key()) && !s.args().isEmpty()
                && s.args().get(0) instanceof LocalDateTime until) {
            return i18n.t(s.key(), IndonesianDates.shortDateTime(until));
        }
        return i18n.t(s.key());
    }

    public ObjectProperty<Mode> mode() {
        return mode;
    }

    public StringProperty username() {
        return username;
    }

    public StringProperty fullName() {
        return fullName;
    }

    public StringProperty password() {
        return password;
    }

    public StringProperty confirm() {
        return confirm;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }
}
