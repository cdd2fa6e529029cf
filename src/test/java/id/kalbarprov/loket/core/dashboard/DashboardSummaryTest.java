package id.kalbarprov.loket.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardSummaryTest {

    final WorkingCalendar with2026 = new WorkingCalendar(List.of(LocalDate.of(2026, 12, 25)), WorkingCalendar.DEFAULT_CLOSING);

    @Test
    void noWarningWhileTheCurrentYearHasAListAndNothingFallsDueNextYear() {
        assertThat(DashboardSummary.yearsWithoutHolidays(with2026, LocalDate.of(2026, 11, 23), List.of(2026)))
                .isEmpty();
    }

    @Test
    void fromDecemberTheNextYearNeedsItsList() {
        assertThat(DashboardSummary.yearsWithoutHolidays(with2026, LocalDate.of(2026, 12, 1), List.of()))
                .containsExactly(2027);
    }

    @Test
    void anOpenRequestDueNextYearNeedsThatYearsList() {
        assertThat(DashboardSummary.yearsWithoutHolidays(with2026, LocalDate.of(2026, 11, 23), List.of(2026, 2027)))
                .containsExactly(2027);
    }

    @Test
    void theCurrentYearWithoutAListIsReported() {
        assertThat(DashboardSummary.yearsWithoutHolidays(with2026, LocalDate.of(2027, 2, 1), List.of()))
                .containsExactly(2027);
    }
}
