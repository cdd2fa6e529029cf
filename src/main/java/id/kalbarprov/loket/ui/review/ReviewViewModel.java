package id.kalbarprov.loket.ui.review;

import id.kalbarprov.loket.core.auth.Person;
import id.kalbarprov.loket.core.register.Page;
import id.kalbarprov.loket.core.register.RequestDetail;
import id.kalbarprov.loket.core.register.WorkItem;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.request.RequestWorkflow;
import id.kalbarprov.loket.core.validation.Violation;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** Kajian: the reviewer's worklist, the selected request, and the decisions on it. */
public final class ReviewViewModel {

    /** Page size of the worklist. */
    public static final int PAGE = 50;

    /** The two parts of the worklist. */
    public enum Section {
        /** Diterima and Dikaji: the clock runs. */
        TO_REVIEW(EnumSet.of(RequestState.DITERIMA, RequestState.DIKAJI)),
        /** Berkas belum lengkap and Dikembalikan ke PD: waiting for the agency. */
        WAITING(EnumSet.of(RequestState.BERKAS_BELUM_LENGKAP, RequestState.DIKEMBALIKAN));

        private final Set<RequestState> states;

        Section(Set<RequestState> states) {
            this.states = Set.copyOf(states);
        }

        public Set<RequestState> states() {
            return states;
        }
    }

    private final WorkflowServices services;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;

    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.TO_REVIEW);
    private final ObservableList<WorkItem> items = FXCollections.observableArrayList();
    private final BooleanProperty hasMore = new SimpleBooleanProperty();
    private final ObjectProperty<RequestDetail> detail = new SimpleObjectProperty<>();
    /** Field of the refusal's own reason (the core calls it {@link RequestWorkflow#REASON}). */
    public static final String REFUSE_REASON = "refuseReason";

    private final ObservableList<Person> processors = FXCollections.observableArrayList();
    private final StringProperty processor = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty missingItems = new SimpleStringProperty("");
    private final StringProperty refuseReason = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty notice = new SimpleStringProperty("");

    public ReviewViewModel(WorkflowServices services, TaskRunner runner, DialogService dialogs, I18n i18n) {
        this.services = services;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        section.addListener((o, a, b) -> load());
    }

    /** Reloads the first page of the current section and the selected request. */
    public void load() {
        Section s = section.get();
        runner.run(() -> services.worklists().worklist(s.states(), null, services.today(), 0, PAGE), page -> {
            items.setAll(page.items());
            hasMore.set(page.hasMore());
            RequestDetail d = detail.get();
            if (d != null && items.stream().noneMatch(w -> w.row().id() == d.item().row().id())) {
                select(null);
            } else if (d != null) {
                select(d.item().row().id());
            }
        }, dialogs::unexpected);
        runner.run(() -> services.worklists().processors(), processors::setAll, dialogs::unexpected);
    }

    public void loadMore() {
        Section s = section.get();
        int offset = items.size();
        runner.run(() -> services.worklists().worklist(s.states(), null, services.today(), offset, PAGE),
                (Page<WorkItem> page) -> {
                    items.addAll(page.items());
                    hasMore.set(page.hasMore());
                }, dialogs::unexpected);
    }

    /** Shows request {@code id} (null: nothing). */
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
            detail.set(d);
            if (other && d != null) {
                reason.set(d.decisionReason() == null ? "" : d.decisionReason());
                missingItems.set(d.missingItems() == null ? "" : d.missingItems());
                refuseReason.set("");
                processor.set(d.item().processor() == null ? "" : d.item().processor());
            }
        }, dialogs::unexpected);
    }

    private RequestState state() {
        return detail.get() == null ? null : detail.get().item().row().state();
    }

    public boolean canMove(RequestState to) {
        RequestState s = state();
        return s != null && s.canMoveTo(to);
    }

    public void take() {
        act(() -> services.workflow().takeForReview(id(), version(), services.actor().get()), "review.done.take",
                Map.of());
    }

    public void forward() {
        String p = processor.get();
        act(() -> services.workflow().forwardToProcessing(id(), version(), services.actor().get(), p, null),
                "review.done.forward", Map.of());
    }

    /**
     * Returns the request to the agency after asking (the clock stops; the agency gets a letter). With
     * the reason or the missing items left empty nothing is asked: the core's refusal shows under them.
     */
    public void returnToAgency() {
        String r = reason.get();
        String m = missingItems.get();
        if (filled(r) && filled(m) && !dialogs.confirm(i18n.t("review.return.confirmTitle"),
                i18n.t("review.return.confirm", agenda(), agency(), r.strip(), m.strip()), i18n.t("review.return"))) {
            return;
        }
        act(() -> services.workflow().returnToAgency(id(), version(), services.actor().get(), r, m),
                "review.done.return", Map.of());
    }

    /**
     * Refuses the request with its own reason, after asking: a refused request is never processed.
     * The core's {@link RequestWorkflow#REASON} shows under the refusal's reason ({@link #REFUSE_REASON}).
     */
    public void refuse() {
        String r = refuseReason.get();
        if (filled(r) && !dialogs.confirm(i18n.t("review.refuse.confirmTitle"),
                i18n.t("review.refuse.confirm", agenda(), agency(), r.strip()), i18n.t("review.refuse"))) {
            return;
        }
        act(() -> services.workflow().refuse(id(), version(), services.actor().get(), r), "review.done.refuse",
                Map.of(RequestWorkflow.REASON, REFUSE_REASON));
    }

    private static boolean filled(String s) {
        return s != null && !s.isBlank();
    }

    private String agenda() {
        return detail.get() == null ? "" : detail.get().item().row().agendaNumber();
    }

    private String agency() {
        return detail.get() == null ? "" : detail.get().item().row().agency();
    }

    /** The file is complete now / the missing items arrived: the clock (re)starts. */
    public void complete() {
        act(() -> services.workflow().missingItemsArrived(id(), version(), services.actor().get(), null),
                "review.done.complete", Map.of());
    }

    private long id() {
        return detail.get().item().row().id();
    }

    private int version() {
        return detail.get().item().row().version();
    }

    /** Runs {@code step}; a violation of field f shows under {@code fieldFor.getOrDefault(f, f)}. */
    private void act(Runnable step, String doneKey, Map<String, String> fieldFor) {
        if (detail.get() == null) {
            return;
        }
        errors.clear();
        String agenda = detail.get().item().row().agendaNumber();
        runner.run(() -> {
            step.run();
            return true;
        }, ok -> {
            notice.set(i18n.t(doneKey, agenda));
            reason.set("");
            missingItems.set("");
            refuseReason.set("");
            load();
        }, e -> WorkflowErrors.handle(e, i18n, dialogs, v -> showViolations(v, fieldFor), this::load));
    }

    private void showViolations(List<Violation> violations, Map<String, String> fieldFor) {
        for (Violation v : violations) {
            errors.put(fieldFor.getOrDefault(v.field(), v.field()), WorkflowErrors.message(i18n, v));
        }
    }

    public ObjectProperty<Section> section() {
        return section;
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

    /** Who a request can be forwarded to, shown by full name; {@link #processor} holds the username. */
    public ObservableList<Person> processors() {
        return processors;
    }

    public StringProperty processor() {
        return processor;
    }

    public StringProperty reason() {
        return reason;
    }

    public StringProperty missingItems() {
        return missingItems;
    }

    /** The refusal's own reason (not the return's). */
    public StringProperty refuseReason() {
        return refuseReason;
    }

    /** Field id ({@link RequestWorkflow#REASON} ...) → message. */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    public StringProperty notice() {
        return notice;
    }
}
