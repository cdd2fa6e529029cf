package id.kalbarprov.loket.ui.calendar;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.office.OfficeSettings;
import id.kalbarprov.loket.core.office.OfficeSettingsService;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.common.Refusal;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** Pengaturan → Kantor: closing time (when the clock starts the next working day) and the place in letter dates. */
public final class OfficeSettingsViewModel {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final OfficeSettingsService service;
    private final Supplier<Actor> actor;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final StringProperty closingTime = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    public OfficeSettingsViewModel(OfficeSettingsService service, Supplier<Actor> actor, TaskRunner runner,
                                   DialogService dialogs, I18n i18n) {
        this.service = service;
        this.actor = actor;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    public void load() {
        runner.run(service::load, this::show, dialogs::unexpected);
    }

    private void show(OfficeSettings s) {
        closingTime.set(HH_MM.format(s.closingTime()));
        place.set(s.place());
    }

    public void save() {
        errors.clear();
        status.set("");
        String time = closingTime.get();
        String where = place.get();
        runner.run(() -> service.save(time, where, actor.get()), saved -> {
            show(saved);
            status.set(i18n.t("office.saved", HH_MM.format(saved.closingTime()), saved.place()));
        }, e -> {
            if (e instanceof ValidationException v) {
                for (Violation violation : v.violations()) {
                    errors.putIfAbsent(violation.field(), i18n.t(violation.key(), violation.args().toArray()));
                }
            } else if (e instanceof AccessDeniedException) {
                dialogs.error(i18n.t("office.denied.title"), Refusal.explain(i18n, i18n.t("office.denied.message"), e));
            } else {
                dialogs.unexpected(e);
            }
        });
    }

    public StringProperty closingTime() {
        return closingTime;
    }

    public StringProperty place() {
        return place;
    }

    public StringProperty status() {
        return status;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }
}
