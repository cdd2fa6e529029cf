package id.kalbarprov.loket.core.report;

import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up the requests of a report as the store streams their facts in: receipts per service and
 * month, completions (working days and on time computed here, with the calendar), returns, refusals
 * and the requests still open at the period's end. Facts outside the period count only in the trend.
 *
 * <p>A completion's working days are the days its clock used before the last pause plus the working
 * days after the last day 0 up to the completion day: paused days never count. It is on time when
 * that is at most the standard's working days — on a working day exactly when it is on or before the
 * due date the screens show ({@code RequestClock.due}); a completion recorded on a weekend or holiday
 * counts as made on the working day before it.
 */
public final class RequestTally {

    private final ReportPeriod period;
    private final WorkingCalendar calendar;
    private final Map<Long, Line> lines = new LinkedHashMap<>();
    private final Map<YearMonth, int[]> trend = new LinkedHashMap<>();

    private static final class Line {
        final ServiceStandard service;
        int received;
        int completed;
        int onTime;
        final DayStats days = new DayStats();
        int returned;
        int refused;
        int open;
        int overdue;

        Line(ServiceStandard service) {
            this.service = service;
        }
    }

    public RequestTally(ReportPeriod period, List<ServiceStandard> services, WorkingCalendar calendar) {
        this.period = period;
        this.calendar = calendar;
        for (ServiceStandard s : services) {
            lines.put(s.id(), new Line(s));
        }
        for (YearMonth m : period.trendMonths()) {
            trend.put(m, new int[3]);
        }
    }

    public ReportPeriod period() {
        return period;
    }

    private Line line(long serviceId) {
        Line l = lines.get(serviceId);
        if (l == null) {
            throw new IllegalArgumentException("unknown service " + serviceId);
        }
        return l;
    }

    /** {@code n} letters of a service received in {@code month}. */
    public void received(long serviceId, YearMonth month, int n) {
        Line l = line(serviceId);
        int[] t = trend.get(month);
        if (t != null) {
            t[0] += n;
        }
        if (!month.isBefore(period.firstMonth()) && !month.isAfter(period.lastMonth())) {
            l.received += n;
        }
    }

    /**
     * A request whose processing finished on {@code completedOn}; {@code clockStart} is its last day 0
     * and {@code daysUsedBefore} the working days used before its last pause (the letter's own
     * {@code clock_start} and {@code clock_days_used}, which do not change after processing).
     * Returns true when it was on time.
     */
    public boolean completed(long serviceId, LocalDate clockStart, int daysUsedBefore, LocalDate completedOn) {
        return completed(serviceId, clockStart, daysUsedBefore, completedOn, 1);
    }

    /** {@code n} requests with the same facts (the store groups them). */
    public boolean completed(long serviceId, LocalDate clockStart, int daysUsedBefore, LocalDate completedOn, int n) {
        Line l = line(serviceId);
        int days = daysUsedBefore + (clockStart == null ? 0 : calendar.workingDaysBetween(clockStart, completedOn));
        boolean onTime = days <= l.service.workingDays();
        int[] t = trend.get(YearMonth.from(completedOn));
        if (t != null) {
            t[1] += n;
            if (onTime) {
                t[2] += n;
            }
        }
        if (period.contains(completedOn)) {
            l.completed += n;
            if (onTime) {
                l.onTime += n;
            }
            l.days.add(days, n);
        }
        return onTime;
    }

    /** {@code n} requests of a service returned to their agency in the period. */
    public void returned(long serviceId, int n) {
        line(serviceId).returned += n;
    }

    /** {@code n} requests of a service refused in the period. */
    public void refused(long serviceId, int n) {
        line(serviceId).refused += n;
    }

    /** A request open at the period's end; {@code overdue} when its running clock had passed its due date. */
    public void openAtEnd(long serviceId, boolean overdue) {
        openAtEnd(serviceId, overdue, 1);
    }

    /** {@code n} requests open at the period's end with the same standing (the store groups them). */
    public void openAtEnd(long serviceId, boolean overdue, int n) {
        Line l = line(serviceId);
        l.open += n;
        if (overdue) {
            l.overdue += n;
        }
    }

    /** One line per service, in catalogue order. */
    public List<ServiceLine> services() {
        List<ServiceLine> out = new ArrayList<>();
        for (Line l : lines.values()) {
            out.add(new ServiceLine(l.service.id(), l.service.name(), l.service.workingDays(), l.received,
                    l.completed, l.onTime, l.completed - l.onTime, l.days.average(), l.days.p90(), l.returned,
                    l.refused, l.open, l.overdue));
        }
        return out;
    }

    /** Every service together; the average and percentile are over all completions, not of the lines. */
    public ServiceLine total() {
        DayStats all = new DayStats();
        int[] sum = new int[8];
        for (Line l : lines.values()) {
            all.addAll(l.days);
            sum[0] += l.received;
            sum[1] += l.completed;
            sum[2] += l.onTime;
            sum[3] += l.returned;
            sum[4] += l.refused;
            sum[5] += l.open;
            sum[6] += l.overdue;
        }
        return new ServiceLine(null, null, 0, sum[0], sum[1], sum[2], sum[1] - sum[2], all.average(), all.p90(),
                sum[3], sum[4], sum[5], sum[6]);
    }

    /** The twelve months ending with the period's last month. */
    public List<TrendPoint> trend() {
        List<TrendPoint> out = new ArrayList<>();
        trend.forEach((m, t) -> out.add(new TrendPoint(m, t[0], t[1], t[2])));
        return out;
    }
}
