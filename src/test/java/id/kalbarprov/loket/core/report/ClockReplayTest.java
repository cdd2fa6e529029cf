package id.kalbarprov.loket.core.report;

import static id.kalbarprov.loket.core.request.RequestState.BERKAS_BELUM_LENGKAP;
import static id.kalbarprov.loket.core.request.RequestState.DIKAJI;
import static id.kalbarprov.loket.core.request.RequestState.DIKEMBALIKAN;
import static id.kalbarprov.loket.core.request.RequestState.DIPROSES;
import static id.kalbarprov.loket.core.request.RequestState.DITERIMA;
import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.calendar.SeededCalendar;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.report.ClockReplay.Standing;
import id.kalbarprov.loket.core.report.ClockReplay.Step;
import id.kalbarprov.loket.core.request.RequestState;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The clock replayed from history, with the hand-checked examples of decision 0003. */
class ClockReplayTest {

    static final WorkingCalendar CAL = SeededCalendar.get();
    static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 3, 16, 10, 0); // Monday

    private static Step step(int month, int day, int hour, RequestState from, RequestState to) {
        return new Step(LocalDateTime.of(2026, month, day, hour, 0), from, to);
    }

    private static Standing on(List<Step> steps, int month, int day) {
        List<Step> before = new ArrayList<>();
        LocalDate d = LocalDate.of(2026, month, day);
        for (Step s : steps) {
            if (!s.at().toLocalDate().isAfter(d)) {
                before.add(s);
            }
        }
        return ClockReplay.replay(RECEIVED, before, 3, CAL, d);
    }

    /** Hosting received Mon 16 March 10:00, returned Tue 17 March, items back Wed 25 March 15:00. */
    static final List<Step> RETURNED = List.of(
            step(3, 16, 10, null, DITERIMA),
            step(3, 16, 11, DITERIMA, DIKAJI),
            step(3, 17, 9, DIKAJI, DIKEMBALIKAN),
            step(3, 25, 15, DIKEMBALIKAN, DITERIMA),
            step(3, 26, 9, DITERIMA, DIKAJI),
            step(3, 26, 10, DIKAJI, DIPROSES));

    @Test
    void pausedDaysDoNotCountAndTheRestRunFromTheNewDayZero() {
        Standing day0 = on(RETURNED, 3, 16);
        assertThat(day0.daysUsed()).isZero();
        assertThat(day0.overdue()).isFalse();
        Standing paused = on(RETURNED, 3, 20);
        assertThat(paused.state()).isEqualTo(DIKEMBALIKAN);
        assertThat(paused.daysUsed()).isEqualTo(1); // Tuesday 17 March
        assertThat(paused.running()).isFalse();
        assertThat(paused.overdue()).isFalse();
        Standing dueDay = on(RETURNED, 3, 27); // Friday 27 March: 1 + 2 = 3 days, the due date itself
        assertThat(dueDay.clockStart()).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(dueDay.daysUsed()).isEqualTo(3);
        assertThat(dueDay.overdue()).isFalse();
        Standing weekend = on(RETURNED, 3, 28); // Saturday: still 3
        assertThat(weekend.overdue()).isFalse();
        Standing monday = on(RETURNED, 3, 30); // Monday 30 March: 4 > 3
        assertThat(monday.daysUsed()).isEqualTo(4);
        assertThat(monday.overdue()).isTrue();
    }

    @Test
    void itemsBackAtClosingTimeStartTheNextWorkingDay() {
        List<Step> steps = List.of(step(3, 16, 10, null, DITERIMA), step(3, 17, 9, DITERIMA, DIKEMBALIKAN),
                step(3, 25, 16, DIKEMBALIKAN, DITERIMA));
        Standing s = on(steps, 3, 27);
        assertThat(s.clockStart()).isEqualTo(LocalDate.of(2026, 3, 26));
        assertThat(s.daysUsed()).isEqualTo(2); // 1 before the pause + Friday 27
        assertThat(on(steps, 3, 30).overdue()).isFalse(); // due Monday 30 March
        assertThat(on(steps, 3, 31).overdue()).isTrue();
    }

    @Test
    void anIncompleteFileHasNoClockUntilItIsCompleted() {
        List<Step> steps = List.of(step(3, 16, 10, null, BERKAS_BELUM_LENGKAP),
                step(3, 26, 11, BERKAS_BELUM_LENGKAP, DITERIMA));
        Standing waiting = on(steps, 3, 25);
        assertThat(waiting.state()).isEqualTo(BERKAS_BELUM_LENGKAP);
        assertThat(waiting.daysUsed()).isZero();
        assertThat(waiting.overdue()).isFalse();
        Standing started = on(steps, 4, 1); // day 0 = 26 March; 27, 30, 31 March, 1 April
        assertThat(started.clockStart()).isEqualTo(LocalDate.of(2026, 3, 26));
        assertThat(started.daysUsed()).isEqualTo(4);
        assertThat(started.overdue()).isTrue();
    }

    @Test
    void receivedAfterClosingStartsTheNextWorkingDay() {
        LocalDateTime late = LocalDateTime.of(2026, 11, 20, 16, 30); // Friday after closing
        Standing s = ClockReplay.replay(late, List.of(new Step(late, null, DITERIMA)), 1, CAL,
                LocalDate.of(2026, 11, 24));
        assertThat(s.clockStart()).isEqualTo(LocalDate.of(2026, 11, 23)); // Monday
        assertThat(s.daysUsed()).isEqualTo(1);
        assertThat(s.overdue()).isFalse();
        assertThat(ClockReplay.replay(late, List.of(new Step(late, null, DITERIMA)), 1, CAL,
                LocalDate.of(2026, 11, 25)).overdue()).isTrue();
    }
}
