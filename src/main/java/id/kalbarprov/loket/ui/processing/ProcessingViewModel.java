package id.kalbarprov.loket.ui.processing;

import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.processing.CloudRecord;
import id.kalbarprov.loket.core.processing.EmailRecord;
import id.kalbarprov.loket.core.processing.HostingRecord;
import id.kalbarprov.loket.core.processing.NetworkRecord;
import id.kalbarprov.loket.core.processing.ProcessingRecord;
import id.kalbarprov.loket.core.processing.VideoConferenceRecord;
import id.kalbarprov.loket.core.register.RequestDetail;
import id.kalbarprov.loket.core.register.WorkItem;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.validation.Violation;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.review.WorkflowErrors;
import id.kalbarprov.loket.ui.review.WorkflowServices;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/** Proses: the processor's worklist and, for the selected request, what step c involved. */
public final class ProcessingViewModel {

    public static final int PAGE = 50;
    /** Field id of the event's time of day (the date has {@link VideoConferenceRecord#EVENT_AT}). */
    public static final String EVENT_TIME = "vicon.eventTime";
    static final String TIME_KEY = "validation.time";
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[.:](\\d{2})");

    private final WorkflowServices services;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;

    private final BooleanProperty mineOnly = new SimpleBooleanProperty(false);
    private final ObservableList<WorkItem> items = FXCollections.observableArrayList();
    private final BooleanProperty hasMore = new SimpleBooleanProperty();
    private final ObjectProperty<RequestDetail> detail = new SimpleObjectProperty<>();
    private final Map<String, StringProperty> text = new HashMap<>();
    private final BooleanProperty viconActivated = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> viconDate = new SimpleObjectProperty<>();
    private final BooleanProperty cloudPppk = new SimpleBooleanProperty();
    private final ObjectProperty<HostingRecord.Type> hostingType = new SimpleObjectProperty<>();
    private final ObjectProperty<EmailRecord.Action> emailAction = new SimpleObjectProperty<>();
    private final ObjectProperty<NetworkRecord.Work> networkWork = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty notice = new SimpleStringProperty("");

    public ProcessingViewModel(WorkflowServices services, TaskRunner runner, DialogService dialogs, I18n i18n) {
        this.services = services;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        mineOnly.addListener((o, a, b) -> load());
    }

    public void load() {
        String mine = mineOnly.get() ? services.actor().get().username() : null;
        runner.run(() -> services.worklists().worklist(Set.of(RequestState.DIPROSES), mine, services.today(), 0, PAGE),
                page -> {
                    items.setAll(page.items());
                    hasMore.set(page.hasMore());
                    RequestDetail d = detail.get();
                    if (d != null && items.stream().noneMatch(w -> w.row().id() == d.item().row().id())) {
                        select(null);
                    }
                }, dialogs::unexpected);
    }

    public void loadMore() {
        String mine = mineOnly.get() ? services.actor().get().username() : null;
        int offset = items.size();
        runner.run(() -> services.worklists().worklist(Set.of(RequestState.DIPROSES), mine, services.today(),
                offset, PAGE), page -> {
                    items.addAll(page.items());
                    hasMore.set(page.hasMore());
                }, dialogs::unexpected);
    }

    public void select(Long id) {
        boolean other = id == null || detail.get() == null || detail.get().item().row().id() != id;
        if (other) {
            errors.clear(); // the same request again (a live refresh) keeps the message the user just got
        }
        if (id == null) {
            detail.set(null);
            return;
        }
        runner.run(() -> services.worklists().detail(id, services.today()).orElse(null), d -> {
            if (other) {
                clearForm();
            }
            detail.set(d);
        }, dialogs::unexpected);
    }

    private void clearForm() {
        text.values().forEach(p -> p.set(""));
        viconActivated.set(false);
        viconDate.set(null);
        cloudPppk.set(false);
        hostingType.set(null);
        emailAction.set(null);
        networkWork.set(null);
    }

