package id.kalbarprov.loket.core.complaints;

import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.ComplaintCategory;
import id.kalbarprov.loket.core.catalog.ComplaintChannel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly recap of complaints received in {@code month}: counts per channel, category and state
 * (every channel, category and state listed, zeros included), and the share settled on time: of the
 * month's complaints that are Selesai, those whose answer was delivered on or before the deadline.
 */
public record ComplaintRecap(YearMonth month, int total, Map<String, Integer> byChannel,
                             Map<String, Integer> byCategory, int uncategorised, Map<ComplaintState, Integer> byState,
                             int settled, int settledOnTime, List<Item> items) {

    /** One complaint of the month with its deadline (null: uncategorised). */
    public record Item(Complaint complaint, LocalDate due, boolean onTime) {
    }

    public static ComplaintRecap of(YearMonth month, List<Complaint> complaints, List<ComplaintChannel> channels,
                                    List<ComplaintCategory> categories, WorkingCalendar calendar) {
        Map<String, Integer> byChannel = new LinkedHashMap<>();
        channels.forEach(c -> byChannel.put(c.name(), 0));
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        categories.forEach(c -> byCategory.put(c.name(), 0));
        Map<ComplaintState, Integer> byState = new EnumMap<>(ComplaintState.class);
        for (ComplaintState s : ComplaintState.values()) {
            byState.put(s, 0);
        }
        int uncategorised = 0;
        int settled = 0;
        int onTime = 0;
        List<Item> items = new ArrayList<>();
        for (Complaint c : complaints) {
            byChannel.merge(c.channel(), 1, Integer::sum);
            if (c.category() == null) {
                uncategorised++;
            } else {
                byCategory.merge(c.category(), 1, Integer::sum);
            }
            byState.merge(c.state(), 1, Integer::sum);
            LocalDate due = ComplaintClock.due(c.receivedAt(), c.workingDays(), calendar);
            boolean inTime = c.state() == ComplaintState.SELESAI && ComplaintClock.onTime(due, c.deliveredOn());
            if (c.state() == ComplaintState.SELESAI) {
                settled++;
                if (inTime) {
                    onTime++;
                }
            }
            items.add(new Item(c, due, inTime));
        }
        return new ComplaintRecap(month, complaints.size(), byChannel, byCategory, uncategorised, byState, settled,
                onTime, items);
    }

    /** Settled on time as a fraction of settled (0..1), or null when none was settled. */
    public Double onTimeShare() {
        return settled == 0 ? null : (double) settledOnTime / settled;
    }
}
