package id.kalbarprov.loket.core.report;

import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.request.RequestState;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Where a request's working-day clock stood on a past day, replayed from its history rows with the
 * rules of docs/decisions/0003 (the same ones {@code RequestWorkflow} applies as it goes): the clock
 * starts when a complete request is registered (day 0 from the receipt time), pauses when it is
 * returned to the agency (the working days used so far are kept), runs again from a new day 0 when
 * the missing items arrive, and starts afresh when an incomplete file is completed.
 */
public final class ClockReplay {

    private ClockReplay() {
    }

    /** One history row: {@code from} is null for the registration. */
    public record Step(LocalDateTime at, RequestState from, RequestState to) {
    }

    /**
     * The request at the end of a day: its state, its last day 0 and the working days its clock had
     * used by then (paused days never count).
     */
    public record Standing(RequestState state, LocalDate clockStart, int daysUsed, int workingDays) {

        /** Running: received complete (or completed since), not returned, not finished or refused. */
        public boolean running() {
            return state.clockRunning();
        }

        /**
         * Late that day: the clock runs and has used more working days than the standard gives. On a
         * working day this is the screens' "Terlambat" (the due date has passed); on a weekend or holiday
         * the count stands where it stood on the last working day.
         */
        public boolean overdue() {
            return running() && daysUsed > workingDays;
        }
    }

    /**
     * Replays {@code steps} (oldest first; only those up to {@code day}) of a request received at
     * {@code receivedAt} with a standard of {@code workingDays}, and counts its clock at the end of
     * {@code day}.
     */
    public static Standing replay(LocalDateTime receivedAt, List<Step> steps, int workingDays, WorkingCalendar cal,
                                  LocalDate day) {
        return standing(settle(receivedAt, steps, cal), workingDays, cal, day);
    }

    /**
     * Where a request with the clock fields {@code s} stands at the end of {@code day}, nothing having
     * happened to it since: the running part of its clock is counted up to that day.
     */
    public static Standing standing(Settled s, int workingDays, WorkingCalendar cal, LocalDate day) {
        int used = s.daysUsed();
        if (s.state().clockRunning() && s.clockStart() != null) {
            used += cal.workingDaysBetween(s.clockStart(), day);
        }
        return new Standing(s.state(), s.clockStart(), used, workingDays);
    }

    /**
     * The clock fields a request holds after {@code steps} (oldest first), as the workflow stores them:
     * its state, its last day 0 and the working days used before that day 0 (the running part is not
     * counted). A corrected receipt time gives the clock fields the request would have had.
     */
    public record Settled(RequestState state, LocalDate clockStart, int daysUsed) {
    }

    /** See {@link Settled}. */
    public static Settled settle(LocalDateTime receivedAt, List<Step> steps, WorkingCalendar cal) {
        RequestState state = null;
        LocalDate start = null;
        int used = 0;
        for (Step s : steps) {
            RequestState to = s.to();
            if (s.from() == null) {
                start = to == RequestState.DITERIMA ? cal.clockStart(receivedAt) : null;
                used = 0;
            } else if (to == RequestState.DIKEMBALIKAN) {
                used += start == null ? 0 : cal.workingDaysBetween(start, s.at().toLocalDate());
            } else if (to == RequestState.DITERIMA && s.from() == RequestState.BERKAS_BELUM_LENGKAP) {
                start = cal.clockStart(s.at());
                used = 0;
            } else if (to == RequestState.DITERIMA && s.from() == RequestState.DIKEMBALIKAN) {
                start = cal.clockStart(s.at());
            }
            state = to;
        }
        if (state == null) {
            throw new IllegalArgumentException("no history");
        }
        return new Settled(state, start, used);
    }
}
