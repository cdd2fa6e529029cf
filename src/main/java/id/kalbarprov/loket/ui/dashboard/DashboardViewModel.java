package id.kalbarprov.loket.ui.dashboard;

import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.dashboard.DashboardSummary;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.shell.Navigator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Beranda: loads the counts off the FX thread; each count opens the register filtered the same way. */
public final class DashboardViewModel {

    private final Supplier<DashboardSummary> loader;
    private final TaskRunner runner;
    private final Navigator navigator;
    private final Consumer<Throwable> onError;
    private final Clock clock;
    private final ObjectProperty<DashboardSummary> summary = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();

    public DashboardViewModel(Supplier<DashboardSummary> loader, TaskRunner runner, Navigator navigator,
                              Clock clock, Consumer<Throwable> onError) {
        this.loader = loader;
        this.runner = runner;
        this.navigator = navigator;
        this.clock = clock;
        this.onError = onError;
    }

    /** Reloads every count (called each time Beranda is shown). */
    public void load() {
        loading.set(true);
        runner.run(loader, s -> {
            today.set(LocalDate.now(clock));
            summary.set(s);
            loading.set(false);
        }, e -> {
            loading.set(false);
            onError.accept(e);
        });
    }

    public ReadOnlyObjectProperty<DashboardSummary> summary() {
        return summary;
    }

    public ReadOnlyObjectProperty<LocalDate> today() {
        return today;
    }

    public ReadOnlyBooleanProperty loading() {
        return loading;
    }

    public void openState(RequestState state) {
        navigator.openRegister(LetterFilter.ALL.withState(state));
    }

    /** Open requests whose clock runs and that are due today / overdue. */
    public void openDue(DueStatus due) {
        navigator.openRegister(LetterFilter.ALL.withDue(due));
    }

    public void openService(long serviceId) {
        navigator.openRegister(LetterFilter.ALL.withService(serviceId).withOpenOnly());
    }

    public void openServiceDue(long serviceId, DueStatus due) {
        navigator.openRegister(LetterFilter.ALL.withService(serviceId).withDue(due));
    }
}
