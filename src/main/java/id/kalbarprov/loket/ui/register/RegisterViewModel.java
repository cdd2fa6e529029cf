package id.kalbarprov.loket.ui.register;

import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.register.LetterDetail;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.register.LetterRow;
import id.kalbarprov.loket.core.register.Page;
import id.kalbarprov.loket.core.register.Total;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The register (Buku Agenda): a quick filter, sorting done by the store, and one page of letters at
 * a time, fetched off the FX thread. Answers that arrive after a newer request are dropped.
 */
public final class RegisterViewModel {

    public static final int PAGE_SIZE = 100;

    /** What the register reads from the store. */
    public interface Source {
        Page<LetterRow> search(LetterFilter filter, int offset, int limit);

        /** Exactly, or "more than" where counting every match would read too much. */
        Total count(LetterFilter filter);

        Optional<LetterDetail> detail(long id);

        List<ServiceStandard> services();

        List<Agency> agencies();

        WorkingCalendar calendar();
    }

    private record Result(List<RegisterRow> rows, int offset, boolean hasMore, Total total) {
    }

    private record Reference(List<ServiceStandard> services, List<Agency> agencies) {
    }

    private final Source source;
    private final TaskRunner runner;
    private final Clock clock;
    private final Consumer<Throwable> onError;

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<ServiceStandard> service = new SimpleObjectProperty<>();
    private final id.kalbarprov.loket.ui.common.AgencyChoice agencyChoice = new id.kalbarprov.loket.ui.common.AgencyChoice(true);
    private final ObjectProperty<Agency> agency = agencyChoice.chosen();
    private final ObjectProperty<RequestState> state = new SimpleObjectProperty<>();
    private final ObjectProperty<DueStatus> due = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty openOnly = new javafx.beans.property.SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private LetterFilter.SortKey sort = LetterFilter.SortKey.RECEIVED;
    private boolean ascending;

    private final ObservableList<ServiceStandard> services = FXCollections.observableArrayList();
    private final ObservableList<Agency> agencies = agencyChoice.agencies();
    private final ObservableList<RegisterRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty(-1);
    private final BooleanProperty totalExact = new SimpleBooleanProperty(true);
    private final IntegerProperty offset = new SimpleIntegerProperty(0);
    private final BooleanProperty hasMore = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObjectProperty<LetterDetail> detail = new SimpleObjectProperty<>();

    private long generation;
    private Long pendingServiceId;
    private Long pendingAgencyId;
    private boolean referenceLoaded;
    private boolean applying;

    public RegisterViewModel(Source source, TaskRunner runner, Clock clock, Consumer<Throwable> onError) {
        this.source = source;
        this.runner = runner;
        this.clock = clock;
        this.onError = onError;
        service.addListener((o, a, b) -> filterChanged());
        agency.addListener((o, a, b) -> filterChanged());
        state.addListener((o, a, b) -> filterChanged());
        due.addListener((o, a, b) -> filterChanged());
        openOnly.addListener((o, a, b) -> filterChanged());
        from.addListener((o, a, b) -> filterChanged());
        to.addListener((o, a, b) -> filterChanged());
        // The text filter reloads when the view says typing paused (see RegisterView), or on reload().
    }

    private void filterChanged() {
        if (!applying) {
            reload();
        }
    }

    /** Loads the services and agencies for the filter bar (once), then the first page. */
    public void load() {
        if (referenceLoaded) {
            reload();
            return;
        }
        runner.run(() -> new Reference(source.services(), source.agencies()), ref -> {
            referenceLoaded = true;
            applying = true;
            services.setAll(ref.services());
            agencies.setAll(ref.agencies());
            resolvePending();
            applying = false;
            reload();
        }, onError);
    }

    /** The filter as the controls stand. */
    public LetterFilter filter() {
        String t = text.get() == null || text.get().isBlank() ? null : text.get().strip();
        return new LetterFilter(t, service.get() == null ? null : service.get().id(),
                agency.get() == null ? null : agency.get().id(), state.get(), from.get(), to.get(), due.get(),
                openOnly.get(), sort, ascending);
    }

    /** Sets every control from {@code f} (Beranda opens the register this way) and reloads. */
    public void apply(LetterFilter f) {
        applying = true;
        text.set(f.text() == null ? "" : f.text());
        state.set(f.state());
        due.set(f.due());
        openOnly.set(f.openOnly());
        from.set(f.from());
        to.set(f.to());
        pendingServiceId = f.serviceId();
        pendingAgencyId = f.agencyId();
        service.set(null);
        agency.set(null);
        sort = f.sort() == null ? LetterFilter.SortKey.RECEIVED : f.sort();
        ascending = f.ascending();
        if (referenceLoaded) {
            resolvePending();
        }
        applying = false;
        if (referenceLoaded) {
            reload();
        }
    }

