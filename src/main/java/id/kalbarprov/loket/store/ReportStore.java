package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.report.AuditHead;
import id.kalbarprov.loket.core.report.ClockReplay;
import id.kalbarprov.loket.core.report.ReportPeriod;
import id.kalbarprov.loket.core.report.ReportPort;
import id.kalbarprov.loket.core.report.RequestTally;
import id.kalbarprov.loket.core.request.RequestState;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * The service report's reads (docs/decisions/0014-service-report.md, 0023-report-at-scale.md).
 * Everything comes from the letters and their history in one read view:
 * <ul>
 * <li>receipts per service and month, summed from {@code report_received} (V68: letters per day and
 *     service, kept by triggers);</li>
 * <li>completions: the history rows into SIAP_SURAT (processing finished: the clock stops there),
 *     counted by triggers in {@code report_completed} per day, service, last day 0 and days used, so
 *     the working days are counted once per row in Java with the holiday calendar of today;</li>
 * <li>returns and refusals: requests with a history row into DIKEMBALIKAN or DITOLAK in the period,
 *     from {@code report_moved} (V69) less the repeats of a letter within the period;</li>
 * <li>open at the end: every request received before the cut minus those closed before it, found
 *     without reading every letter (see {@link #openAt}), then replayed from its history.</li>
 * </ul>
 * A request is closed by its first row into SIAP_SURAT or DITOLAK; a row straight into SELESAI that
 * does not come from SIAP_SURAT (demo data of earlier versions) counts as the completion too.
 */
public final class ReportStore implements ReportPort {

    /** A completion: into SIAP_SURAT, or into SELESAI from anything but SIAP_SURAT (older demo data). */
    static final String COMPLETION = "(h.to_state = 'SIAP_SURAT' OR (h.to_state = 'SELESAI' AND h.from_state <> 'SIAP_SURAT'))";
    private static final List<String> OPEN = List.of(RequestState.BERKAS_BELUM_LENGKAP.name(),
            RequestState.DITERIMA.name(), RequestState.DIKAJI.name(), RequestState.DIPROSES.name(),
            RequestState.DIKEMBALIKAN.name());

    private final Database db;
    private final Supplier<List<ServiceStandard>> services;

    public ReportStore(Database db, Supplier<List<ServiceStandard>> services) {
        this.db = db;
        this.services = services;
    }

    @Override
    public Facts read(RequestTally tally, WorkingCalendar cal, LocalDate asOf) {
        ReportPeriod p = tally.period();
        Map<Long, Integer> days = new HashMap<>();
        for (ServiceStandard s : services.get()) {
            days.put(s.id(), s.workingDays());
        }
        return ReadView.read(db, h -> {
            AuditHead head = head(h);
            LocalDate trendStart = p.trendMonths().get(0).atDay(1);
            received(h, tally, trendStart, p.endExclusive());
            completed(h, tally, trendStart, p.endExclusive());
            returnedAndRefused(h, tally, p.first(), p.endExclusive());
            LocalDate cut = asOf.isBefore(p.last()) ? asOf.plusDays(1) : p.endExclusive();
            if (quietSince(h, cut)) {
                openNow(h, tally, days, cal, cut);
            } else {
                for (OpenRequest o : openAt(h, cut)) {
                    ClockReplay.Standing s = ClockReplay.replay(o.receivedAt, o.steps, days.getOrDefault(o.serviceId, 0),
                            cal, cut.minusDays(1));
                    tally.openAtEnd(o.serviceId, s.overdue());
                }
            }
            return new Facts(ComplaintStore.receivedBetween(h, p.first(), p.endExclusive()),
                    SurveyStore.sums(h, p.first(), p.last()), head);
        });
    }

    /** The newest audit entry (id, hash, time); the genesis hash when the log is empty. */
    static AuditHead head(Handle h) {
        return h.createQuery("SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1")
                .map((rs, ctx) -> new AuditHead(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .findOne().orElse(new AuditHead(0, AuditLog.GENESIS, null));
    }

    /** The report's tallies (V68), kept by triggers; a copy rebuilds them rather than copying them. */
    static final List<String> TALLIES = List.of("report_received", "report_completed", "report_moved");

    /** Receipts per service and month, summed from {@code report_received} (a row per service and day). */
    private static void received(Handle h, RequestTally tally, LocalDate from, LocalDate to) {
        h.createQuery("""
                        SELECT service_id, substr(day, 1, 7) AS month, sum(letters) FROM report_received
                        WHERE day >= ? AND day < ? GROUP BY service_id, substr(day, 1, 7)""")
                .bind(0, from.toString()).bind(1, to.toString())
                .map((rs, ctx) -> {
                    tally.received(rs.getLong(1), YearMonth.parse(rs.getString(2)), rs.getInt(3));
                    return 0;
                }).list();
    }

    /**
     * Completions from {@code report_completed}: a row per day, service, last day 0 and days used before
     * it, so the working days are counted once per row with today's holiday calendar.
     */
    private static void completed(Handle h, RequestTally tally, LocalDate from, LocalDate to) {
        h.createQuery("SELECT service_id, clock_start, days_used, day, requests FROM report_completed"
                        + " WHERE day >= ? AND day < ? AND requests > 0")
                .bind(0, from.toString()).bind(1, to.toString())
                .map((rs, ctx) -> {
                    String start = rs.getString(2);
                    LocalDate clockStart = start.isEmpty() ? null : LocalDate.parse(start);
                    LocalDate on = LocalDate.parse(rs.getString(4));
                    tally.completed(rs.getLong(1), clockStart, rs.getInt(3), on, rs.getInt(5));
                    return 0;
                }).list();
    }

    /** Refills both tallies from the letters and their history (after a bulk load into a server). */
    static void rebuildTallies(Handle h) {
        recounts().forEach((table, recount) -> {
            h.execute("DELETE FROM " + table);
            h.execute("INSERT INTO " + table + " (" + recount[0] + ") " + recount[1]);
        });
    }

    /** Each tally table: its columns (the count last) and what it holds, recounted from the letters and history. */
    static Map<String, String[]> recounts() {
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put("report_received", new String[] {"day, service_id, letters", "SELECT substr(received_at, 1, 10),"
                + " service_id, count(*) FROM letter GROUP BY substr(received_at, 1, 10), service_id"});
        m.put("report_completed", new String[] {"day, service_id, clock_start, days_used, requests", COMPLETED_NOW});
        m.put("report_moved", new String[] {"day, to_state, service_id, moves", "SELECT substr(h.at, 1, 10), h.to_state,"
                + " l.service_id, count(*) FROM request_history h JOIN letter l ON l.id = h.letter_id"
                + " WHERE h.to_state IN ('DIKEMBALIKAN', 'DITOLAK') GROUP BY substr(h.at, 1, 10), h.to_state, l.service_id"});
        return java.util.Collections.unmodifiableMap(m);
    }

    /** What {@code report_completed} holds, recounted from the history (V68's first fill; {@code check}). */
    static final String COMPLETED_NOW = "SELECT substr(h.at, 1, 10), l.service_id, coalesce(l.clock_start, ''),"
            + " l.clock_days_used, count(*) FROM request_history h JOIN letter l ON l.id = h.letter_id WHERE "
            + COMPLETION + " GROUP BY substr(h.at, 1, 10), l.service_id, coalesce(l.clock_start, ''), l.clock_days_used";

    /**
     * Requests returned and refused in the period: the rows into DIKEMBALIKAN and DITOLAK from
     * {@code report_moved} (V69), less the extra rows of the few letters that have more than one in the
     * period (found along {@code history_by_state_at}), so each request counts once.
     */
    private static void returnedAndRefused(Handle h, RequestTally tally, LocalDate from, LocalDate to) {
        Map<String, Map<Long, Integer>> n = new HashMap<>();
        h.createQuery("SELECT to_state, service_id, sum(moves) FROM report_moved WHERE day >= ? AND day < ?"
                        + " GROUP BY to_state, service_id")
                .bind(0, from.toString()).bind(1, to.toString())
                .map((rs, ctx) -> n.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).merge(rs.getLong(2),
                        rs.getInt(3), Integer::sum))
                .list();
        h.createQuery("""
                        SELECT r.to_state, l.service_id, sum(r.n - 1) FROM
                            (SELECT letter_id, to_state, count(*) AS n FROM request_history
                             WHERE to_state IN ('DIKEMBALIKAN', 'DITOLAK') AND at >= ? AND at < ?
                             GROUP BY letter_id, to_state HAVING count(*) > 1) r
                        JOIN letter l ON l.id = r.letter_id GROUP BY r.to_state, l.service_id""")
                .bind(0, from.toString()).bind(1, to.toString())
                .map((rs, ctx) -> n.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).merge(rs.getLong(2),
                        -rs.getInt(3), Integer::sum))
                .list();
        n.getOrDefault(RequestState.DITOLAK.name(), Map.of()).forEach((s, c) -> {
            if (c > 0) {
                tally.refused(s, c);
            }
        });
        n.getOrDefault(RequestState.DIKEMBALIKAN.name(), Map.of()).forEach((s, c) -> {
            if (c > 0) {
                tally.returned(s, c);
            }
        });
    }

    /**
     * True when no request moved on or after {@code cut} (a year's report once the year has ended, or
     * the running period's, whose cut is tomorrow): then every request stands at the cut as it stands
     * now. The newest row of each state, each one step down the index {@code history_by_state_at}.
     */
    static boolean quietSince(Handle h, LocalDate cut) {
        for (RequestState s : RequestState.values()) {
            String newest = h.createQuery("SELECT max(at) FROM request_history WHERE to_state = ?").bind(0, s.name())
                    .mapTo(String.class).findOne().orElse(null);
            if (newest != null && newest.compareTo(cut.toString()) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The requests open at {@code cut} when none has moved since ({@link #quietSince}): the open letters
     * received before it, grouped by their stored clock fields — the ones the workflow keeps and the
     * screens count from — so the working days are counted once per group instead of replaying each
     * request's history.
     */
    private static void openNow(Handle h, RequestTally tally, Map<Long, Integer> days, WorkingCalendar cal,
                                LocalDate cut) {
        h.createQuery("SELECT service_id, state, clock_start, clock_days_used, count(*) FROM letter"
                        + " WHERE state IN (<open>) AND received_at < :cut"
                        + " GROUP BY service_id, state, clock_start, clock_days_used")
                .bindList("open", OPEN).bind("cut", cut.toString())
                .map((rs, ctx) -> {
                    long service = rs.getLong(1);
                    String start = rs.getString(3);
                    ClockReplay.Settled fields = new ClockReplay.Settled(RequestState.valueOf(rs.getString(2)),
                            start == null ? null : LocalDate.parse(start), rs.getInt(4));
                    tally.openAtEnd(service, ClockReplay.standing(fields, days.getOrDefault(service, 0), cal,
                            cut.minusDays(1)).overdue(), rs.getInt(5));
                    return 0;
                }).list();
    }

    /** A request open at the cut, with its history before it. */
    static final class OpenRequest {
        final long id;
        final long serviceId;
        final LocalDateTime receivedAt;
        final List<ClockReplay.Step> steps = new ArrayList<>();

        OpenRequest(long id, long serviceId, String receivedAt) {
            this.id = id;
            this.serviceId = serviceId;
            this.receivedAt = LocalDateTime.parse(receivedAt);
        }
    }

    /**
     * The requests received before {@code cut} and neither completed nor refused before it. Their
     * number is known from two counts (received before the cut, minus closing rows before it); those
     * still open today are read from the state index, and the rest — closed since the cut — are looked
     * for among the closing rows after the cut, a month at a time, until all are found. Most close
     * within days, so a year's report over a million letters reads a few thousand rows here.
     */
    static List<OpenRequest> openAt(Handle h, LocalDate cut) {
        String c = cut.toString();
        long received = h.createQuery("SELECT coalesce(sum(letters), 0) FROM report_received WHERE day < ?").bind(0, c)
                .mapTo(Long.class).one();
        long closed = h.createQuery("SELECT coalesce(sum(requests), 0) FROM report_completed WHERE day < ?").bind(0, c)
                .mapTo(Long.class).one()
                + h.createQuery("SELECT count(*) FROM request_history WHERE to_state = 'DITOLAK' AND at < ?").bind(0, c)
                .mapTo(Long.class).one();
        Map<Long, OpenRequest> open = new LinkedHashMap<>();
        h.createQuery("SELECT id, service_id, received_at FROM letter WHERE state IN (<open>) AND received_at < :cut")
                .bindList("open", OPEN).bind("cut", c)
                .map((rs, ctx) -> open.put(rs.getLong(1), new OpenRequest(rs.getLong(1), rs.getLong(2), rs.getString(3))))
                .list();
        long missing = received - closed - open.size();
        // the last day a request was closed: no closing row is looked for after it
        String latest = h.createQuery("SELECT max(d) FROM (SELECT max(day) AS d FROM report_completed UNION ALL"
                        + " SELECT substr(max(at), 1, 10) FROM request_history WHERE to_state = 'DITOLAK') m")
                .mapTo(String.class).findOne().orElse(c);
        LocalDate from = cut;
        int span = 31;
        while (missing > 0 && latest != null && from.toString().compareTo(latest) <= 0) {
            LocalDate to = from.plusDays(span);
            List<OpenRequest> found = h.createQuery("SELECT l.id, l.service_id, l.received_at"
                            + " FROM request_history h JOIN letter l ON l.id = h.letter_id"
                            + " WHERE h.to_state IN ('SIAP_SURAT', 'DITOLAK', 'SELESAI') AND h.at >= ? AND h.at < ?"
                            + " AND (h.to_state <> 'SELESAI' OR " + COMPLETION + ") AND l.received_at < ?")
                    .bind(0, from.toString()).bind(1, to.toString()).bind(2, c)
                    .map((rs, ctx) -> new OpenRequest(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
            for (OpenRequest o : found) {
                if (open.putIfAbsent(o.id, o) == null) {
                    missing--;
                }
            }
            from = to;
            span *= 2;
        }
        history(h, open, c);
        return new ArrayList<>(open.values());
    }

    /**
     * Adds each request's history rows before the cut, oldest first, and always its registration row: a
     * letter registered after the cut but received before it had its clock from the receipt (0003).
     */
    private static void history(Handle h, Map<Long, OpenRequest> open, String cut) {
        List<Long> ids = new ArrayList<>(open.keySet());
        for (int i = 0; i < ids.size(); i += 500) {
            h.createQuery("SELECT letter_id, at, from_state, to_state FROM request_history"
                            + " WHERE letter_id IN (<ids>) AND (at < :cut OR from_state IS NULL) ORDER BY letter_id, id")
                    .bindList("ids", ids.subList(i, Math.min(ids.size(), i + 500))).bind("cut", cut)
                    .map((rs, ctx) -> {
                        String from = rs.getString(3);
                        open.get(rs.getLong(1)).steps.add(new ClockReplay.Step(LocalDateTime.parse(rs.getString(2)),
                                from == null ? null : RequestState.valueOf(from), RequestState.valueOf(rs.getString(4))));
                        return 0;
                    }).list();
        }
    }
}
