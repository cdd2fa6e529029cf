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

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH.mm"); // one time format: JJ.MM (docs/glossary.md)

    private final OfficeSettingsService service;
    private final Supplier<Actor> actor;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final StringProperty closingTime = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final javafx.beans.property.ObjectProperty<byte[]> emblem = new javafx.beans.property.SimpleObjectProperty<>();
    private final StringProperty emblemError = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    public OfficeSettingsViewModel(OfficeSettingsService service, Supplier<Actor> actor, TaskRunner runner,
                                   DialogService dialogs, I18n i18n) {
        this.service = service;
        this.actor = actor;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    private record Loaded(OfficeSettings settings, byte[] emblem) {
    }

    public void load() {
        runner.run(() -> new Loaded(service.load(), service.emblem()), l -> {
            show(l.settings());
            emblem.set(l.emblem());
        }, dialogs::unexpected);
    }

    /**
     * Takes the picture in {@code file} as the office's emblem: read, checked (PNG or JPEG by its
     * bytes, at most 1 MB, and a picture that decodes) and saved off the FX thread; a problem is
     * shown under the emblem and nothing is saved.
     */
    public void chooseEmblem(java.nio.file.Path file) {
        emblemError.set("");
        status.set("");
        runner.run(() -> {
            byte[] bytes;
            try {
                if (java.nio.file.Files.size(file) > id.kalbarprov.loket.core.office.Emblem.MAX_BYTES) {
                    id.kalbarprov.loket.core.office.Emblem.check(new byte[id.kalbarprov.loket.core.office.Emblem.MAX_BYTES + 1]);
                }
                bytes = java.nio.file.Files.readAllBytes(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            id.kalbarprov.loket.core.office.Emblem.check(bytes);
            if (!decodes(bytes)) {
                throw new ValidationException(new Violation(id.kalbarprov.loket.core.office.Emblem.FIELD,
                        "validation.emblem.unreadable", java.util.List.of()));
            }
            service.saveEmblem(bytes, actor.get());
            return bytes;
        }, saved -> {
            emblem.set(saved);
            status.set(i18n.t("office.emblem.saved", file.getFileName().toString()));
        }, this::emblemFailed);
    }

    /** Does the picture decode (as the kop will decode it)? A cut-off PNG has the right first bytes but no picture. */
    private static boolean decodes(byte[] bytes) {
        try {
            return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes)) != null;
        } catch (java.io.IOException | RuntimeException broken) {
            return false;
        }
    }

    /** Back to the neutral outline. */
    public void removeEmblem() {
        emblemError.set("");
        status.set("");
        runner.run(() -> {
            service.saveEmblem(null, actor.get());
            return Boolean.TRUE;
        }, done -> {
            emblem.set(null);
            status.set(i18n.t("office.emblem.removed"));
        }, this::emblemFailed);
    }

    private void emblemFailed(Throwable e) {
        if (e instanceof ValidationException v) {
            Violation first = v.violations().get(0);
            emblemError.set(i18n.t(first.key(), first.args().toArray()));
        } else if (e instanceof java.io.UncheckedIOException || e instanceof java.io.IOException) {
            emblemError.set(i18n.t("office.emblem.unreadableFile"));
        } else if (e instanceof AccessDeniedException) {
            dialogs.error(i18n.t("office.denied.title"), Refusal.explain(i18n, i18n.t("office.denied.message"), e));
        } else {
            dialogs.unexpected(e);
        }
    }

    /** The office's emblem (null: the neutral outline). */
    public javafx.beans.property.ReadOnlyObjectProperty<byte[]> emblem() {
        return emblem;
    }

    /** What went wrong with the last chosen picture ("" when nothing). */
    public StringProperty emblemError() {
        return emblemError;
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
