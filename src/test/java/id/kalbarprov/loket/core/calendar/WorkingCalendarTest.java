package id.kalbarprov.loket.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    /** The holidays the app seeds, read from the same CSV the migration was generated from. */
    static WorkingCalendar seeded() throws IOException {
        return SeededCalendar.get();
    }

    @Test
    void idulfitri2026StretchIsSkipped() throws IOException {
        // Tue 17 March 2026, 10:00: day 0. 18-24 March are Nyepi/Idulfitri leave and a weekend.
        assertThat(seeded().dueDate(LocalDateTime.of(2026, 3, 17, 10, 0), 3)).isEqualTo(LocalDate.of(2026, 3, 27));
    }

    @Test
    void registeredAtClosingTimeStartsNextWorkingDay() throws IOException {
        WorkingCalendar c = seeded();
        assertThat(c.clockStart(LocalDateTime.of(2026, 3, 17, 15, 59))).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(c.clockStart(LocalDateTime.of(2026, 3, 17, 16, 0))).isEqualTo(LocalDate.of(2026, 3, 25));
    }

    @Test
    void christmas2026AndWeekend() throws IOException {
        // Wed 23 Dec 2026 registered 09:00, 1 working day: 24 (cuti) and 25 (Natal) off, 26-27 weekend.
        WorkingCalendar c = seeded();
        assertThat(c.dueDate(LocalDateTime.of(2026, 12, 23, 9, 0), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(c.isWorkingDay(LocalDate.of(2026, 12, 24))).isFalse();
    }

    @Test
    void weekendRegistrationStartsMonday() throws IOException {
        // Saturday 21 Nov 2026 -> day 0 is Monday 23 Nov; 1 working day -> Tuesday 24 Nov.
        assertThat(seeded().dueDate(LocalDateTime.of(2026, 11, 21, 10, 0), 1)).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void zeroDaysIsTheStartDay() throws IOException {
        assertThat(seeded().dueDate(LocalDateTime.of(2026, 11, 23, 8, 0), 0)).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void knowsWhichYearsHaveAHolidayList() throws IOException {
        WorkingCalendar c = seeded();
        assertThat(c.hasHolidayListFor(2026)).isTrue();
        assertThat(c.hasHolidayListFor(2027)).isTrue();
        assertThat(c.hasHolidayListFor(2028)).isFalse();
    }

    @Test
    void countsWorkingDaysBetween() throws IOException {
        // (Fri 20 Nov, Fri 27 Nov]: Mon-Fri = 5 working days.
        assertThat(seeded().workingDaysBetween(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27))).isEqualTo(5);
    }

    @Test
    void statusInWords() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(WorkingCalendar.status(today.minusDays(1), today)).isEqualTo(DueStatus.OVERDUE);
        assertThat(WorkingCalendar.status(today, today)).isEqualTo(DueStatus.DUE_TODAY);
        assertThat(WorkingCalendar.status(today.plusDays(1), today)).isEqualTo(DueStatus.ON_TRACK);
    }
}
