package id.kalbarprov.loket.ui.intake;

import static id.kalbarprov.loket.core.intake.LetterFields.*;

import id.kalbarprov.loket.core.attachments.AttachmentPort;
import id.kalbarprov.loket.core.attachments.ScanRefusedException;
import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.common.Refusal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
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
 * Registrasi surat masuk: what the clerk types, the checklist of the chosen service, the
 * registration through {@link IntakeService} (off the FX thread), the duplicate question, and
 * the core's validation messages mapped to their fields.
 */
public final class IntakeViewModel {

    /** Form fields in screen order: the first one with a problem gets the focus. */
    public static final List<String> FIELD_ORDER = List.of(RECEIVED_AT, AGENCY, LETTER_NUMBER, LETTER_DATE, SUBJECT,
            SERVICE, SIGNER_ROLE, SIGNER_NAME, CONTACT_NAME, CONTACT_PHONE, NOTES);
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[.:](\\d{2})");

    /** The reference lists the form picks from. */
    public record Reference(List<ServiceStandard> services, List<Agency> agencies) {
    }

    /** One requirement of the chosen service's checklist. */
    public static final class CheckItem {
        private final ServiceStandard.Requirement requirement;
        private final BooleanProperty fulfilled = new SimpleBooleanProperty(false);

        CheckItem(ServiceStandard.Requirement requirement) {
            this.requirement = requirement;
        }

        public ServiceStandard.Requirement requirement() {
            return requirement;
        }

        public BooleanProperty fulfilled() {
            return fulfilled;
        }
    }

    private final IntakeService intake;
    private final Supplier<Actor> actor;
    private final Supplier<Reference> reference;
    private final Function<LocalDateTime, String> nextAgenda;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Clock clock;

    private final ObservableList<ServiceStandard> services = FXCollections.observableArrayList();

    private final ObjectProperty<LocalDate> receivedDate = new SimpleObjectProperty<>();
    private final StringProperty receivedTime = new SimpleStringProperty("");
    private final id.kalbarprov.loket.ui.common.AgencyChoice agencyChoice = new id.kalbarprov.loket.ui.common.AgencyChoice();
    private final ObservableList<Agency> agencies = agencyChoice.agencies();
    private final StringProperty agencyQuery = agencyChoice.query();
    private final ObjectProperty<Agency> agency = agencyChoice.chosen();
    private final ObservableList<Agency> agencySuggestions = agencyChoice.suggestions();
    private final StringProperty letterNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> letterDate = new SimpleObjectProperty<>();
    private final StringProperty subject = new SimpleStringProperty("");
    private final ObjectProperty<ServiceStandard> service = new SimpleObjectProperty<>();
    private final ObjectProperty<SignerRole> signerRole = new SimpleObjectProperty<>(SignerRole.KEPALA_PD);
    private final StringProperty signerName = new SimpleStringProperty("");
    private final ObservableList<CheckItem> checklist = FXCollections.observableArrayList();
    private final StringProperty contactName = new SimpleStringProperty("");
    private final StringProperty contactPhone = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");

    private final ObservableMap<String, String> errors = FXCollections.observableMap(new LinkedHashMap<>());
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty statusIsError = new SimpleBooleanProperty(false);
    private final StringProperty agendaPreview = new SimpleStringProperty("");
    private final StringProperty checklistHint = new SimpleStringProperty("");
    private final BooleanProperty complete = new SimpleBooleanProperty(false);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final Set<String> unparsable = new HashSet<>();
    private final ObjectProperty<IntakeService.Done> lastRegistered = new SimpleObjectProperty<>();
    private final BooleanProperty receiptAfterSave = new SimpleBooleanProperty(false);

    private final ScanTrayViewModel scans;
    private Consumer<String> focus = f -> { };
    private Runnable onSaved = () -> { };

