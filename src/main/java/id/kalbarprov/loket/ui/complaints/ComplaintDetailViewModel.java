package id.kalbarprov.loket.ui.complaints;

import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.catalog.ComplaintCategory;
import id.kalbarprov.loket.core.complaints.Complaint;
import id.kalbarprov.loket.core.complaints.ComplaintClock;
import id.kalbarprov.loket.core.complaints.ComplaintHistory;
import id.kalbarprov.loket.core.complaints.DeliveryChannel;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** One complaint with its history and the step its state allows: verify, forward, follow up, close. */
public final class ComplaintDetailViewModel {

    /** A choice in the verification list: a category, or (null) "not Diskominfo's to handle". */
    public record Verdict(ComplaintCategory category) {
        public boolean notOurs() {
            return category == null;
        }
    }

    private final ComplaintsContext ctx;
    private final Runnable onChanged;
    private final ObjectProperty<Complaint> complaint = new SimpleObjectProperty<>();
    private final ObservableList<ComplaintHistory> history = FXCollections.observableArrayList();
    private final ObservableList<Verdict> verdicts = FXCollections.observableArrayList();
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final StringProperty forwardTo = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty actions = new SimpleStringProperty("");
    private final StringProperty answer = new SimpleStringProperty("");
    private final ObjectProperty<DeliveryChannel> delivery = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> deliveredOn = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    /** {@code onChanged}: after every saved step (the list refreshes). */
    public ComplaintDetailViewModel(ComplaintsContext ctx, Runnable onChanged) {
        this.ctx = ctx;
        this.onChanged = onChanged;
    }

    private record Loaded(Complaint complaint, List<ComplaintHistory> history, List<ComplaintCategory> categories) {
    }

    public void load(long id) {
        ctx.runner().run(() -> new Loaded(ctx.store().find(id).orElseThrow(), ctx.store().history(id),
                verdicts.isEmpty() ? ctx.reference().complaintCategories() : null), l -> {
                    if (l.categories() != null) {
                        l.categories().forEach(c -> verdicts.add(new Verdict(c)));
                        verdicts.add(new Verdict(null));
                    }
                    history.setAll(l.history());
                    verdict.set(null);
                    forwardTo.set("");
                    note.set("");
                    actions.set("");
                    answer.set("");
                    delivery.set(null);
                    deliveredOn.set(ctx.today());
                    errors.clear();
                    complaint.set(l.complaint());
                }, ctx.dialogs()::unexpected);
    }

    private void reload() {
        if (complaint.get() != null) {
            load(complaint.get().id());
        }
    }

    public boolean canHandle() {
        return ctx.actor().get().can(Permission.HANDLE_COMPLAINT);
    }

    /** Saves the verification: a category, or forwarding when "not ours" is chosen. */
    public void verify() {
        Complaint c = complaint.get();
        Verdict v = verdict.get();
        errors.clear();
        if (v != null && v.notOurs()) {
            step(() -> ctx.service().forward(c.id(), c.version(), forwardTo.get(), note.get(), ctx.actor().get()));
        } else {
            Long category = v == null ? null : v.category().id();
            step(() -> ctx.service().verify(c.id(), c.version(), category, note.get(), ctx.actor().get()));
        }
    }

    public void followUp() {
        Complaint c = complaint.get();
        step(() -> ctx.service().followUp(c.id(), c.version(), actions.get(), ctx.actor().get()));
    }

    public void close() {
        Complaint c = complaint.get();
        step(() -> ctx.service().close(c.id(), c.version(), answer.get(), delivery.get(), deliveredOn.get(),
                ctx.actor().get()));
    }

    private void step(Runnable work) {
        errors.clear();
        ctx.runner().run(() -> {
            work.run();
            return Boolean.TRUE;
        }, ok -> {
            reload();
            onChanged.run();
        }, e -> ctx.fail(e, errors, this::reload));
    }

    public String dueText() {
        Complaint c = complaint.get();
        return ctx.dueText(c.state(), due());
    }

    public String dueStyle() {
        Complaint c = complaint.get();
        return ctx.dueStyle(c.state(), due());
    }

    public LocalDate due() {
        Complaint c = complaint.get();
        return ComplaintClock.due(c.receivedAt(), c.workingDays(), ctx.calendar().get());
    }

    public ObjectProperty<Complaint> complaint() {
        return complaint;
    }

    public ObservableList<ComplaintHistory> history() {
        return history;
    }

    public ObservableList<Verdict> verdicts() {
        return verdicts;
    }

    public ObjectProperty<Verdict> verdict() {
        return verdict;
    }

    public StringProperty forwardTo() {
        return forwardTo;
    }

    public StringProperty note() {
        return note;
    }

    public StringProperty actions() {
        return actions;
    }

    public StringProperty answer() {
        return answer;
    }

    public ObjectProperty<DeliveryChannel> delivery() {
        return delivery;
    }

    public ObjectProperty<LocalDate> deliveredOn() {
        return deliveredOn;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }
}
