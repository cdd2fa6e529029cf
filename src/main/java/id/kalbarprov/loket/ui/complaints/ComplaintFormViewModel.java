package id.kalbarprov.loket.ui.complaints;

import static id.kalbarprov.loket.core.complaints.ComplaintFields.RECEIVED_AT;
import static id.kalbarprov.loket.core.complaints.ComplaintFields.AGENCY;

import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ComplaintChannel;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.complaints.ComplaintDraft;
import id.kalbarprov.loket.core.complaints.ComplaintStorePort;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.register.LetterRow;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;
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

/** The registration form: every field of a complaint, the request picked from the register. */
public final class ComplaintFormViewModel {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[.:](\\d{2})");

    private final ComplaintsContext ctx;
    private final ObjectProperty<LocalDate> receivedDate = new SimpleObjectProperty<>();
    private final StringProperty receivedTime = new SimpleStringProperty("");
    private final ObjectProperty<ComplaintChannel> channel = new SimpleObjectProperty<>();
    private final StringProperty reference = new SimpleStringProperty("");
    private final BooleanProperty anonymous = new SimpleBooleanProperty();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ComplainantKind> kind = new SimpleObjectProperty<>(ComplainantKind.MASYARAKAT);
    private final id.kalbarprov.loket.ui.common.AgencyChoice agencyChoice = new id.kalbarprov.loket.ui.common.AgencyChoice();
    private final ObjectProperty<Agency> agency = agencyChoice.chosen();
    private final StringProperty contact = new SimpleStringProperty("");
    private final ObjectProperty<ServiceStandard> service = new SimpleObjectProperty<>();
    private final StringProperty letterSearch = new SimpleStringProperty("");
    private final ObservableList<LetterRow> letterResults = FXCollections.observableArrayList();
    private final ObjectProperty<LetterRow> letter = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<ComplaintChannel> channels = FXCollections.observableArrayList();
    private final ObservableList<Agency> agencies = agencyChoice.agencies();
    private final ObservableList<ServiceStandard> services = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final BooleanProperty noLetterFound = new SimpleBooleanProperty();

    public ComplaintFormViewModel(ComplaintsContext ctx) {
        this.ctx = ctx;
    }

    private record Lists(List<ComplaintChannel> channels, List<Agency> agencies, List<ServiceStandard> services) {
    }

    /** An empty form, received now. */
    public void reset() {
        LocalDateTime now = LocalDateTime.now(ctx.clock());
        receivedDate.set(now.toLocalDate());
        receivedTime.set(String.format("%02d.%02d", now.getHour(), now.getMinute()));
        channel.set(null);
        reference.set("");
        anonymous.set(false);
        name.set("");
        kind.set(ComplainantKind.MASYARAKAT);
        agency.set(null);
        contact.set("");
        service.set(null);
        letterSearch.set("");
        letterResults.clear();
        letter.set(null);
        noLetterFound.set(false);
        text.set("");
        errors.clear();
        if (channels.isEmpty()) {
            ctx.runner().run(() -> new Lists(ctx.reference().complaintChannels(),
                    ctx.reference().agencies().stream().filter(Agency::active).toList(),
                    ctx.reference().services()), l -> {
                        channels.setAll(l.channels());
                        agencies.setAll(l.agencies());
                        services.setAll(l.services());
                    }, ctx.dialogs()::unexpected);
        }
    }

    /** Searches the register (agenda number, letter number, subject) for the request concerned. */
    public void findLetters() {
        String q = letterSearch.get() == null ? "" : letterSearch.get().strip();
        if (q.isEmpty()) {
            return;
        }
        ctx.runner().run(() -> ctx.letters().search(LetterFilter.ALL.withText(q), 0, 20).items(), rows -> {
            letterResults.setAll(rows);
            noLetterFound.set(rows.isEmpty());
        }, ctx.dialogs()::unexpected);
    }

    /** The label of the channel reference field: the LAPOR! ticket, the social-media post, or generic. */
    public String referenceLabelKey() {
        ComplaintChannel c = channel.get();
        if (c == null) {
            return "complaints.field.reference";
        }
        return switch (c.code()) {
            case "LAPOR" -> "complaints.field.laporTicket";
            case "MEDIA_SOSIAL" -> "complaints.field.socialPost";
            default -> "complaints.field.reference";
        };
    }

    public boolean needsReference() {
        return channel.get() != null && channel.get().needsReference();
    }

    /** Saves; on success {@code onSaved} gets the new complaint, else {@link #errors()} fills. */
    public void save(Consumer<ComplaintStorePort.Registered> onSaved) {
        errors.clear();
        LocalDateTime at = null;
        Matcher m = TIME.matcher(receivedTime.get() == null ? "" : receivedTime.get().strip());
        if (receivedDate.get() != null) {
            if (!m.matches() || Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 59) {
                errors.put(RECEIVED_AT, ctx.i18n().t("validation.complaint.time"));
                return;
            }
            at = receivedDate.get().atTime(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        if (kind.get() == ComplainantKind.INSTANSI && agencyChoice.typedButNotChosen()) {
            errors.put(AGENCY, ctx.i18n().t("common.agency.unknown"));
            return;
        }
        ComplaintDraft d = new ComplaintDraft(at, channel.get() == null ? null : channel.get().id(), reference.get(),
                anonymous.get(), name.get(), kind.get(), agency.get() == null ? null : agency.get().id(),
                contact.get(), service.get() == null ? null : service.get().id(),
                letter.get() == null ? null : letter.get().id(), text.get());
        ctx.runner().run(() -> ctx.service().register(d, ctx.actor().get()), r -> {
            ctx.dialogs().info(ctx.i18n().t("complaints.savedTitle"), ctx.i18n().t("complaints.saved", r.number()));
            onSaved.accept(r);
        }, e -> ctx.fail(e, errors, () -> { }));
    }

    public ObjectProperty<LocalDate> receivedDate() {
        return receivedDate;
    }

    public StringProperty receivedTime() {
        return receivedTime;
    }

    public ObjectProperty<ComplaintChannel> channel() {
        return channel;
    }

    public StringProperty reference() {
        return reference;
    }

    public BooleanProperty anonymous() {
        return anonymous;
    }

    public StringProperty name() {
        return name;
    }

    public ObjectProperty<ComplainantKind> kind() {
        return kind;
    }

    /** The form's agency type-ahead (the same as the registration form's). */
    public id.kalbarprov.loket.ui.common.AgencyChoice agencyChoice() {
        return agencyChoice;
    }

    public ObjectProperty<Agency> agency() {
        return agency;
    }

    public StringProperty contact() {
        return contact;
    }

    public ObjectProperty<ServiceStandard> service() {
        return service;
    }

    public StringProperty letterSearch() {
        return letterSearch;
    }

    public ObservableList<LetterRow> letterResults() {
        return letterResults;
    }

    public ObjectProperty<LetterRow> letter() {
        return letter;
    }

    public BooleanProperty noLetterFound() {
        return noLetterFound;
    }

    public StringProperty text() {
        return text;
    }

    public ObservableList<ComplaintChannel> channels() {
        return channels;
    }

    public ObservableList<Agency> agencies() {
        return agencies;
    }

    public ObservableList<ServiceStandard> services() {
        return services;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }
}