    public IntakeViewModel(IntakeService intake, Supplier<Actor> actor, Supplier<Reference> reference,
                           Function<LocalDateTime, String> nextAgenda, TaskRunner runner, DialogService dialogs,
                           I18n i18n, Clock clock) {
        this(intake, actor, reference, nextAgenda, runner, dialogs, i18n, clock, null);
    }

    /** With {@code scans}: the files in the tray are registered with each letter, in the same transaction. */
    public IntakeViewModel(IntakeService intake, Supplier<Actor> actor, Supplier<Reference> reference,
                           Function<LocalDateTime, String> nextAgenda, TaskRunner runner, DialogService dialogs,
                           I18n i18n, Clock clock, ScanTrayViewModel scans) {
        this.scans = scans;
        this.intake = intake;
        this.actor = actor;
        this.reference = reference;
        this.nextAgenda = nextAgenda;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.clock = clock;
        agency.addListener((o, a, ag) -> {
            if (ag != null) {
                errors.remove(AGENCY);
                signerRole.set(ag.parentId() != null ? SignerRole.KEPALA_UPT : SignerRole.KEPALA_PD);
            }
        });
        service.addListener((o, a, s) -> rebuildChecklist(s));
        resetDateTime();
        updateHint();
    }

    /** Where the view focuses a field by name (after a failed save, after a save, on a new form). */
    public void onFocus(Consumer<String> focusField) {
        this.focus = focusField;
    }

    /** Called after each successful registration (the register refreshes). */
    public void onSaved(Runnable r) {
        this.onSaved = r;
    }

    /** Loads services and agencies once, and the agenda number preview. */
    public void load() {
        if (services.isEmpty()) {
            runner.run(reference, ref -> {
                services.setAll(ref.services());
                agencies.setAll(ref.agencies());
            }, dialogs::unexpected);
        }
        refreshPreview();
    }

    private void refreshPreview() {
        LocalDateTime at = LocalDateTime.now(clock);
        runner.run(() -> nextAgenda.apply(at), n -> agendaPreview.set(i18n.t("intake.agenda.preview", n)),
                e -> agendaPreview.set(i18n.t("intake.agenda.auto")));
    }

    // ---- agency type-ahead -------------------------------------------------------------

    /** The clerk picked {@code a} from the suggestions. */
    public void chooseAgency(Agency a) {
        agencyChoice.choose(a);
        errors.remove(AGENCY);
    }

    /** The registration form's agency type-ahead. */
    public id.kalbarprov.loket.ui.common.AgencyChoice agencyChoice() {
        return agencyChoice;
    }

    // ---- checklist ---------------------------------------------------------------------

    private void rebuildChecklist(ServiceStandard s) {
        checklist.setAll(s == null ? List.of() : s.requirements().stream().map(CheckItem::new).toList());
        checklist.forEach(c -> c.fulfilled().addListener((o, a, b) -> updateHint()));
        updateHint();
    }

    private void updateHint() {
        ServiceStandard s = service.get();
        boolean all = s != null && checklist.stream().allMatch(c -> c.fulfilled().get());
        complete.set(all);
        if (s == null) {
            checklistHint.set(i18n.t("intake.checklist.chooseService"));
        } else if (all) {
            checklistHint.set(i18n.t("intake.checklist.complete", s.workingDays()));
        } else {
            checklistHint.set(i18n.t("intake.checklist.incomplete"));
        }
    }

    // ---- saving ------------------------------------------------------------------------

    /** The view marks a date or time field whose text cannot be read (it then counts as empty). */
    public void markUnparsable(String field, boolean bad) {
        if (bad) {
            unparsable.add(field);
        } else {
            unparsable.remove(field);
        }
    }

    /** The received date and time as typed; null when either is missing or unreadable. */
    LocalDateTime receivedAt() {
        LocalTime time = parseTime(receivedTime.get());
        return receivedDate.get() == null || time == null ? null : receivedDate.get().atTime(time);
    }

    static LocalTime parseTime(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        return h < 24 && min < 60 ? LocalTime.of(h, min) : null;
    }

