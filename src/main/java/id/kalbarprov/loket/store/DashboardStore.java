package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.dashboard.DashboardSummary;
import id.kalbarprov.loket.core.request.RequestClock;
import id.kalbarprov.loket.core.request.RequestState;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Beranda's numbers in one read transaction. Counts per state and service come from one pass over
 * the covering index {@code letter_by_state_service} (V6); due dates are
 * computed only for the open requests whose clock runs (few at a time), with the same rule as the
 * register's due filter, so a count and the list it opens agree.
 */
public final class DashboardStore {

    private final Jdbi jdbi;
    private final Supplier<WorkingCalendar> calendar;
    private final Clock clock;

    public DashboardStore(Database db, Supplier<WorkingCalendar> calendar, Clock clock) {
        this.jdbi = db.jdbi();
        this.calendar = calendar;
        this.clock = clock;
    }

    public DashboardSummary load() {
        WorkingCalendar cal = calendar.get();
        LocalDate today = LocalDate.now(clock);
        List<String> running = names(RequestState::clockRunning);
        return jdbi.inTransaction(h -> {
            Map<RequestState, Integer> perState = new EnumMap<>(RequestState.class);
            Map<Long, int[]> byService = new LinkedHashMap<>();
            Map<Long, String> names = new LinkedHashMap<>();
            h.createQuery("SELECT id, name FROM service ORDER BY position")
                    .map((rs, ctx) -> {
                        names.put(rs.getLong(1), rs.getString(2));
                        byService.put(rs.getLong(1), new int[3]);
                        return 0;
                    }).list();
            // One pass over the covering index letter_by_state_service (V6).
            h.createQuery("SELECT state, service_id, count(*) FROM letter GROUP BY state, service_id")
                    .map((rs, ctx) -> {
                        RequestState state = RequestState.valueOf(rs.getString(1));
                        int n = rs.getInt(3);
                        perState.merge(state, n, Integer::sum);
                        if (state.open()) {
                            byService.computeIfAbsent(rs.getLong(2), k -> new int[3])[0] += n;
                        }
                        return 0;
                    }).list();
            int[] totals = new int[2];
            Set<Integer> dueYears = new HashSet<>();
            h.createQuery("""
                            SELECT l.service_id, l.clock_start, l.clock_days_used, s.working_days FROM letter l
                            JOIN service s ON s.id = l.service_id
                            WHERE l.state IN (<running>) AND l.clock_start IS NOT NULL""")
                    .bindList("running", running)
                    .map((rs, ctx) -> {
                        LocalDate due = RequestClock.due(LocalDate.parse(rs.getString(2)), rs.getInt(4),
                                rs.getInt(3), cal);
                        dueYears.add(due.getYear());
                        DueStatus st = WorkingCalendar.status(due, today);
                        int[] line = byService.computeIfAbsent(rs.getLong(1), k -> new int[3]);
                        if (st == DueStatus.DUE_TODAY) {
                            totals[0]++;
                            line[1]++;
                        } else if (st == DueStatus.OVERDUE) {
                            totals[1]++;
                            line[2]++;
                        }
                        return 0;
                    }).list();
            List<DashboardSummary.ServiceLine> services = new ArrayList<>();
            byService.forEach((id, c) -> services.add(new DashboardSummary.ServiceLine(id,
                    names.getOrDefault(id, "#" + id), c[0], c[1], c[2])));
            return new DashboardSummary(perState, totals[0], totals[1], services,
                    DashboardSummary.yearsWithoutHolidays(cal, today, dueYears));
        });
    }

    private static List<String> names(java.util.function.Predicate<RequestState> p) {
        return Arrays.stream(RequestState.values()).filter(p).map(Enum::name).toList();
    }
}
