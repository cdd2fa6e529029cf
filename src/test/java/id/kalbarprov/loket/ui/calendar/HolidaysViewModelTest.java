package id.kalbarprov.loket.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.calendar.HolidayService;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidaysViewModelTest {

    @TempDir
    Path dir;

    /**
     * Regression (robustness test): 31-02-2028 was saved as 28 February, and a date that could not be
     * read hid the other fields' problems.
     */
    @Test
    void anUnreadableDateAndAMissingNameAreToldTogetherAndNothingIsSaved() {
        Loket loket = FxTestSupport.open(dir);
        var dialogs = new FxTestSupport.RecordingDialogs();
        HolidaysViewModel vm = new HolidaysViewModel(loket.holidays(), loket::actor, TaskRunner.direct(), dialogs,
                new I18n(I18n.INDONESIAN), loket.clock());
        vm.load();
        int before = loket.holidays().inYear(2026).size();
        vm.dateText().set("31-02-2028");
        vm.name().set("  ");
        vm.basis().set("x".repeat(201));
        vm.add();
        assertThat(vm.errors()).containsOnlyKeys(HolidayService.DATE, HolidayService.NAME, HolidayService.BASIS);
        assertThat(vm.errors().get(HolidayService.DATE)).startsWith("Tanggal tidak valid");
        assertThat(vm.errors().get(HolidayService.NAME)).isEqualTo("Wajib diisi.");
        assertThat(dialogs.shown).isEmpty();
        assertThat(loket.holidays().inYear(2026)).hasSize(before);
        assertThat(loket.holidays().years()).doesNotContain(2028);
        assertThat(loket.holidays().inYear(2028)).isEmpty();
    }
}
