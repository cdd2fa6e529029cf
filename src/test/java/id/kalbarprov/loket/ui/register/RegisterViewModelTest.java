package id.kalbarprov.loket.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.register.LetterDetail;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.register.LetterRow;
import id.kalbarprov.loket.core.register.Page;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.DemoData;
import id.kalbarprov.loket.store.LetterStore;
import id.kalbarprov.loket.store.ReferenceStore;
import id.kalbarprov.loket.store.SettingsStore;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterViewModelTest {

    @TempDir
    Path dir;
    LetterStore letters;
    ReferenceStore ref;
    RegisterViewModel vm;
    List<LetterFilter> asked = new ArrayList<>();

    @BeforeEach
    void setUp() {
        Database db = Database.open(dir.resolve("loket.db"));
        DemoData.write(db, 250, 3, LocalDate.of(2026, 11, 23));
        ref = new ReferenceStore(db);
        letters = new LetterStore(db, () -> ref.calendar(new SettingsStore(db)), FxTestSupport.clock());
        vm = new RegisterViewModel(new RegisterViewModel.Source() {
            @Override
            public Page<LetterRow> search(LetterFilter filter, int offset, int limit) {
                asked.add(filter);
                return letters.search(filter, offset, limit);
            }

            @Override
            public id.kalbarprov.loket.core.register.Total count(LetterFilter filter) {
                return letters.count(filter);
            }

            @Override
            public Optional<LetterDetail> detail(long id) {
                return letters.detail(id);
            }

            @Override
            public List<ServiceStandard> services() {
                return ref.services();
            }

            @Override
            public List<Agency> agencies() {
                return ref.agencies();
            }

            @Override
            public WorkingCalendar calendar() {
                return ref.calendar(new SettingsStore(db));
            }
        }, TaskRunner.direct(), FxTestSupport.clock(), e -> {
            throw new AssertionError(e);
        });
    }

    @Test
    void showsTheNewestFirstPageWithTheTotalAndPagesOn() {
        vm.load();
        assertThat(vm.total().get()).isEqualTo(250);
        assertThat(vm.rows()).hasSize(RegisterViewModel.PAGE_SIZE);
        assertThat(vm.rows()).extracting(r -> r.letter().receivedAt())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        vm.nextPage();
        vm.nextPage();
        assertThat(vm.offset().get()).isEqualTo(200);
        assertThat(vm.rows()).hasSize(50);
        assertThat(vm.hasMore().get()).isFalse();
        vm.previousPage();
        assertThat(vm.offset().get()).isEqualTo(100);
    }

    @Test
    void everyFilterPartNarrowsTheListAndDueRowsCarryTheirStatus() {
        vm.load();
        vm.state().set(RequestState.SELESAI);
        int selesai = vm.total().get();
        assertThat(selesai).isBetween(1, 249);
        assertThat(vm.rows()).allSatisfy(r -> {
            assertThat(r.letter().state()).isEqualTo(RequestState.SELESAI);
            assertThat(r.due()).isNull();
        });
        vm.service().set(vm.services().get(0));
        assertThat(vm.total().get()).isLessThan(selesai);
        vm.clearFilter();
        assertThat(vm.total().get()).isEqualTo(250);
        vm.due().set(DueStatus.OVERDUE);
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.dueStatus()).isEqualTo(DueStatus.OVERDUE));
        assertThat(vm.total().get()).isEqualTo(letters.count(LetterFilter.ALL.withDue(DueStatus.OVERDUE)).value());
    }

    @Test
    void openedPreFilteredFromElsewhereTheControlsShowTheFilter() {
        Agency dinkes = ref.agencies().stream().filter(a -> "Dinkes".equals(a.abbreviation())).findFirst().orElseThrow();
        vm.apply(LetterFilter.ALL.withAgency(dinkes.id()).withDue(DueStatus.OVERDUE));
        vm.load();
        assertThat(vm.agency().get()).isNotNull().extracting(Agency::id).isEqualTo(dinkes.id());
        assertThat(vm.due().get()).isEqualTo(DueStatus.OVERDUE);
        assertThat(asked.get(asked.size() - 1).agencyId()).isEqualTo(dinkes.id());
    }

    @Test
    void sortingAsksTheStoreOnlyWhenTheOrderChanges() {
        vm.load();
        int before = asked.size();
        vm.sortBy(LetterFilter.SortKey.RECEIVED, false);
        assertThat(asked).hasSize(before);
        vm.sortBy(LetterFilter.SortKey.AGENCY, true);
        assertThat(asked).hasSize(before + 1);
        assertThat(asked.get(before).sort()).isEqualTo(LetterFilter.SortKey.AGENCY);
        assertThat(vm.rows()).extracting(r -> r.letter().agency()).isSorted();
    }
}
