package id.kalbarprov.loket.core.request;

import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import java.time.LocalDate;

/** The due date of a request, computed on the fly for lists (see docs/decisions/0003). */
public final class RequestClock {

    private RequestClock() {
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

    /** Where a request in {@code state} due on {@code due} stands today; null when its clock does not run. */
    public static DueStatus status(RequestState state, LocalDate due, LocalDate today) {
        if (!state.clockRunning() || due == null) {
            return null;
        }
        return WorkingCalendar.status(due, today);
    }
}
