package id.kalbarprov.loket.ui.letters;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.letters.LetterKind;
import id.kalbarprov.loket.core.letters.LetterRenderer;
import id.kalbarprov.loket.core.letters.LetterTemplate;
import id.kalbarprov.loket.core.letters.OutgoingLetterService;
import id.kalbarprov.loket.core.letters.Placeholders;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import id.kalbarprov.loket.documents.LetterPages;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Refusal;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** Pengaturan → Template Surat: edit a template per service and outcome, with a live preview. */
public final class TemplatesViewModel {

    private final OutgoingLetterService letters;
    private final LetterRenderer renderer;
    private final Supplier<Actor> actor;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ObservableList<LetterTemplate> templates = FXCollections.observableArrayList();
    private final ObjectProperty<LetterTemplate> selected = new SimpleObjectProperty<>();
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ObjectProperty<BufferedImage> preview = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");

    public TemplatesViewModel(OutgoingLetterService letters, LetterRenderer renderer, Supplier<Actor> actor,
                              TaskRunner runner, DialogService dialogs, I18n i18n) {
        this.letters = letters;
        this.renderer = renderer;
        this.actor = actor;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    public void load() {
        runner.run(letters::templates, list -> {
            LetterTemplate keep = selected.get();
            templates.setAll(list);
            select(list.stream().filter(t -> keep != null && t.service() == keep.service() && t.kind() == keep.kind())
                    .findFirst().orElse(list.isEmpty() ? null : list.get(0)));
        }, dialogs::unexpected);
    }

    public void select(LetterTemplate t) {
        selected.set(t);
        errors.clear();
        status.set("");
        if (t != null) {
            subject.set(t.subject());
            body.set(t.body());
            refreshPreview();
        }
    }

    /** Checks placeholders as the user types; true when the text can be previewed and saved. */
    public boolean check() {
        errors.remove("subject");
        errors.remove("body");
        List<String> known = Placeholders.known(selected.get() == null ? LetterKind.SELESAI : selected.get().kind());
        List<String> badSubject = Placeholders.unknown(subject.get(), known);
        List<String> badBody = Placeholders.unknown(body.get(), known);
        if (!badSubject.isEmpty()) {
            errors.put("subject", i18n.t(LetterTemplate.UNKNOWN_PLACEHOLDER, String.join(", ", badSubject)));
        }
        if (!badBody.isEmpty()) {
            errors.put("body", i18n.t(LetterTemplate.UNKNOWN_PLACEHOLDER, String.join(", ", badBody)));
        }
        return badSubject.isEmpty() && badBody.isEmpty();
    }

    /** Renders page 1 of the letter this text would give, on an example request. */
    public void refreshPreview() {
        LetterTemplate t = selected.get();
        if (t == null || !check() || subject.get().isBlank() || body.get().isBlank()) {
            return;
        }
        LetterTemplate edited = new LetterTemplate(t.service(), t.kind(), subject.get(), body.get(), t.version());
        runner.run(() -> LetterPages.render(renderer.render(letters.previewTemplate(edited)).pdf(),
                        id.kalbarprov.loket.ui.common.PageViewer.RENDER_DPI).get(0),
                preview::set, dialogs::unexpected);
    }

    public void save() {
        LetterTemplate t = selected.get();
        if (t == null) {
            return;
        }
        errors.clear();
        LetterTemplate edited = new LetterTemplate(t.service(), t.kind(), subject.get(), body.get(), t.version());
        runner.run(() -> letters.saveTemplate(actor.get(), edited), saved -> {
            int i = templates.indexOf(t);
            if (i >= 0) {
                templates.set(i, saved);
            }
            selected.set(saved);
            status.set(i18n.t("templates.saved"));
        }, e -> {
            if (e instanceof ValidationException v) {
                for (Violation x : v.violations()) {
                    errors.put(x.field(), i18n.t(x.key(), x.args().toArray()));
                }
            } else if (e instanceof AccessDeniedException) {
                dialogs.error(i18n.t("letters.error.title"), Refusal.explain(i18n, i18n.t("letters.error.denied"), e));
            } else if (e instanceof ConcurrentChangeException) {
                dialogs.error(i18n.t("letters.error.title"), i18n.t("templates.stale"));
                load();
            } else {
                dialogs.unexpected(e);
            }
        });
    }

    public ObservableList<LetterTemplate> templates() {
        return templates;
    }

    public ObjectProperty<LetterTemplate> selected() {
        return selected;
    }

    public StringProperty subject() {
        return subject;
    }

    public StringProperty body() {
        return body;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** Opens the preview's page full size. */
    public void openPreview() {
        if (preview.get() != null) {
            dialogs.pages(i18n.t("templates.preview"), java.util.List.of(preview.get()));
        }
    }

    public ObjectProperty<BufferedImage> preview() {
        return preview;
    }

    public StringProperty status() {
        return status;
    }
}
