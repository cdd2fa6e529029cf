package id.kalbarprov.loket.core.request;

import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.register.LetterRow;
import java.time.LocalDate;

/** The due date of a request, computed on the fly for lists (see docs/decisions/0003). */
public final class RequestClock {

    private RequestClock() {
    }

    /** Due date, or null while the clock has not started (berkas belum lengkap). */
    public static LocalDate due(LetterRow r, WorkingCalendar calendar) {
        return due(r.clockStart(), r.workingDays(), r.clockDaysUsed(), calendar);
    }

    /**
     * Due date from the current clock start: days used before a pause count, only the remaining
     * days run from {@code clockStart}. Null when the clock has not started.
     */
    public static LocalDate due(LocalDate clockStart, int workingDays, int daysUsed, WorkingCalendar calendar) {
        if (clockStart == null) {
            return null;
        }
        return calendar.plusWorkingDays(clockStart, Math.max(0, workingDays - daysUsed));
    }

    /** Where the request stands today; null when finished or the clock is not running. */
    public static DueStatus status(LetterRow r, WorkingCalendar calendar, LocalDate today) {
        if (!r.state().clockRunning()) {
            return null;
        }
        LocalDate due = due(r, calendar);
        return due == null ? null : WorkingCalendar.status(due, today);
    }
}