    /** The service of the selected request (decides which form shows), or null. */
    public ServiceKind kind() {
        return detail.get() == null ? null : detail.get().item().row().serviceKind();
    }

    /** A text field of the form, by its field id (e.g. {@link HostingRecord#HOST}). */
    public StringProperty text(String field) {
        return text.computeIfAbsent(field, f -> new SimpleStringProperty(""));
    }

    /** "Selesai diproses": checks the record and moves the request to SIAP_SURAT. */
    public void finish() {
        RequestDetail d = detail.get();
        if (d == null) {
            return;
        }
        errors.clear();
        ProcessingRecord record;
        try {
            record = record(d.item().row().serviceKind());
        } catch (IllegalArgumentException e) {
            errors.put(EVENT_TIME, i18n.t(TIME_KEY));
            return;
        }
        long id = d.item().row().id();
        int version = d.item().row().version();
        String agenda = d.item().row().agendaNumber();
        runner.run(() -> {
            services.workflow().finishProcessing(id, version, services.actor().get(), record);
            return true;
        }, ok -> {
            notice.set(i18n.t("processing.done", agenda));
            clearForm();
            load();
        }, e -> WorkflowErrors.handle(e, i18n, dialogs, this::showViolations, this::load));
    }

    private ProcessingRecord record(ServiceKind kind) {
        return switch (kind) {
            case VICON -> new VideoConferenceRecord(viconActivated.get(), value(VideoConferenceRecord.ACCOUNT),
                    eventAt());
            case HOSTING -> new HostingRecord(value(HostingRecord.HOST), hostingType.get(), value(HostingRecord.QUOTA),
                    value(HostingRecord.SERVER));
            case EMAIL -> new EmailRecord(emailAction.get(), value(EmailRecord.MAILBOXES), value(EmailRecord.DETAIL),
                    value(EmailRecord.HANDOVER));
            case CLOUD -> new CloudRecord(value(CloudRecord.ACCOUNT), value(CloudRecord.QUOTA),
                    value(CloudRecord.ADMIN_NAME), value(CloudRecord.ADMIN_NIP), cloudPppk.get(),
                    value(CloudRecord.ADMIN_POSITION));
            case JARINGAN -> new NetworkRecord(value(NetworkRecord.LOCATION), networkWork.get(),
                    value(NetworkRecord.BANDWIDTH));
        };
    }

    /** The event's date and time; null when either is missing; IllegalArgumentException when the time is not hh.mm. */
    private LocalDateTime eventAt() {
        String t = value(EVENT_TIME);
        if (viconDate.get() == null || t == null) {
            return null;
        }
        Matcher m = TIME.matcher(t.strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 59) {
            throw new IllegalArgumentException(t);
        }
        return viconDate.get().atTime(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    private String value(String field) {
        String v = text(field).get();
        return v == null || v.isBlank() ? null : v;
    }

    private void showViolations(List<Violation> violations) {
        for (Violation v : violations) {
            errors.put(v.field(), WorkflowErrors.message(i18n, v));
        }
    }

    public BooleanProperty mineOnly() {
        return mineOnly;
    }

    public ObservableList<WorkItem> items() {
        return items;
    }

    public BooleanProperty hasMore() {
        return hasMore;
    }

    public ObjectProperty<RequestDetail> detail() {
        return detail;
    }

    public BooleanProperty viconActivated() {
        return viconActivated;
    }

    public ObjectProperty<LocalDate> viconDate() {
        return viconDate;
    }

    public BooleanProperty cloudPppk() {
        return cloudPppk;
    }

    public ObjectProperty<HostingRecord.Type> hostingType() {
        return hostingType;
    }

    public ObjectProperty<EmailRecord.Action> emailAction() {
        return emailAction;
    }

    public ObjectProperty<NetworkRecord.Work> networkWork() {
        return networkWork;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public StringProperty notice() {
        return notice;
    }
}
