package id.kalbarprov.loket.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The office's working-day calendar: Monday to Friday, minus holidays and collective leave.
 * The clock rule (docs/decisions/0003-working-day-clock.md): a request registered on a working
 * day before closing time starts its clock that day (day 0); otherwise on the next working day.
 * The due date is the N-th working day after the start day. Immutable and thread-safe.
 */
public final class WorkingCalendar {

    /** Default office closing time: registrations at or after it start the next working day. */
    public static final LocalTime DEFAULT_CLOSING = LocalTime.of(16, 0);

    private final Set<LocalDate> holidays;
    private final Set<Integer> coveredYears;
    private final LocalTime closingTime;

    public WorkingCalendar(Collection<LocalDate> holidays, LocalTime closingTime) {
        this.holidays = Set.copyOf(new HashSet<>(holidays));
        Set<Integer> years = new TreeSet<>();
        for (LocalDate d : holidays) {
            years.add(d.getYear());
        }
        this.coveredYears = Set.copyOf(years);
        this.closingTime = closingTime;
    }

    public static WorkingCalendar of(Collection<Holiday> holidays, LocalTime closingTime) {
        return new WorkingCalendar(holidays.stream().map(Holiday::date).toList(), closingTime);
    }

    public LocalTime closingTime() {
        return closingTime;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** True when the holiday table has entries for that year; otherwise due dates there are guesses. */
    public boolean hasHolidayListFor(int year) {
        return coveredYears.contains(year);
    }

    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Day 0 of the clock for something registered (or resumed) at {@code at}. */
    public LocalDate clockStart(LocalDateTime at) {
        LocalDate day = at.toLocalDate();
        if (isWorkingDay(day) && at.toLocalTime().isBefore(closingTime)) {
            return day;
        }
        return nextWorkingDay(day);
    }

    /** The working day that is {@code n} working days after {@code start} ({@code n = 0}: start). */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n < 0");
        }
        LocalDate d = start;
        for (int i = 0; i < n; i++) {
            d = nextWorkingDay(d);
        }
        return d;
    }

    /** Due date for something registered at {@code registeredAt} with {@code n} working days. */
    public LocalDate dueDate(LocalDateTime registeredAt, int n) {
        return plusWorkingDays(clockStart(registeredAt), n);
    }

    /** Working days in the half-open interval (from, to]; 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** Where a due date stands on {@code today}. */
    public static DueStatus status(LocalDate due, LocalDate today) {
        if (due.isBefore(today)) {
            return DueStatus.OVERDUE;
        }
        return due.isEqual(today) ? DueStatus.DUE_TODAY : DueStatus.ON_TRACK;
    }
}
