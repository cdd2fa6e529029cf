package id.kalbarprov.loket.ui.register;

import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.register.LetterRow;
import java.time.LocalDate;

/** A register line with its due date and where it stands today (null while the clock does not run). */
public record RegisterRow(LetterRow letter, LocalDate due, DueStatus dueStatus) {
}
