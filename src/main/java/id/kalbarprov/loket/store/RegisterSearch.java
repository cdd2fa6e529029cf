package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.register.Total;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The part of reading the register that each backend does its own way: finding letters by the words
 * typed into the search field (SQLite: {@link FtsTextSearch}, a word index whose row order is the
 * register's order; PostgreSQL: {@link PgTextSearch}), and telling the database which index to walk
 * for a page in date order. Each {@link Dialect} makes its own. Everything else — the other filters,
 * sorting by a column,
 * totals from the tally, the due filter, exact numbers — is {@link RegisterQuery}'s and the same on
 * every backend.
 *
 * <p>{@code rest} is the filter's condition on letter {@code l} for what a search cannot answer
 * itself; {@code all} is the whole non-text condition (agency, service, dates included). An
 * implementation uses whichever suits it.
 */
interface RegisterSearch {

    /** Above this many matches a total is "more than" (counting them all reads too much per keystroke). */
    int CAP = 10_000;

    /**
     * Tests make a small database behave like a large one: a filtered page reads at most
     * {@code visitAtMost} matches before it asks the other way round, totals count up to {@code countUpTo}.
     */
    RegisterSearch limits(int visitAtMost, int countUpTo);

    /** A subquery selecting the ids of every letter whose words match {@code text}, in any order. */
    SqlPart matchingIds(Handle h, SearchText text);

    /**
     * The ids of one page of the letters matching {@code text} and {@code f}, in the register's order
     * (received, then id; newest first unless {@code f} is ascending).
     */
    List<Long> page(Handle h, SearchText text, LetterFilter f, SqlPart rest, SqlPart all, int offset, int limit);

    /** How many letters match; a bound where counting them all would read too much, unless {@code exact}. */
    Total count(Handle h, SearchText text, LetterFilter f, SqlPart rest, SqlPart all, boolean exact);

    /**
     * A text search's total from the newest letters a walk looked at: exact when those were all there
     * are ({@code sawAll}); "more than" what was seen when at least a tenth of the walk passed the
     * filter; else null: few of the newest pass, so the page was read the other way round and so is
     * the total (counted up to the cap), exact like the page.
     */
    static Total fromNewest(boolean sawAll, int passing, int visits) {
        if (sawAll) {
            return Total.exactly(passing);
        }
        return passing >= Math.max(1, visits / 10) ? Total.moreThan(FtsTextSearch.roundDown(passing - 1)) : null;
    }

    /**
     * What follows {@code FROM letter l} so that a page in date order walks {@code index} (one of
     * letter_by_received, _by_state, _by_service, _by_agency: each ends in received_at) and stops
     * after the page. SQLite keeps no statistics and otherwise may sort a million letters; a
     * backend whose planner knows the data returns "".
     */
    String walking(String index);
}