    LetterDraft draft() {
        Set<Long> done = new HashSet<>();
        checklist.stream().filter(c -> c.fulfilled().get()).forEach(c -> done.add(c.requirement().id()));
        return new LetterDraft(receivedAt(), agency.get() == null ? null : agency.get().id(), letterNumber.get(),
                letterDate.get(), subject.get(), service.get() == null ? null : service.get().id(), signerRole.get(),
                signerName.get(), done, contactName.get(), contactPhone.get(), notes.get());
    }

    /** Registers the letter with the tray's scans, one transaction: all or nothing. */
    private IntakeService.Outcome registerWithScans(LetterDraft d, Actor who, boolean confirmed,
                                                    List<AttachmentPort.NewScan> files) {
        return intake.register(d, who, confirmed, files);
    }

    /** Registers the letter with its scans (asks first when it may be a duplicate). */
    public void save() {
        if (saving.get()) {
            return;
        }
        errors.clear();
        status.set("");
        LetterDraft d = draft();
        boolean badTime = receivedDate.get() != null && parseTime(receivedTime.get()) == null;
        saving.set(true);
        Actor who = actor.get();
        List<AttachmentPort.NewScan> files = scans == null ? List.of() : scans.scans();
        runner.run(() -> registerWithScans(d, who, false, files), saved -> handle(saved, d, who, files),
                e -> failed(e, badTime));
    }

    private void handle(IntakeService.Outcome outcome, LetterDraft d, Actor who, List<AttachmentPort.NewScan> files) {
        if (outcome instanceof IntakeService.Done done) {
            saved(done);
        } else if (outcome instanceof IntakeService.PossibleDuplicate dup) {
            var ex = dup.existing();
            boolean different = dialogs.confirm(i18n.t("intake.duplicate.title"), i18n.t("intake.duplicate.message",
                    ex.agendaNumber(), IndonesianDates.longDate(ex.letterDate()), ex.subject()),
                    i18n.t("intake.duplicate.register"));
            if (different) {
                runner.run(() -> registerWithScans(d, who, true, files), o -> handle(o, d, who, files),
                        e -> failed(e, false));
            } else {
                saving.set(false);
                errors.put(LETTER_NUMBER, i18n.t("intake.duplicate.field", ex.agendaNumber()));
                showStatus(i18n.t("intake.duplicate.notSaved"), true);
                focus.accept(LETTER_NUMBER);
            }
        }
    }

    private void saved(IntakeService.Done done) {
        saving.set(false);
        clear();
        String text = done.complete() ? i18n.t("intake.saved", done.agendaNumber())
                : i18n.t("intake.savedIncomplete", done.agendaNumber());
        showStatus(done.scans() == 0 ? text : text + " " + i18n.t("intake.scans.attached", done.scans()), false);
        lastRegistered.set(done);
        onSaved.run();
        refreshPreview();
        focus.accept(AGENCY);
    }

    private void failed(Throwable e, boolean badTime) {
        saving.set(false);
        if (e instanceof ValidationException v) {
            for (Violation violation : v.violations()) {
                errors.put(violation.field(), message(violation, badTime));
            }
            showStatus(i18n.t("intake.notSaved"), true);
            FIELD_ORDER.stream().filter(errors::containsKey).findFirst().ifPresent(focus);
        } else if (e instanceof ScanRefusedException refused && scans != null) {
            scans.refused(refused);
            showStatus(i18n.t("intake.scans.notSaved", i18n.t(refused.problem().key(), refused.fileName())), true);
        } else if (e instanceof AccessDeniedException) {
            dialogs.error(i18n.t("intake.denied.title"), Refusal.explain(i18n, i18n.t("intake.denied.message"), e));
        } else {
            dialogs.unexpected(e);
        }
    }

    private String message(Violation v, boolean badTime) {
        boolean required = "validation.required".equals(v.key());
        if (required && RECEIVED_AT.equals(v.field()) && (badTime || unparsable.contains(RECEIVED_AT))) {
            return i18n.t("intake.timeInvalid");
        }
        if (required && unparsable.contains(v.field())) {
            return i18n.t("intake.dateInvalid");
        }
        if (required && AGENCY.equals(v.field()) && agencyQuery.get() != null && !agencyQuery.get().isBlank()) {
            return i18n.t("common.agency.unknown");
        }
        return i18n.t(v.key(), v.args().toArray());
    }

