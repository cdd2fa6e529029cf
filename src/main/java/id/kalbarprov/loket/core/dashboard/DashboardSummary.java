package id.kalbarprov.loket.core.dashboard;

import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.request.RequestState;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What Beranda shows: requests per state, due today and overdue (open requests whose clock runs,
 * as the register's due filter counts them), open requests per service, and the years that need a
 * holiday list before their due dates can be trusted.
 */
public record DashboardSummary(Map<RequestState, Integer> perState, int dueToday, int overdue,
                               List<ServiceLine> services, SortedSet<Integer> yearsWithoutHolidays) {

    public DashboardSummary {
        Map<RequestState, Integer> all = new EnumMap<>(RequestState.class);
        for (RequestState s : RequestState.values()) {
            all.put(s, perState.getOrDefault(s, 0));
        }
        perState = Map.copyOf(all);
        services = List.copyOf(services);
        yearsWithoutHolidays = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(yearsWithoutHolidays));
    }

    /** One service: open requests (not finished, not refused), of which due today and overdue. */
    public record ServiceLine(long serviceId, String name, int open, int dueToday, int overdue) {
    }

    public int count(RequestState state) {
        return perState.get(state);
    }

    /**
     * Years whose holiday list is missing and matters now: the current year, the next year from
     * December on, and every year in which an open request falls due.
     */
    public static SortedSet<Integer> yearsWithoutHolidays(WorkingCalendar calendar, LocalDate today,
                                                          Collection<Integer> dueYears) {
        SortedSet<Integer> years = new TreeSet<>(dueYears);
        years.add(today.getYear());
        if (today.getMonth() == Month.DECEMBER) {
            years.add(today.getYear() + 1);
        }
        years.removeIf(calendar::hasHolidayListFor);
        return years;
    }
}
