package id.kalbarprov.loket.ui.register;

import static id.kalbarprov.loket.core.intake.LetterFields.*;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.intake.Correction;
import id.kalbarprov.loket.core.intake.LetterCorrection;
import id.kalbarprov.loket.core.intake.LetterCorrectionPort;
import id.kalbarprov.loket.core.intake.LetterCorrectionService;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Refusal;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Koreksi surat masuk: the form prefilled with the letter as stored, a required reason, the core's
 * checks before a confirmation that shows each change before → after, then the correction through
 * {@link LetterCorrectionService} (off the FX thread). Refusals say why in words.
 */
public final class CorrectionViewModel {

    /** Form fields in screen order: the first one with a problem gets the focus. */
    public static final List<String> FIELD_ORDER = List.of(AGENCY, RECEIVED_AT, LETTER_NUMBER, LETTER_DATE, SUBJECT,
            SIGNER_ROLE, SIGNER_NAME, CONTACT_NAME, CONTACT_PHONE, NOTES, LetterCorrectionService.REASON);
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[.:](\\d{2})");

    private final LetterCorrectionService service;
    private final Supplier<Actor> actor;
    private final Supplier<List<Agency>> agencyList;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;

    private final id.kalbarprov.loket.ui.common.AgencyChoice agencyChoice = new id.kalbarprov.loket.ui.common.AgencyChoice();
    private final ObservableList<Agency> agencies = agencyChoice.agencies();
    private final ObjectProperty<LocalDate> receivedDate = new SimpleObjectProperty<>();
    private final StringProperty receivedTime = new SimpleStringProperty("");
    private final ObjectProperty<Agency> agency = agencyChoice.chosen();
    private final StringProperty letterNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> letterDate = new SimpleObjectProperty<>();
    private final StringProperty subject = new SimpleStringProperty("");
    private final ObjectProperty<SignerRole> signerRole = new SimpleObjectProperty<>();
    private final StringProperty signerName = new SimpleStringProperty("");
    private final StringProperty contactName = new SimpleStringProperty("");
    private final StringProperty contactPhone = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty service_ = new SimpleStringProperty("");
    private final StringProperty who = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ObservableMap<String, String> errors = FXCollections.observableMap(new LinkedHashMap<>());

    private LetterCorrectionPort.Current current;
    private Consumer<String> focus = f -> { };
    private Consumer<Long> onSaved = id -> { };
    private Runnable onClose = () -> { };
    private boolean unparsableDate;