    private void showStatus(String text, boolean error) {
        statusIsError.set(error);
        status.set(text);
    }

    // ---- new / cancel ------------------------------------------------------------------

    /** True when the clerk typed something that a cancel would lose. */
    public boolean dirty() {
        return scans != null && !scans.pending().isEmpty() || notBlank(agencyQuery.get()) || notBlank(letterNumber.get()) || letterDate.get() != null
                || notBlank(subject.get()) || service.get() != null || notBlank(signerName.get())
                || notBlank(contactName.get()) || notBlank(contactPhone.get()) || notBlank(notes.get());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    /** Empties the form for the next letter (received date and time back to now). */
    public void clear() {
        chooseAgency(null);
        letterNumber.set("");
        letterDate.set(null);
        subject.set("");
        service.set(null);
        signerRole.set(SignerRole.KEPALA_PD);
        signerName.set("");
        contactName.set("");
        contactPhone.set("");
        notes.set("");
        errors.clear();
        unparsable.clear();
        resetDateTime();
        if (scans != null) {
            scans.clear();
        }
    }

    /** A fresh form: empty, status cleared, focus on the first field to type. */
    public void startNew() {
        if (!dirty()) {
            clear();
        }
        focus.accept(AGENCY);
    }

    /** Esc: asks when something was typed; true when the form was abandoned (and emptied). */
    public boolean cancel() {
        if (dirty() && !dialogs.confirm(i18n.t("intake.cancel.title"), i18n.t("intake.cancel.message"))) {
            return false;
        }
        clear();
        status.set("");
        return true;
    }

    private void resetDateTime() {
        LocalDateTime now = LocalDateTime.now(clock);
        receivedDate.set(now.toLocalDate());
        receivedTime.set(String.format("%02d.%02d", now.getHour(), now.getMinute()));
    }

    // ---- properties --------------------------------------------------------------------

    public ObservableList<ServiceStandard> services() {
        return services;
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

    public StringProperty agencyQuery() {
        return agencyQuery;
    }

    public ObjectProperty<Agency> agency() {
        return agency;
    }

    public ObservableList<Agency> agencySuggestions() {
        return agencySuggestions;
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

    public ObjectProperty<ServiceStandard> service() {
        return service;
    }

    public ObjectProperty<SignerRole> signerRole() {
        return signerRole;
    }

    public StringProperty signerName() {
        return signerName;
    }

    public ObservableList<CheckItem> checklist() {
        return checklist;
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

    /** Field name to its message, in the words the clerk reads. */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty statusIsError() {
        return statusIsError;
    }

    public StringProperty agendaPreview() {
        return agendaPreview;
    }

    public StringProperty checklistHint() {
        return checklistHint;
    }

    public BooleanProperty complete() {
        return complete;
    }

    /** The scans going with the letter, or null when this form attaches none. */
    public ScanTrayViewModel scans() {
        return scans;
    }

    /** The letter registered last from this form (its receipt can be printed), or null. */
    public ObjectProperty<IntakeService.Done> lastRegistered() {
        return lastRegistered;
    }

    /** The clerk's choice: show the receipt right after each registration (kept between letters). */
    public BooleanProperty receiptAfterSave() {
        return receiptAfterSave;
    }

    public BooleanProperty saving() {
        return saving;
    }

    /** Field names mapped to messages, copied (for tests and logs). */
    public Map<String, String> errorsSnapshot() {
        return Map.copyOf(errors);
    }

    /** May the signed-in operator register letters (Petugas Loket)? Others see the register only. */
    public boolean canRegister() {
        return actor.get().can(id.kalbarprov.loket.core.auth.Permission.REGISTER_LETTER);
    }
}
