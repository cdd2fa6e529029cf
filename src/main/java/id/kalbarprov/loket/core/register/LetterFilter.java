package id.kalbarprov.loket.core.register;

import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.request.RequestState;
import java.time.LocalDate;

/**
 * The register's quick filter; every part is optional (null = any). {@code due} keeps only open
 * requests whose clock runs and whose due date stands that way today (computed on the fly);
 * {@code openOnly} keeps the requests still needing work (not Selesai, not Ditolak).
 */
public record LetterFilter(String text, Long serviceId, Long agencyId, RequestState state,
                           LocalDate from, LocalDate to, DueStatus due, boolean openOnly, SortKey sort,
                           boolean ascending) {

    public static final LetterFilter ALL = new LetterFilter(null, null, null, null, null, null, null, false,
            SortKey.RECEIVED, false);

    /** Columns the register can be sorted by. */
    public enum SortKey { RECEIVED, AGENDA, AGENCY, SERVICE, STATE, LETTER_DATE }

    public LetterFilter withText(String t) {
        return new LetterFilter(t, serviceId, agencyId, state, from, to, due, openOnly, sort, ascending);
    }

    public LetterFilter withService(Long id) {
        return new LetterFilter(text, id, agencyId, state, from, to, due, openOnly, sort, ascending);
    }

    public LetterFilter withAgency(Long id) {
        return new LetterFilter(text, serviceId, id, state, from, to, due, openOnly, sort, ascending);
    }

    public LetterFilter withState(RequestState s) {
        return new LetterFilter(text, serviceId, agencyId, s, from, to, due, openOnly, sort, ascending);
    }

    public LetterFilter withRange(LocalDate f, LocalDate t) {
        return new LetterFilter(text, serviceId, agencyId, state, f, t, due, openOnly, sort, ascending);
    }

    public LetterFilter withDue(DueStatus d) {
        return new LetterFilter(text, serviceId, agencyId, state, from, to, d, openOnly, sort, ascending);
    }

    /** Only the requests still needing work (Beranda's "terbuka" counts). */
    public LetterFilter withOpenOnly() {
        return new LetterFilter(text, serviceId, agencyId, state, from, to, due, true, sort, ascending);
    }

    public LetterFilter sortedBy(SortKey key, boolean asc) {
        return new LetterFilter(text, serviceId, agencyId, state, from, to, due, openOnly, key, asc);
    }
}
