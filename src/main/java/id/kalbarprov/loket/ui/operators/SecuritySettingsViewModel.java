package id.kalbarprov.loket.ui.operators;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.SecurityPolicy;
import id.kalbarprov.loket.core.auth.SecuritySettingsService;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Refusal;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * Pengaturan → Keamanan: wrong passwords before the lockout, its minutes, idle minutes before the
 * screen locks. The sign-in reads them at every attempt, the idle timer at each sign-in and unlock.
 */
public final class SecuritySettingsViewModel {

    /** The fields in screen order (for focusing the first bad one). */
    public static final List<String> FIELDS = List.of(SecuritySettingsService.LOCKOUT_ATTEMPTS,
            SecuritySettingsService.LOCKOUT_MINUTES, SecuritySettingsService.IDLE_MINUTES);

    private final SecuritySettingsService service;
    private final Supplier<Actor> actor;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final StringProperty attempts = new SimpleStringProperty("");
    private final StringProperty lockoutMinutes = new SimpleStringProperty("");
    private final StringProperty idleMinutes = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private Consumer<String> focus = f -> { };

    public SecuritySettingsViewModel(SecuritySettingsService service, Supplier<Actor> actor, TaskRunner runner,
                                     DialogService dialogs, I18n i18n) {
        this.service = service;
        this.actor = actor;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    /** The view focuses the first bad field through this. */
    public void onFocus(Consumer<String> focus) {
        this.focus = focus;
    }

    public void load() {
        runner.run(service::load, this::show, dialogs::unexpected);
    }

    private void show(SecurityPolicy p) {
        attempts.set(String.valueOf(p.maxFailures()));
        lockoutMinutes.set(String.valueOf(p.lockout().toMinutes()));
        idleMinutes.set(String.valueOf(p.idleLock().toMinutes()));
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        status.set("");
        String a = attempts.get();
        String l = lockoutMinutes.get();
        String i = idleMinutes.get();
        Actor who = actor.get();
        busy.set(true);
        runner.run(() -> service.save(a, l, i, who), saved -> {
            busy.set(false);
            show(saved);
            status.set(i18n.t("security.saved", saved.maxFailures(), saved.lockout().toMinutes(),
                    saved.idleLock().toMinutes()));
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof ValidationException v) {
            for (Violation x : v.violations()) {
                errors.putIfAbsent(x.field(), i18n.t(x.key(), x.args().toArray()));
            }
            status.set(i18n.t("security.notSaved"));
            FIELDS.stream().filter(errors::containsKey).findFirst().ifPresent(focus);
        } else if (e instanceof AccessDeniedException) {
            dialogs.error(i18n.t("security.denied.title"), Refusal.explain(i18n, i18n.t("security.denied.message"), e));
        } else {
            dialogs.unexpected(e);
        }
    }

    /** Esc: back to what is saved. */
    public void cancel() {
        errors.clear();
        status.set("");
        load();
    }

    public StringProperty attempts() {
        return attempts;
    }

    public StringProperty lockoutMinutes() {
        return lockoutMinutes;
    }

    public StringProperty idleMinutes() {
        return idleMinutes;
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }
}
