package id.kalbarprov.loket.core.register;

import id.kalbarprov.loket.core.calendar.DueStatus;
import java.time.LocalDate;

/**
 * One line of a worklist: the letter, its due date and where it stands today (both null while
 * the clock does not run), who reviews and processes it, and since when it is paused.
 * {@code holidaysUnknown}: the due date falls in a year without a holiday list, so it may be early.
 */
public record WorkItem(LetterRow row, LocalDate due, DueStatus dueStatus, String reviewer, String processor,
                       LocalDate pausedOn, boolean holidaysUnknown) {
}
