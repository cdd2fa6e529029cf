package id.kalbarprov.loket.core.calendar;

/** Where a deadline stands today; shown in words as well as colour. */
public enum DueStatus {
    ON_TRACK, DUE_TODAY, OVERDUE
}
