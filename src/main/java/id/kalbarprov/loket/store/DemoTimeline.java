package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.request.RequestState;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The history of a demo request, step by step with plausible times, so that the service report finds
 * what it would find in a real office: most requests finished within their standard's working days,
 * some late (more so for network and hosting, less as the years go by), a few returned to the agency
 * and resumed, refusals a few days in. Every row is an allowed transition and none lies after
 * {@code until}; the clock fields it returns are the ones the workflow would have stored.
 */
final class DemoTimeline {

    /** One history row. */
    record Row(LocalDateTime at, RequestState from, RequestState to, String note) {
    }

    /**
     * The rows after the registration, the letter's clock fields at the end, when processing finished
     * (null when it did not) and the time of the last row (the registration time when none).
     */
    record Result(List<Row> rows, LocalDate clockStart, int daysUsed, LocalDate pausedOn, LocalDateTime done,
                  LocalDateTime last) {
    }

    private final WorkingCalendar cal;
    private final LocalDate until;
    private final Random rnd;
    private final List<Row> rows = new ArrayList<>();
    private LocalDateTime last;

    private DemoTimeline(WorkingCalendar cal, LocalDate until, Random rnd, LocalDateTime registered) {
        this.cal = cal;
        this.until = until;
        this.rnd = rnd;
        this.last = registered;
    }

    /** Chance (per cent) that a finished request of this service was late, in 2024. */
    private static int lateIn2024(ServiceKind kind) {
        return switch (kind) {
            case JARINGAN -> 32;
            case HOSTING -> 26;
            case EMAIL -> 16;
            case VICON -> 12;
            case CLOUD -> 10;
        };
    }

    static Result of(RequestState state, boolean complete, LocalDateTime received, ServiceKind kind, int workingDays,
                     LocalDate until, WorkingCalendar cal, Random rnd) {
        return new DemoTimeline(cal, until, rnd, received).build(state, complete, received, kind, workingDays);
    }

    private Result build(RequestState state, boolean complete, LocalDateTime received, ServiceKind kind, int n) {
        LocalDate start = complete ? cal.clockStart(received) : null;
        RequestState from = complete ? RequestState.DITERIMA : RequestState.BERKAS_BELUM_LENGKAP;
        switch (state) {
            case BERKAS_BELUM_LENGKAP, DITERIMA -> {
                return new Result(rows, start, 0, null, null, last);
            }
            case DITOLAK -> {
                if (complete) {
                    step(day(start, 0), from, RequestState.DIKAJI, "Diambil untuk dikaji");
                    from = RequestState.DIKAJI;
                }
                LocalDate on = day(complete ? start : received.toLocalDate(), complete ? rnd.nextInt(3) : 5 + rnd.nextInt(20));
                step(on, from, RequestState.DITOLAK, "Ditolak: data contoh");
                return new Result(rows, start, 0, null, null, last);
            }
            case DIKAJI, DIPROSES -> {
                step(day(start, 0), from, RequestState.DIKAJI, "Diambil untuk dikaji");
                if (state == RequestState.DIPROSES) {
                    step(day(start, rnd.nextInt(2)), RequestState.DIKAJI, RequestState.DIPROSES, "Diteruskan ke pelaksana");
                }
                return new Result(rows, start, 0, null, null, last);
            }
            case DIKEMBALIKAN -> {
                step(day(start, 0), from, RequestState.DIKAJI, "Diambil untuk dikaji");
                LocalDate paused = day(start, rnd.nextInt(2));
                step(paused, RequestState.DIKAJI, RequestState.DIKEMBALIKAN, "Dikembalikan ke PD: data contoh");
                return new Result(rows, start, cal.workingDaysBetween(start, paused), paused, null, last);
            }
            case SIAP_SURAT, SELESAI -> {
                return finished(state, start, received, kind, n);
            }
            default -> throw new IllegalArgumentException(state.name());
        }
    }

    private Result finished(RequestState state, LocalDate start, LocalDateTime received, ServiceKind kind, int n) {
        int k = workingDaysTaken(kind, n, received.getYear());
        int used = 0;
        LocalDate dayZero = start;
        step(day(start, 0), RequestState.DITERIMA, RequestState.DIKAJI, "Diambil untuk dikaji");
        if (rnd.nextInt(100) < 8) { // returned to the agency once, then resumed
            int r = rnd.nextInt(Math.min(k, n) + 1);
            LocalDate back = day(start, r);
            LocalDateTime resumed = moment(back.plusDays(2 + rnd.nextInt(11)));
            LocalDate newStart = cal.clockStart(resumed);
            if (!cal.plusWorkingDays(newStart, k - r).isAfter(until)) {
                step(back, RequestState.DIKAJI, RequestState.DIKEMBALIKAN, "Dikembalikan ke PD: data contoh");
                row(resumed, RequestState.DIKEMBALIKAN, RequestState.DITERIMA, "Kekurangan diterima, waktu layanan dilanjutkan");
                used = cal.workingDaysBetween(start, back);
                dayZero = newStart;
                k -= r;
                step(day(dayZero, 0), RequestState.DITERIMA, RequestState.DIKAJI, "Diambil untuk dikaji");
            }
        }
        LocalDate doneOn = day(dayZero, k);
        step(day(dayZero, Math.min(k, rnd.nextInt(2))), RequestState.DIKAJI, RequestState.DIPROSES,
                "Diteruskan ke pelaksana");
        step(doneOn, RequestState.DIPROSES, RequestState.SIAP_SURAT, "Selesai diproses: data contoh");
        LocalDateTime done = last;
        if (state == RequestState.SELESAI) {
            step(day(doneOn, rnd.nextInt(3)), RequestState.SIAP_SURAT, RequestState.SELESAI, "Surat konfirmasi terbit");
        }
        return new Result(rows, dayZero, used, null, done, last);
    }

    /** Working days from day 0 to the end of processing: mostly within the standard, sometimes not. */
    private int workingDaysTaken(ServiceKind kind, int n, int year) {
        int late = Math.max(3, lateIn2024(kind) - 6 * (year - 2024));
        if (rnd.nextInt(100) < late) {
            return n + 1 + (rnd.nextInt(10) < 8 ? rnd.nextInt(3) : 3 + rnd.nextInt(8));
        }
        return rnd.nextInt(10) < 3 ? rnd.nextInt(n + 1) : n == 0 ? 0 : Math.max(0, n - rnd.nextInt(2));
    }

    /** The working day {@code n} working days after {@code from}, never after {@code until}. */
    private LocalDate day(LocalDate from, int n) {
        LocalDate d = cal.plusWorkingDays(from, n);
        return d.isAfter(until) ? until : d;
    }

    private LocalDateTime moment(LocalDate day) {
        return day.atTime(8, 0).plusMinutes(rnd.nextInt(450));
    }

    /** A row on {@code day}, after the previous one. */
    private void step(LocalDate day, RequestState from, RequestState to, String note) {
        row(moment(day), from, to, note);
    }

    private void row(LocalDateTime at, RequestState from, RequestState to, String note) {
        LocalDateTime t = at.isAfter(last) ? at : last.plusMinutes(5 + rnd.nextInt(40));
        rows.add(new Row(t, from, to, note));
        last = t;
    }
}
