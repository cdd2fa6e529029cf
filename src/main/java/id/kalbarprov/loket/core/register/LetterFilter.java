package id.kalbarprov.loket.core.register;

import id.kalbarprov.loket.core.request.RequestState;
import java.time.LocalDate;

/** The register's quick filter; every part is optional (null = any). */
public record LetterFilter(String text, Long serviceId, Long agencyId, RequestState state,
                           LocalDate from, LocalDate to, SortKey sort, boolean ascending) {

    public static final LetterFilter ALL = new LetterFilter(null, null, null, null, null, null,
            SortKey.RECEIVED, false);

    /** Columns the register can be sorted by. */
    public enum SortKey { RECEIVED, AGENDA, AGENCY, SERVICE, STATE, LETTER_DATE }

    public LetterFilter withText(String t) {
        return new LetterFilter(t, serviceId, agencyId, state, from, to, sort, ascending);
    }

    public LetterFilter withState(RequestState s) {
        return new LetterFilter(text, serviceId, agencyId, s, from, to, sort, ascending);
    }
}
