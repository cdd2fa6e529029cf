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
        if (r.clockStart() == null) {
            return null;
        }
        return calendar.plusWorkingDays(r.clockStart(), r.workingDays());
    }

    /** Where the request stands today; null when finished or the clock is not running. */
    public static DueStatus status(LetterRow r, WorkingCalendar calendar, LocalDate today) {
        LocalDate due = due(r, calendar);
        if (due == null || !r.state().open() || r.state() == RequestState.BERKAS_BELUM_LENGKAP) {
            return null;
        }
        return WorkingCalendar.status(due, today);
    }
}
