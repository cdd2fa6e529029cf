package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.request.RequestClock;
import id.kalbarprov.loket.core.request.RequestState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * Where the requests whose clock runs stand today, grouped by what decides their due date: service
 * (its working days), working days already used, and clock start. A million letters have a few
 * thousand running requests but only a few hundred such groups, read from the covering index
 * {@code letter_worklist} (V5) without touching the letter rows. Each group's due date is computed
 * once, with the same rule as a single letter's (RequestClock), so Beranda's counts, the register's
 * due filter and a letter's detail agree.
 */
final class DueGroups {

    /** One group: {@code letters} running requests of a service with the same days used and clock start. */
    record Group(long serviceId, int daysUsed, String clockStart, int letters, DueStatus status, LocalDate due) {
    }

    static final List<String> RUNNING = Arrays.stream(RequestState.values()).filter(RequestState::clockRunning)
            .map(Enum::name).toList();

    private DueGroups() {
    }

    static List<Group> read(Handle h, WorkingCalendar cal, LocalDate today) {
        Map<Long, Integer> workingDays = new LinkedHashMap<>();
        h.createQuery("SELECT id, working_days FROM service")
                .map((rs, ctx) -> workingDays.put(rs.getLong(1), rs.getInt(2))).list();
        return h.createQuery("""
                        SELECT service_id, clock_days_used, clock_start, count(*) FROM letter
                        WHERE state IN (<running>) AND clock_start IS NOT NULL
                        GROUP BY service_id, clock_days_used, clock_start""")
                .bindList("running", RUNNING)
                .map((rs, ctx) -> {
                    long service = rs.getLong(1);
                    LocalDate due = RequestClock.due(LocalDate.parse(rs.getString(3)),
                            workingDays.getOrDefault(service, 0), rs.getInt(2), cal);
                    return new Group(service, rs.getInt(2), rs.getString(3), rs.getInt(4),
                            WorkingCalendar.status(due, today), due);
                }).list();
    }

    /**
     * A condition on letter {@code l} true exactly for the running requests whose due date stands as
     * {@code status} today, with its arguments appended to {@code args}.
     */
    static String condition(List<Group> groups, DueStatus status, List<Object> args) {
        Map<String, TreeSet<String>> starts = new LinkedHashMap<>();
        Map<String, long[]> keys = new LinkedHashMap<>();
        for (Group g : groups) {
            if (g.status() == status) {
                String key = g.serviceId() + "/" + g.daysUsed();
                keys.putIfAbsent(key, new long[]{g.serviceId(), g.daysUsed()});
                starts.computeIfAbsent(key, k -> new TreeSet<>()).add(g.clockStart());
            }
        }
        if (starts.isEmpty()) {
            return "1 = 0";
        }
        List<String> ors = new ArrayList<>();
        for (var e : starts.entrySet()) {
            long[] k = keys.get(e.getKey());
            args.add(k[0]);
            args.add(k[1]);
            args.addAll(e.getValue());
            ors.add("(l.service_id = ? AND l.clock_days_used = ? AND l.clock_start IN ("
                    + String.join(", ", java.util.Collections.nCopies(e.getValue().size(), "?")) + "))");
        }
        args.addAll(RUNNING);
        return "(" + String.join(" OR ", ors) + ") AND l.state IN ("
                + String.join(", ", java.util.Collections.nCopies(RUNNING.size(), "?")) + ")";
    }

    /** How many running requests stand as {@code status} today. */
    static int count(List<Group> groups, DueStatus status) {
        return groups.stream().filter(g -> g.status() == status).mapToInt(Group::letters).sum();
    }
}