    private void resolvePending() {
        if (pendingServiceId != null) {
            long id = pendingServiceId;
            service.set(services.stream().filter(s -> s.id() == id).findFirst().orElse(null));
        }
        if (pendingAgencyId != null) {
            long id = pendingAgencyId;
            agency.set(agencies.stream().filter(a -> a.id() == id).findFirst().orElse(null));
        }
        pendingServiceId = null;
        pendingAgencyId = null;
    }

    /** Clears every filter part (sorting stays). */
    public void clearFilter() {
        applying = true;
        text.set("");
        service.set(null);
        agency.set(null);
        state.set(null);
        due.set(null);
        openOnly.set(false);
        from.set(null);
        to.set(null);
        applying = false;
        reload();
    }

    /** Sorts by {@code key}; reloads only when that changes the order. */
    public void sortBy(LetterFilter.SortKey key, boolean asc) {
        if (key == sort && asc == ascending) {
            return;
        }
        sort = key;
        ascending = asc;
        reload();
    }

    public LetterFilter.SortKey sortKey() {
        return sort;
    }

    public boolean ascending() {
        return ascending;
    }

    /** The first page for the current filter. */
    public void reload() {
        fetch(0);
    }

    /** The current page again (another desk changed something), same filter and position. */
    public void refreshPage() {
        if (referenceLoaded) {
            fetch(offset.get());
        }
    }

    public void nextPage() {
        if (hasMore.get()) {
            fetch(offset.get() + PAGE_SIZE);
        }
    }

    public void previousPage() {
        if (offset.get() > 0) {
            fetch(Math.max(0, offset.get() - PAGE_SIZE));
        }
    }

    private void fetch(int at) {
        LetterFilter f = filter();
        long mine = ++generation;
        loading.set(true);
        runner.run(() -> {
            Page<LetterRow> page = source.search(f, at, PAGE_SIZE);
            Total count = at == 0 ? source.count(f) : null;
            WorkingCalendar cal = source.calendar();
            LocalDate today = LocalDate.now(clock);
            List<RegisterRow> list = page.items().stream()
                    .map(r -> new RegisterRow(r, r.state().clockRunning() ? r.due(cal) : null,
                            r.dueStatus(cal, today)))
                    .toList();
            return new Result(list, page.offset(), page.hasMore(), count);
        }, r -> {
            if (mine != generation) {
                return;
            }
            rows.setAll(r.rows());
            offset.set(r.offset());
            hasMore.set(r.hasMore());
            if (r.total() != null) {
                totalExact.set(r.total().exact());
                total.set(r.total().value());
            }
            loading.set(false);
        }, e -> {
            if (mine == generation) {
                loading.set(false);
            }
            onError.accept(e);
        });
    }

    /** Loads the detail of {@code letterId} into {@link #detail()}. */
    public void openDetail(long letterId, Consumer<LetterDetail> then) {
        runner.run(() -> source.detail(letterId), d -> d.ifPresent(x -> {
            detail.set(x);
            then.accept(x);
        }), onError);
    }

    public StringProperty text() {
        return text;
    }

    public ObjectProperty<ServiceStandard> service() {
        return service;
    }

    /** The filter's agency type-ahead (empty: every agency). */
    public id.kalbarprov.loket.ui.common.AgencyChoice agencyChoice() {
        return agencyChoice;
    }

    public ObjectProperty<Agency> agency() {
        return agency;
    }

    public ObjectProperty<RequestState> state() {
        return state;
    }

    /** Only requests still needing work. */
    public javafx.beans.property.BooleanProperty openOnly() {
        return openOnly;
    }

    public ObjectProperty<DueStatus> due() {
        return due;
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public ObservableList<ServiceStandard> services() {
        return services;
    }

    public ObservableList<Agency> agencies() {
        return agencies;
    }

    public ObservableList<RegisterRow> rows() {
        return rows;
    }

    /** Letters the filter matches; -1 until the first answer. More than that when {@link #totalExact()} is false. */
    public ReadOnlyIntegerProperty total() {
        return total;
    }

    /** False when {@link #total()} is a lower bound: more letters match than were counted. */
    public BooleanProperty totalExact() {
        return totalExact;
    }

    public ReadOnlyIntegerProperty offset() {
        return offset;
    }

    public BooleanProperty hasMore() {
        return hasMore;
    }

    public BooleanProperty loading() {
        return loading;
    }

    public ObjectProperty<LetterDetail> detail() {
        return detail;
    }
}
