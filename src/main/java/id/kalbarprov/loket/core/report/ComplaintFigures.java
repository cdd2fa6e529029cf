package id.kalbarprov.loket.core.report;

import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.ComplaintCategory;
import id.kalbarprov.loket.core.catalog.ComplaintChannel;
import id.kalbarprov.loket.core.complaints.Complaint;
import id.kalbarprov.loket.core.complaints.ComplaintClock;
import id.kalbarprov.loket.core.complaints.ComplaintState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The complaints received in a period, by channel and by category (every channel and category listed,
 * zeros included), each with the share settled on time: of those Selesai, how many had their answer
 * delivered on or before the deadline (decision 0009: forwarded and open ones are not in the
 * denominator; their counts are shown beside it).
 */
public record ComplaintFigures(List<Row> byChannel, List<Row> byCategory, Row uncategorised, Row total) {

    /** One line: received, settled (Selesai), settled on time, forwarded, still open. */
    public record Row(String name, int received, int settled, int settledOnTime, int forwarded, int open) {

        /** Settled on time as a fraction of settled, or null when none was settled. */
        public Double onTimeShare() {
            return settled == 0 ? null : (double) settledOnTime / settled;
        }
    }

    public ComplaintFigures {
        byChannel = List.copyOf(byChannel);
        byCategory = List.copyOf(byCategory);
    }

    public static ComplaintFigures of(List<Complaint> complaints, List<ComplaintChannel> channels,
                                      List<ComplaintCategory> categories, WorkingCalendar calendar) {
        Map<String, int[]> byChannel = new LinkedHashMap<>();
        channels.forEach(c -> byChannel.put(c.name(), new int[5]));
        Map<String, int[]> byCategory = new LinkedHashMap<>();
        categories.forEach(c -> byCategory.put(c.name(), new int[5]));
        int[] none = new int[5];
        int[] total = new int[5];
        for (Complaint c : complaints) {
            LocalDate due = ComplaintClock.due(c.receivedAt(), c.workingDays(), calendar);
            boolean settled = c.state() == ComplaintState.SELESAI;
            boolean onTime = settled && ComplaintClock.onTime(due, c.deliveredOn());
            int[][] targets = {byChannel.computeIfAbsent(c.channel(), k -> new int[5]),
                c.category() == null ? none : byCategory.computeIfAbsent(c.category(), k -> new int[5]), total};
            for (int[] t : targets) {
                t[0]++;
                if (settled) {
                    t[1]++;
                }
                if (onTime) {
                    t[2]++;
                }
                if (c.state() == ComplaintState.DITERUSKAN) {
                    t[3]++;
                }
                if (c.state().open()) {
                    t[4]++;
                }
            }
        }
        return new ComplaintFigures(rows(byChannel), rows(byCategory), row(null, none), row(null, total));
    }

    private static List<Row> rows(Map<String, int[]> counts) {
        List<Row> out = new ArrayList<>();
        counts.forEach((name, n) -> out.add(row(name, n)));
        return out;
    }

    private static Row row(String name, int[] n) {
        return new Row(name, n[0], n[1], n[2], n[3], n[4]);
    }
}
