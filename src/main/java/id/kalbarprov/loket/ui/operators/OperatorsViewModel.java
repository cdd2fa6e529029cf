package id.kalbarprov.loket.ui.operators;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Operator;
import id.kalbarprov.loket.core.auth.OperatorService;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Refusal;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.signin.Errors;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Pengaturan → Operator: the administrator creates operators with one or more roles, edits names
 * and roles, deactivates (never deletes) and resets passwords. A temporary password is shown once.
 */
public final class OperatorsViewModel {

    private final OperatorService operators;
    private final Supplier<Actor> actor;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;

    private final ObservableList<Operator> list = FXCollections.observableArrayList();
    private final ObjectProperty<Operator> selected = new SimpleObjectProperty<>();
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final Map<Role, BooleanProperty> roles = new EnumMap<>(Role.class);
    private final BooleanProperty creating = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    public OperatorsViewModel(OperatorService operators, Supplier<Actor> actor, TaskRunner runner,
                              DialogService dialogs, I18n i18n) {
        this.operators = operators;
        this.actor = actor;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        for (Role r : Role.values()) {
            roles.put(r, new SimpleBooleanProperty());
        }
        selected.addListener((o, a, op) -> fill(op));
    }

    public void load() {
        Long keep = selected.get() == null ? null : selected.get().id();
        runner.run(() -> operators.list(actor.get()), ops -> {
            list.setAll(ops);
            Operator again = keep == null ? null
                    : ops.stream().filter(o -> o.id() == keep).findFirst().orElse(null);
            selected.set(again);
            if (again == null) {
                fill(null);
            }
        }, this::failed);
    }

    /** Clears the form for a new operator. */
    public void newOperator() {
        selected.set(null);
        fill(null);
    }

    private void fill(Operator op) {
        errors.clear();
        creating.set(op == null);
        username.set(op == null ? "" : op.username());
        fullName.set(op == null ? "" : op.fullName());
        password.set("");
        roles.forEach((r, p) -> p.set(op != null && op.roles().contains(r)));
        status.set(op == null ? "" : statusText(op));
    }

    private String statusText(Operator op) {
        StringBuilder b = new StringBuilder(i18n.t(op.active() ? "operators.status.active" : "operators.status.inactive"));
        if (op.lockedUntil() != null) {
            b.append(" · ").append(i18n.t("operators.status.locked",
                    id.kalbarprov.loket.core.text.IndonesianDates.shortDateTime(op.lockedUntil())));
        }
        if (op.mustChangePassword()) {
            b.append(" · ").append(i18n.t("operators.status.mustChange"));
        }
        return b.toString();
    }

    public Set<Role> chosenRoles() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach((r, p) -> {
            if (p.get()) {
                chosen.add(r);
            }
        });
        return chosen;
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        Actor me = actor.get();
        Set<Role> chosen = chosenRoles();
        String user = username.get();
        String name = fullName.get();
        String pw = password.get();
        Operator op = selected.get();
        busy.set(true);
        if (op == null) {
            runner.run(() -> operators.create(me, user, name, chosen, pw), created -> {
                busy.set(false);
                showPasswordOnce(created.operator(), created.temporaryPassword(), pw.isBlank());
                selected.set(created.operator());
                load();
            }, this::failed);
        } else {
            runner.run(() -> operators.update(me, op.id(), op.version(), name, chosen), updated -> {
                busy.set(false);
                dialogs.info(i18n.t("operators.saved.title"), i18n.t("operators.saved", updated.fullName()));
                selected.set(updated);
                load();
            }, this::failed);
        }
    }

    /** Deactivates the selected operator (or activates again); asks first. */
    public void toggleActive() {
        Operator op = selected.get();
        if (op == null || busy.get()) {
            return;
        }
        boolean activate = !op.active();
        if (!dialogs.confirm(i18n.t(activate ? "operators.activate" : "operators.deactivate"),
                i18n.t(activate ? "operators.activate.confirm" : "operators.deactivate.confirm", op.fullName()))) {
            return;
        }
        busy.set(true);
        runner.run(() -> operators.setActive(actor.get(), op.id(), op.version(), activate), done -> {
            busy.set(false);
            selected.set(done);
            load();
        }, this::failed);
    }

    /** Resets the selected operator's password to a temporary one shown once; asks first. */
    public void resetPassword() {
        Operator op = selected.get();
        if (op == null || busy.get()) {
            return;
        }
        if (!dialogs.confirm(i18n.t("operators.reset"), i18n.t("operators.reset.confirm", op.fullName()))) {
            return;
        }
        busy.set(true);
        runner.run(() -> operators.resetPassword(actor.get(), op.id(), op.version(), null), done -> {
            busy.set(false);
            showPasswordOnce(done.operator(), done.temporaryPassword(), true);
            selected.set(done.operator());
            load();
        }, this::failed);
    }

    private void showPasswordOnce(Operator op, String temporary, boolean generated) {
        dialogs.info(i18n.t("operators.password.title"), generated
                ? i18n.t("operators.password.generated", op.fullName(), op.username(), temporary)
                : i18n.t("operators.password.typed", op.fullName(), op.username()));
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof ValidationException v) {
            Errors.show(i18n, v, errors);
            if (errors.containsKey("active")) {
                dialogs.error(i18n.t("operators.refused.title"), errors.get("active"));
            }
        } else if (e instanceof ConcurrentChangeException) {
            dialogs.error(i18n.t("operators.stale.title"), i18n.t("operators.stale"));
            load();
        } else if (e instanceof AccessDeniedException) {
            dialogs.error(i18n.t("operators.refused.title"), Refusal.explain(i18n, i18n.t("operators.denied"), e));
        } else {
            dialogs.unexpected(e);
        }
    }

    public ObservableList<Operator> list() {
        return list;
    }

    public ObjectProperty<Operator> selected() {
        return selected;
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

    public BooleanProperty role(Role r) {
        return roles.get(r);
    }

    public BooleanProperty creating() {
        return creating;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public StringProperty status() {
        return status;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }
}
