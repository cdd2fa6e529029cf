package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.register.Total;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * PostgreSQL's register search over {@code letter_search} (V1: agenda number, letter number,
 * subject, agency and signer of each letter, one line each, under a pg_trgm GIN index). Each typed
 * word is a case-insensitive pattern anchored at a word start, with the same meaning as SQLite's
 * word index ({@link SearchText}): "jaring" finds "jaringan", "0042/SM/2025" is 0042, SM and 2025
 * one after the other, so never 10042/SM/2025. The planner knows the data (statistics), so the rest
 * of the filter is plain SQL on the letters and no index is named.
 */
final class PgTextSearch implements RegisterSearch {

    /** Between two tokens of one word: anything but a letter, a digit or the end of a field's line. */
    private static final String GAP = "[^[:alnum:]\\n]+";

    private int cap = CAP;

    @Override
    public PgTextSearch limits(int visitAtMost, int countUpTo) {
        this.cap = countUpTo;
        return this;
    }

    @Override
    public String walking(String index) {
        return "";
    }

    @Override
    public SqlPart matchingIds(Handle h, SearchText text) {
        List<Object> args = new ArrayList<>();
        text.words().forEach(w -> args.add(pattern(w)));
        return new SqlPart("SELECT letter_id FROM letter_search WHERE "
                + String.join(" AND ", Collections.nCopies(args.size(), "doc ~* ?")), args);
    }

    /**
     * The word's tokens one after the other from a word start; the last one as the start of a token
     * when it has three or more characters, else whole. Tokens are letters and digits only, so none
     * needs escaping.
     */
    static String pattern(List<String> word) {
        String last = word.get(word.size() - 1);
        return "\\m" + String.join(GAP, word) + (last.length() >= SearchText.MIN_PREFIX ? "" : "\\M");
    }

    @Override
    public List<Long> page(Handle h, SearchText text, LetterFilter f, SqlPart rest, SqlPart all, int offset,
                           int limit) {
        String dir = f.ascending() ? " ASC" : " DESC";
        SqlPart ids = matchingIds(h, text);
        Query q = h.createQuery("SELECT l.id FROM letter l WHERE " + all.sql() + " AND l.id IN (" + ids.sql()
                + ") ORDER BY l.received_at" + dir + ", l.id" + dir + " LIMIT ? OFFSET ?");
        SqlPart.bind(q, SqlPart.bind(q, SqlPart.bind(q, 0, all.args()), ids.args()), List.of(limit, offset));
        return q.mapTo(Long.class).list();
    }

    @Override
    public Total count(Handle h, SearchText text, LetterFilter f, SqlPart rest, SqlPart all, boolean exact) {
        SqlPart ids = matchingIds(h, text);
        String matching = "SELECT 1 FROM letter l WHERE " + all.sql() + " AND l.id IN (" + ids.sql() + ")";
        Query q = h.createQuery("SELECT count(*) FROM (" + matching + (exact ? "" : " LIMIT " + (cap + 1)) + ") m");
        SqlPart.bind(q, SqlPart.bind(q, 0, all.args()), ids.args());
        int n = q.mapTo(Integer.class).one();
        return !exact && n > cap ? Total.moreThan(cap) : Total.exactly(n);
    }
}
