package id.kalbarprov.loket.core.complaints;

import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A complaint's deadline (docs/decisions/0009-complaints.md): the clock starts at receipt, as for
 * requests (same calendar, same closing time), and runs the category's working days. No category
 * yet: no deadline ("belum dikategorikan").
 */
public final class ComplaintClock {

    private ComplaintClock() {
    }

    /** The due date, or null while uncategorised. */
    public static LocalDate due(LocalDateTime receivedAt, Integer workingDays, WorkingCalendar calendar) {
        return workingDays == null ? null : calendar.dueDate(receivedAt, workingDays);
    }

    /** Where an open complaint's deadline stands today; null when closed, forwarded or uncategorised. */
    public static DueStatus status(ComplaintState state, LocalDate due, LocalDate today) {
        return due == null || !state.open() ? null : WorkingCalendar.status(due, today);
    }

    /** Settled on time: the answer was delivered on or before the due date. */
    public static boolean onTime(LocalDate due, LocalDate deliveredOn) {
        return due != null && deliveredOn != null && !deliveredOn.isAfter(due);
    }
}
