package id.kalbarprov.loket.ui.letters;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.letters.LetterForm;
import id.kalbarprov.loket.core.letters.LetterSettings;
import id.kalbarprov.loket.core.letters.OutgoingLetterService;
import id.kalbarprov.loket.core.letters.Paper;
import id.kalbarprov.loket.core.letters.Signer;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Refusal;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** Pengaturan → Penandatangan: signer, tembusan, paper, the number pattern and classification codes. */
public final class SignerViewModel {

    private final OutgoingLetterService letters;
    private final Supplier<Actor> actor;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty rank = new SimpleStringProperty("");
    private final StringProperty nip = new SimpleStringProperty("");
    private final BooleanProperty pppk = new SimpleBooleanProperty();
    private final StringProperty tembusan = new SimpleStringProperty("");
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(Paper.A4);
    private final StringProperty pattern = new SimpleStringProperty("");
    private final Map<ServiceKind, StringProperty> codes = new EnumMap<>(ServiceKind.class);
    private final StringProperty replyCode = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty status = new SimpleStringProperty("");

    public SignerViewModel(OutgoingLetterService letters, Supplier<Actor> actor, TaskRunner runner, DialogService dialogs,
                           I18n i18n) {
        this.letters = letters;
        this.actor = actor;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        for (ServiceKind k : ServiceKind.values()) {
            codes.put(k, new SimpleStringProperty(""));
        }
    }

    private record Loaded(Signer signer, LetterSettings settings, String replyCode) {
    }

    public void load() {
        runner.run(() -> new Loaded(letters.signerAsStored(), letters.settings(), letters.replyCode()), l -> {
            replyCode.set(l.replyCode());
            name.set(l.signer().name());
            title.set(l.signer().title());
            rank.set(l.signer().rank());
            nip.set(l.signer().nip().isEmpty() ? "" : id.kalbarprov.loket.core.nip.Nip.display(l.signer().nip()));
            pppk.set(l.signer().pppk());
            tembusan.set(String.join("\n", l.settings().tembusan()));
            paper.set(l.settings().paper());
            pattern.set(l.settings().numberPattern());
            for (ServiceKind k : ServiceKind.values()) {
                codes.get(k).set(l.settings().code(k));
            }
            errors.clear();
            status.set(l.settings().signer().isEmpty() ? i18n.t("letterSigner.missing") : "");
        }, dialogs::unexpected);
    }

    /** Saves all fields; on a problem shows it under its field and saves nothing. Returns the first bad field. */
    public void save() {
        errors.clear();
        Map<ServiceKind, String> c = new EnumMap<>(ServiceKind.class);
        codes.forEach((k, v) -> c.put(k, v.get()));
        LetterForm form = new LetterForm(new Signer(name.get(), title.get(), rank.get(), nip.get(), pppk.get()),
                Arrays.asList(tembusan.get() == null ? new String[0] : tembusan.get().split("\\R")), paper.get(),
                pattern.get(), c);
        String reply = replyCode.get() == null ? "" : replyCode.get();
        runner.run(() -> {
            letters.saveSettings(actor.get(), form, reply);
            return form;
        }, f -> status.set(i18n.t("letterSigner.saved")), e -> {
            if (e instanceof ValidationException v) {
                for (Violation x : v.violations()) {
                    errors.put(x.field(), i18n.t(x.key(), x.args().toArray()));
                }
                status.set("");
            } else if (e instanceof AccessDeniedException) {
                dialogs.error(i18n.t("letters.error.title"), Refusal.explain(i18n, i18n.t("letters.error.denied"), e));
            } else {
                dialogs.unexpected(e);
            }
        });
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty title() {
        return title;
    }

    public StringProperty rank() {
        return rank;
    }

    public StringProperty nip() {
        return nip;
    }

    public BooleanProperty pppk() {
        return pppk;
    }

    public StringProperty tembusan() {
        return tembusan;
    }

    public ObjectProperty<Paper> paper() {
        return paper;
    }

    public StringProperty pattern() {
        return pattern;
    }

    /** The complaint replies' classification code (decision 0011). */
    public StringProperty replyCode() {
        return replyCode;
    }

    public StringProperty code(ServiceKind k) {
        return codes.get(k);
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public StringProperty status() {
        return status;
    }
}
