package id.kalbarprov.loket.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.dashboard.DashboardSummary;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.shell.NavItem;
import id.kalbarprov.loket.ui.shell.Navigator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DashboardViewModelTest {

    /** Records where the screen sent the user. */
    static final class RecordingNavigator implements Navigator {
        final List<LetterFilter> opened = new ArrayList<>();

        @Override
        public void show(NavItem item) {
            throw new AssertionError("Beranda opens only the register");
        }

        @Override
        public void openRegister(LetterFilter filter) {
            opened.add(filter);
        }
    }

    final RecordingNavigator nav = new RecordingNavigator();
    final List<Throwable> errors = new ArrayList<>();
    final DashboardSummary summary = new DashboardSummary(Map.of(RequestState.DIKAJI, 4), 2, 3,
            List.of(new DashboardSummary.ServiceLine(7, "Pelayanan Hosting", 5, 0, 1)), new TreeSet<>(List.of(2027)));
    final DashboardViewModel vm = new DashboardViewModel(() -> summary, TaskRunner.direct(), nav,
            FxTestSupport.clock(), errors::add);

    @Test
    void loadsTheSummaryAndToday() {
        vm.load();
        assertThat(vm.summary().get().count(RequestState.DIKAJI)).isEqualTo(4);
        assertThat(vm.summary().get().count(RequestState.SELESAI)).isZero();
        assertThat(vm.today().get()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(vm.loading().get()).isFalse();
        assertThat(errors).isEmpty();
    }

    @Test
    void eachCountOpensTheRegisterWithItsFilter() {
        vm.openState(RequestState.DIKAJI);
        vm.openDue(DueStatus.OVERDUE);
        vm.openDue(DueStatus.DUE_TODAY);
        vm.openService(7);
        vm.openServiceDue(7, DueStatus.OVERDUE);
        assertThat(nav.opened).containsExactly(
                LetterFilter.ALL.withState(RequestState.DIKAJI),
                LetterFilter.ALL.withDue(DueStatus.OVERDUE),
                LetterFilter.ALL.withDue(DueStatus.DUE_TODAY),
                LetterFilter.ALL.withService(7L).withOpenOnly(),
                LetterFilter.ALL.withService(7L).withDue(DueStatus.OVERDUE));
        assertThat(nav.opened.get(0).due()).isNull();
        assertThat(nav.opened.get(4).state()).isNull();
    }

    @Test
    void aFailedLoadGoesToTheErrorHandlerAndStopsLoading() {
        DashboardViewModel failing = new DashboardViewModel(() -> {
            throw new IllegalStateException("disk");
        }, TaskRunner.direct(), nav, FxTestSupport.clock(), errors::add);
        failing.load();
        assertThat(errors).singleElement().isInstanceOf(IllegalStateException.class);
        assertThat(failing.loading().get()).isFalse();
        assertThat(failing.summary().get()).isNull();
    }
}
