package id.kalbarprov.loket.core.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintClockTest {

    static WorkingCalendar seeded() throws IOException {
        try (InputStream in = ComplaintClockTest.class.getResourceAsStream("/reference/holidays.csv")) {
            List<LocalDate> days = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(l -> LocalDate.parse(l.substring(0, 10))).toList();
            return new WorkingCalendar(days, LocalTime.of(16, 0));
        }
    }

    /** Tue 17 March 2026, 10:00: day 0; 18-24 March (Nyepi, Idulfitri, weekend, cuti bersama) are off. */
    static final LocalDateTime BEFORE_IDULFITRI = LocalDateTime.of(2026, 3, 17, 10, 0);

    @Test
    void ringanAndNormatifFiveWorkingDaysSkipIdulfitri() throws IOException {
        // 25, 26, 27, 30, 31 March
        assertThat(ComplaintClock.due(BEFORE_IDULFITRI, 5, seeded())).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void tidakBerkadarFourteenWorkingDaysSkipIdulfitriAndGoodFriday() throws IOException {
        // 25-27, 30, 31 March, 1, 2 April, (3 April Wafat Yesus Kristus), 6-10, 13, 14 April
        assertThat(ComplaintClock.due(BEFORE_IDULFITRI, 14, seeded())).isEqualTo(LocalDate.of(2026, 4, 14));
    }

    @Test
    void berkadarSixtyWorkingDaysSkipEveryHolidayToJune() throws IOException {
        // also skips 1, 14, 15, 27, 28 May, 1 and 16 June 2026
        assertThat(ComplaintClock.due(BEFORE_IDULFITRI, 60, seeded())).isEqualTo(LocalDate.of(2026, 6, 26));
    }

    @Test
    void christmasLeaveIsSkipped() throws IOException {
        // Mon 21 Dec 2026: 22, 23, (24, 25 Christmas, weekend), 28, 29, 30
        assertThat(ComplaintClock.due(LocalDateTime.of(2026, 12, 21, 9, 0), 5, seeded()))
                .isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void receivedAfterClosingStartsNextWorkingDayLikeRequests() throws IOException {
        // Mon 16 March 2026 16:30: day 0 is Tue 17 March, so the same due date as a 17 March morning
        assertThat(ComplaintClock.due(LocalDateTime.of(2026, 3, 16, 16, 30), 5, seeded()))
                .isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void uncategorisedHasNoDeadlineAndClosedHasNoStatus() throws IOException {
        assertThat(ComplaintClock.due(BEFORE_IDULFITRI, null, seeded())).isNull();
        LocalDate due = LocalDate.of(2026, 3, 31);
        assertThat(ComplaintClock.status(ComplaintState.DIVERIFIKASI, due, due)).isEqualTo(DueStatus.DUE_TODAY);
        assertThat(ComplaintClock.status(ComplaintState.DITINDAKLANJUTI, due, due.plusDays(1)))
                .isEqualTo(DueStatus.OVERDUE);
        assertThat(ComplaintClock.status(ComplaintState.SELESAI, due, due.plusDays(1))).isNull();
        assertThat(ComplaintClock.onTime(due, due)).isTrue();
        assertThat(ComplaintClock.onTime(due, due.plusDays(1))).isFalse();
    }
}
