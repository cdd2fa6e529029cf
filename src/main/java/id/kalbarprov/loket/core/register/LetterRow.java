package id.kalbarprov.loket.core.register;

import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.request.RequestClock;
import id.kalbarprov.loket.core.request.RequestState;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One line of the register (Buku Agenda). {@code clockDaysUsed}: working days used before the
 * current {@code clockStart} (the clock paused while the request was back at the agency). */
public record LetterRow(long id, String agendaNumber, LocalDateTime receivedAt, String agency,
                        String letterNumber, LocalDate letterDate, String subject, String service,
                        ServiceKind serviceKind, int workingDays, RequestState state, LocalDate clockStart,
                        int clockDaysUsed, int version) {

    /** Due date, or null while the clock has not started (berkas belum lengkap). */
    public LocalDate due(WorkingCalendar calendar) {
        return RequestClock.due(clockStart, workingDays, clockDaysUsed, calendar);
    }

    /** Where the request stands today; null when finished or the clock is not running. */
    public DueStatus dueStatus(WorkingCalendar calendar, LocalDate today) {
        return state.clockRunning() ? RequestClock.status(state, due(calendar), today) : null;
    }
}