    public CorrectionViewModel(LetterCorrectionService service, Supplier<Actor> actor,
                               Supplier<List<Agency>> agencies, TaskRunner runner, DialogService dialogs, I18n i18n) {
        this.service = service;
        this.actor = actor;
        this.agencyList = agencies;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    /** Whether the "Koreksi…" action shows: the operator holds a right to correct (the core decides per letter). */
    public boolean mayCorrect() {
        Actor a = actor.get();
        return a.can(Permission.CORRECT_LETTER) || a.can(Permission.CORRECT_REVIEWED_LETTER);
    }

    /** Fills the form with letter {@code id} as stored now, then calls {@code then} on the FX thread. */
    public void open(long id, String serviceText, Runnable then) {
        runner.run(() -> new Loaded(service.current(id).orElseThrow(), agencyList.get()), loaded -> {
            fill(loaded.current, loaded.agencies, serviceText);
            then.run();
        }, dialogs::unexpected);
    }

    private record Loaded(LetterCorrectionPort.Current current, List<Agency> agencies) {
    }

    private void fill(LetterCorrectionPort.Current c, List<Agency> list, String serviceText) {
        current = c;
        agencies.setAll(list);
        LetterCorrection f = c.fields();
        receivedDate.set(f.receivedAt().toLocalDate());
        receivedTime.set(String.format("%02d.%02d", f.receivedAt().getHour(), f.receivedAt().getMinute()));
        agency.set(list.stream().filter(a -> a.id() == f.agencyId()).findFirst().orElse(null));
        letterNumber.set(f.letterNumber());
        letterDate.set(f.letterDate());
        subject.set(f.subject());
        signerRole.set(f.signerRole());
        signerName.set(f.signerName());
        contactName.set(orEmpty(f.contactName()));
        contactPhone.set(orEmpty(f.contactPhone()));
        notes.set(orEmpty(f.notes()));
        reason.set("");
        errors.clear();
        status.set("");
        title.set(i18n.t("correction.title", c.agendaNumber()));
        service_.set(serviceText);
        who.set(i18n.t(c.reviewStarted() ? "correction.who.reviewed" : "correction.who.new"));
        focus.accept(SUBJECT);
    }

    /** The date field held text that is no date. */
    public void markUnparsableDate(boolean bad) {
        unparsableDate = bad;
    }

    /**
     * Checks the correction with the core, asks for confirmation with every change before → after,
     * and saves. Nothing is saved when a check fails or the answer is no.
     */
    public void save() {
        if (current == null || saving.get()) {
            return;
        }
        errors.clear();
        status.set("");
        LocalDateTime at = receivedAt();
        if (at == null && receivedDate.get() != null) {
            errors.put(RECEIVED_AT, i18n.t("intake.timeInvalid"));
            focus.accept(RECEIVED_AT);
            return;
        }
        if (unparsableDate) {
            errors.put(LETTER_DATE, i18n.t("intake.dateInvalid"));
            focus.accept(LETTER_DATE);
            return;
        }
        if (agencyChoice.typedButNotChosen()) {
            errors.put(AGENCY, i18n.t("common.agency.unknown"));
            focus.accept(AGENCY);
            return;
        }
        LetterCorrection fix = new LetterCorrection(at, agency.get() == null ? null : agency.get().id(),
                letterNumber.get(), letterDate.get(), subject.get(), signerRole.get(), signerName.get(),
                contactName.get(), contactPhone.get(), notes.get());
        long id = current.id();
        int version = current.version();
        String why = reason.get();
        Actor who = actor.get();
        saving.set(true);
        runner.run(() -> service.preview(id, version, fix, why, who), preview -> {
            saving.set(false);
            if (!dialogs.confirm(i18n.t("correction.confirm.title", current.agendaNumber()),
                    i18n.t("correction.confirm.message", changesText(preview.changes(), "\n"), why.strip())
                            + (preview.sameNumberAs() == null ? ""
                            : "\n\n" + i18n.t("correction.confirm.sameNumber", preview.sameNumberAs())),
                    i18n.t("correction.confirm.action"))) {
                return;
            }
            saving.set(true);
            runner.run(() -> service.correct(id, version, fix, why, who), done -> {
                saving.set(false);
                status.set(i18n.t("correction.saved"));
                onSaved.accept(id);
            }, this::failed);
        }, this::failed);
    }

    /** Esc or Batal: leaves the form, nothing saved. */
    public void cancel() {
        onClose.run();
    }

    private void failed(Throwable e) {
        saving.set(false);
        if (e instanceof ValidationException v) {
            for (Violation violation : v.violations()) {
                if (LetterCorrectionService.CHANGES.equals(violation.field())) {
                    status.set(i18n.t(violation.key()));
                } else {
                    errors.put(violation.field(), i18n.t(violation.key(), violation.args().toArray()));
                }
            }
            if (status.get().isEmpty()) {
                status.set(i18n.t("correction.notSaved"));
            }
            FIELD_ORDER.stream().filter(errors::containsKey).findFirst().ifPresent(focus);
        } else if (e instanceof AccessDeniedException d) {
            String why = i18n.t(d.permission() == Permission.CORRECT_REVIEWED_LETTER
                    ? "correction.denied.reviewed" : "correction.denied.message");
            status.set(why);
            dialogs.error(i18n.t("correction.denied.title"), Refusal.explain(i18n, why, e));
        } else if (e instanceof ConcurrentChangeException c) {
            String message = c.changedBy() == null ? i18n.t("correction.stale")
                    : i18n.t("correction.staleBy", id.kalbarprov.loket.core.auth.Person.nameOf(c.changedBy()),
                    c.changedAt() == null ? "" : IndonesianDates.shortDateTime(c.changedAt()));
            dialogs.error(i18n.t("correction.stale.title"), message);
            onSaved.accept(current.id());
        } else {
            dialogs.unexpected(e);
        }
    }

    /** "Perihal: 'lama' → 'baru'" for each change, joined by {@code separator}. */
    public String changesText(List<Correction.Change> changes, String separator) {
        return id.kalbarprov.loket.ui.common.CorrectionWords.changes(i18n, changes, separator);
    }

    private LocalDateTime receivedAt() {
        if (receivedDate.get() == null) {
            return null;
        }
        Matcher m = TIME.matcher(receivedTime.get() == null ? "" : receivedTime.get().strip());
        if (!m.matches()) {
            return null;
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        if (h > 23 || min > 59) {
            return null;
        }
        return receivedDate.get().atTime(LocalTime.of(h, min));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public void onFocus(Consumer<String> f) {
        this.focus = f;
    }

    /** After a saved correction (or a stale one): the letter's id, to show it again. */
    public void onSaved(Consumer<Long> r) {
        this.onSaved = r;
    }

    public void onClose(Runnable r) {
        this.onClose = r;
    }

    /** The form's agency type-ahead, as in registration. */
    public id.kalbarprov.loket.ui.common.AgencyChoice agencyChoice() {
        return agencyChoice;
    }

    public ObservableList<Agency> agencies() {
        return agencies;
    }

    public ObjectProperty<LocalDate> receivedDate() {
        return receivedDate;
    }

    public StringProperty receivedTime() {
        return receivedTime;
    }

    public ObjectProperty<Agency> agency() {
        return agency;
    }

    public StringProperty letterNumber() {
        return letterNumber;
    }

    public ObjectProperty<LocalDate> letterDate() {
        return letterDate;
    }

    public StringProperty subject() {
        return subject;
    }

    public ObjectProperty<SignerRole> signerRole() {
        return signerRole;
    }

    public StringProperty signerName() {
        return signerName;
    }

    public StringProperty contactName() {
        return contactName;
    }

    public StringProperty contactPhone() {
        return contactPhone;
    }

    public StringProperty notes() {
        return notes;
    }

    public StringProperty reason() {
        return reason;
    }

    public StringProperty title() {
        return title;
    }

    public StringProperty service() {
        return service_;
    }

    public StringProperty who() {
        return who;
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty saving() {
        return saving;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }
}
