package id.kalbarprov.loket.core.agendaimport;

import java.time.LocalDate;

/** One checked line of the old agenda book, ready to store as an imported letter (no clock, marked imported). */
public record AgendaRow(int line, String agendaNumber, LocalDate received, String letterNumber, LocalDate letterDate,
                        long agencyId, String subject, long serviceId, String notes) {
}
