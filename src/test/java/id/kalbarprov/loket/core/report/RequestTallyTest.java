package id.kalbarprov.loket.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.calendar.SeededCalendar;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestTallyTest {

    static final ServiceStandard HOSTING = new ServiceStandard(4, ServiceKind.HOSTING, "Hosting", "SK", List.of(),
            List.of(), 3, "Gratis", "Hosting");
    static final ServiceStandard VICON = new ServiceStandard(2, ServiceKind.VICON, "Video Conference", "SK",
            List.of(), List.of(), 1, "Gratis", "Zoom");

    private static RequestTally november() {
        return new RequestTally(ReportPeriod.month(2026, 11), List.of(VICON, HOSTING), SeededCalendar.get());
    }

    private static LocalDate nov(int day) {
        return LocalDate.of(2026, 11, day);
    }

    @Test
    void onTimeMeansWithinTheStandardsWorkingDays() {
        RequestTally t = november();
        // Hosting, day 0 Monday 2 November, 3 working days: due Thursday 5 November.
        assertThat(t.completed(HOSTING.id(), nov(2), 0, nov(5))).isTrue();   // 3 days
        assertThat(t.completed(HOSTING.id(), nov(2), 0, nov(6))).isFalse();  // 4 days
        assertThat(t.completed(HOSTING.id(), nov(2), 0, nov(2))).isTrue();   // same day: 0 days
        assertThat(t.completed(HOSTING.id(), nov(2), 0, nov(9))).isFalse();  // Monday 9: 5 days
        ServiceLine h = t.services().get(1);
        assertThat(h.completed()).isEqualTo(4);
        assertThat(h.onTime()).isEqualTo(2);
        assertThat(h.late()).isEqualTo(2);
        assertThat(h.averageDays()).isEqualTo(3.0); // (3 + 4 + 0 + 5) / 4
        assertThat(h.p90Days()).isEqualTo(5);        // rank ceil(3.6) = 4 of 0 3 4 5
        assertThat(h.onTimeShare()).isEqualTo(0.5);
    }

    @Test
    void daysBeforeAPauseCountButPausedDaysDoNot() {
        // Decision 0003: hosting received 16 March 2026, returned 17 March (1 day used), items back
        // 25 March 15:00 (new day 0 = 25 March): finished Friday 27 March = 1 + 2 = 3 days, on time.
        RequestTally t = new RequestTally(ReportPeriod.month(2026, 3), List.of(HOSTING), SeededCalendar.get());
        assertThat(t.completed(HOSTING.id(), LocalDate.of(2026, 3, 25), 1, LocalDate.of(2026, 3, 27))).isTrue();
        assertThat(t.completed(HOSTING.id(), LocalDate.of(2026, 3, 25), 1, LocalDate.of(2026, 3, 30))).isFalse();
        assertThat(t.services().get(0).averageDays()).isEqualTo(3.5);
    }

    @Test
    void aCompletionOnASaturdayCountsAsFriday() {
        RequestTally t = november();
        // Video conference, day 0 Thursday 5 November, due Friday 6; finished Saturday 7: 1 day.
        assertThat(t.completed(VICON.id(), nov(5), 0, nov(7))).isTrue();
        assertThat(t.services().get(0).p90Days()).isEqualTo(1);
    }

    @Test
    void holidaysAreNotWorkingDays() {
        // Video conference, day 0 Wednesday 23 December 2026; 24 (cuti bersama) and 25 (Natal) off, then
        // a weekend: finished Monday 28 December is 1 working day, on time.
        RequestTally t = new RequestTally(ReportPeriod.month(2026, 12), List.of(VICON), SeededCalendar.get());
        assertThat(t.completed(VICON.id(), LocalDate.of(2026, 12, 23), 0, LocalDate.of(2026, 12, 28))).isTrue();
        assertThat(t.services().get(0).averageDays()).isEqualTo(1.0);
    }

    @Test
    void factsOutsideThePeriodCountOnlyInTheTrend() {
        RequestTally t = november();
        t.received(VICON.id(), YearMonth.of(2026, 11), 7);
        t.received(VICON.id(), YearMonth.of(2026, 10), 5);
        t.received(VICON.id(), YearMonth.of(2025, 11), 99); // before the trend's twelve months
        t.completed(VICON.id(), LocalDate.of(2026, 10, 1), 0, LocalDate.of(2026, 10, 5)); // 2 days, late
        t.completed(VICON.id(), nov(2), 0, nov(3));
        ServiceLine v = t.services().get(0);
        assertThat(v.received()).isEqualTo(7);
        assertThat(v.completed()).isEqualTo(1);
        List<TrendPoint> trend = t.trend();
        assertThat(trend).hasSize(12);
        assertThat(trend.get(0).month()).isEqualTo(YearMonth.of(2025, 12));
        TrendPoint oct = trend.get(10);
        assertThat(oct.month()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(oct.received()).isEqualTo(5);
        assertThat(oct.completed()).isEqualTo(1);
        assertThat(oct.onTime()).isZero();
        assertThat(oct.onTimeShare()).isEqualTo(0.0);
        assertThat(trend.get(11).onTimeShare()).isEqualTo(1.0);
        assertThat(trend.get(0).onTimeShare()).isNull();
    }

    @Test
    void theTotalPoolsEveryCompletionNotTheLinesAverages() {
        RequestTally t = november();
        t.completed(VICON.id(), nov(2), 0, nov(2));                 // 0
        t.completed(HOSTING.id(), nov(2), 0, nov(16), 3);           // 10 days each, late
        t.returned(VICON.id(), 2);
        t.refused(HOSTING.id(), 1);
        t.openAtEnd(VICON.id(), false);
        t.openAtEnd(HOSTING.id(), true);
        ServiceLine total = t.total();
        assertThat(total.isTotal()).isTrue();
        assertThat(total.completed()).isEqualTo(4);
        assertThat(total.onTime()).isEqualTo(1);
        assertThat(total.averageDays()).isEqualTo(7.5); // (0 + 30) / 4, not (0 + 10) / 2
        assertThat(total.p90Days()).isEqualTo(10);
        assertThat(total.returned()).isEqualTo(2);
        assertThat(total.refused()).isEqualTo(1);
        assertThat(total.openAtEnd()).isEqualTo(2);
        assertThat(total.overdueAtEnd()).isEqualTo(1);
    }

    @Test
    void aServiceWithNothingHasNoAverage() {
        ServiceLine v = november().services().get(0);
        assertThat(v.name()).isEqualTo("Video Conference");
        assertThat(v.workingDays()).isEqualTo(1);
        assertThat(v.averageDays()).isNull();
        assertThat(v.p90Days()).isNull();
        assertThat(v.onTimeShare()).isNull();
    }
}
