package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.register.Total;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * SQLite's register search over {@code letter_fts} (V60, docs/decisions/0017): a word index whose row
 * key is the register's order (received second × 2^31 + letter id). A page newest first is the
 * index's own walk from the top, stopped after one page, however many letters match; agency and
 * service filters are tags in the same walk, a date range is a key range. Only a state, "open
 * only" or due filter is checked on the letter rows: the walk then looks at no more than
 * {@link #VISITS} matches before it asks the letters the other way round.
 */
final class FtsTextSearch implements RegisterSearch {

    /** Matches read in key order before a page filtered on the letter rows is asked the other way round. */
    static final int VISITS = 2_000;
    static final long SHIFT = 2_147_483_648L;
    static final long ID_MASK = SHIFT - 1;
    private static final long EPOCH_2000 = 946_684_800L;
    private static final long MAX_SECONDS = (1L << 32) - 1;
    private static final String COLUMNS = "{agenda_number letter_number subject signer_name}";

    private int visits = VISITS;
    private int cap = CAP;

    @Override
    public FtsTextSearch limits(int visitAtMost, int countUpTo) {
        this.visits = visitAtMost;
        this.cap = countUpTo;
        return this;
    }

    /** The smallest key of a letter received at or after the start of {@code day}. */
    static long key(LocalDate day) {
        long seconds = day.atStartOfDay().toEpochSecond(ZoneOffset.UTC) - EPOCH_2000;
        return Math.max(-MAX_SECONDS, Math.min(MAX_SECONDS, seconds)) * SHIFT;
    }

    @Override
    public String walking(String index) {
        return " INDEXED BY " + index;
    }

    @Override
    public SqlPart matchingIds(Handle h, SearchText text) {
        return new SqlPart("SELECT rowid & " + ID_MASK + " FROM letter_fts WHERE letter_fts MATCH ?",
                List.of(match(h, text, LetterFilter.ALL)));
    }

    @Override
    public List<Long> page(Handle h, SearchText text, LetterFilter f, SqlPart rest, SqlPart all, int offset,
                           int limit) {
        SqlPart inner = inner(h, text, f);
        String dir = f.ascending() ? " ASC" : " DESC";
        if (rest.always()) {
            Query q = h.createQuery(inner.sql() + " ORDER BY rowid" + dir + " LIMIT ? OFFSET ?");
            SqlPart.bind(q, SqlPart.bind(q, 0, inner.args()), List.of(limit, offset));
            return q.mapTo(Long.class).list().stream().map(k -> k & ID_MASK).toList();
        }
        int read = visits + offset + limit;
        Query q = h.createQuery("SELECT m.k & " + ID_MASK + " FROM (" + inner.sql() + " ORDER BY rowid" + dir
                + " LIMIT ?) m JOIN letter l ON l.id = (m.k & " + ID_MASK + ") WHERE " + rest.sql()
                + " ORDER BY m.k" + dir + " LIMIT ? OFFSET ?");
        int at = SqlPart.bind(q, 0, inner.args());
        at = SqlPart.bind(q, at, List.of(read));
        SqlPart.bind(q, SqlPart.bind(q, at, rest.args()), List.of(limit, offset));
        List<Long> ids = q.mapTo(Long.class).list();
        if (ids.size() == limit || matches(h, inner, read + 1L) <= read) {
            return ids;
        }
        // Few of the newest matches pass the row filter: ask the letters that pass it, in order.
        SqlPart ids2 = matchingIds(h, text);
        Query q2 = h.createQuery("SELECT l.id FROM letter l WHERE " + all.sql() + " AND +l.id IN (" + ids2.sql()
                + ") ORDER BY l.received_at" + dir + ", l.id" + dir + " LIMIT ? OFFSET ?");
        SqlPart.bind(q2, SqlPart.bind(q2, SqlPart.bind(q2, 0, all.args()), ids2.args()), List.of(limit, offset));
        return q2.mapTo(Long.class).list();
    }

    @Override
    public Total count(Handle h, SearchText text, LetterFilter f, SqlPart rest, SqlPart all, boolean exact) {
        SqlPart inner = inner(h, text, f);
        if (rest.always()) {
            long n = matches(h, inner, exact ? Long.MAX_VALUE : cap + 1L);
            return n > cap && !exact ? Total.moreThan(cap) : Total.exactly((int) n);
        }
        if (!exact) {
            long total = matches(h, inner, visits + 1L);
            Query q = h.createQuery("SELECT count(*) FROM (" + inner.sql() + " ORDER BY rowid DESC LIMIT ?) m JOIN letter l ON l.id = (m.k & "
                    + ID_MASK + ") WHERE " + rest.sql());
            SqlPart.bind(q, SqlPart.bind(q, SqlPart.bind(q, 0, inner.args()), List.of(visits)), rest.args());
            int passing = q.mapTo(Integer.class).one();
            Total seen = RegisterSearch.fromNewest(total <= visits, passing, visits);
            if (seen != null) {
                return seen;
            }
        }
        SqlPart ids = matchingIds(h, text);
        String matching = "SELECT 1 FROM letter l WHERE " + all.sql() + " AND l.id IN (" + ids.sql() + ")";
        Query q = h.createQuery("SELECT count(*) FROM (" + matching + (exact ? "" : " LIMIT " + (cap + 1)) + ") m");
        SqlPart.bind(q, SqlPart.bind(q, 0, all.args()), ids.args());
        int n = q.mapTo(Integer.class).one();
        return !exact && n > cap ? Total.moreThan(cap) : Total.exactly(n);
    }

    /** {@code n} to two significant digits, rounded down (4,311 → 4,300): "more than" stays true. */
    static int roundDown(int n) {
        int unit = 1;
        while (n / unit >= 100) {
            unit *= 10;
        }
        return n / unit * unit;
    }

    /** How many rows {@code inner} selects, counting no further than {@code atMost}. */
    private static long matches(Handle h, SqlPart inner, long atMost) {
        Query q = h.createQuery(atMost == Long.MAX_VALUE ? "SELECT count(*) FROM (" + inner.sql() + ") m"
                : "SELECT count(*) FROM (" + inner.sql() + " LIMIT ?) m");
        int at = SqlPart.bind(q, 0, inner.args());
        if (atMost != Long.MAX_VALUE) {
            q.bind(at, atMost);
        }
        return q.mapTo(Long.class).one();
    }

    /** The keys of the letters matching the words, the agency and service (tags) and the date range. */
    private SqlPart inner(Handle h, SearchText text, LetterFilter f) {
        StringBuilder sql = new StringBuilder("SELECT rowid AS k FROM letter_fts WHERE letter_fts MATCH ?");
        List<Object> args = new ArrayList<>();
        args.add(match(h, text, f));
        if (f.from() != null) {
            sql.append(" AND rowid >= ?");
            args.add(key(f.from()));
        }
        if (f.to() != null && DayBounds.endExclusive(f.to()) != null) {
            sql.append(" AND rowid < ?");
            args.add(key(f.to().plusDays(1)));
        }
        return new SqlPart(sql.toString(), args);
    }

    /**
     * The full-text query: every word in the numbers, subject or signer — or naming the letter's
     * agency, by its abbreviation or name (the agency's tag) — plus the agency and service filters.
     */
    static String match(Handle h, SearchText text, LetterFilter f) {
        List<String> parts = new ArrayList<>();
        AgencyNames agencies = AgencyNames.read(h);
        for (List<String> word : text.words()) {
            List<String> quoted = new ArrayList<>();
            for (int i = 0; i < word.size(); i++) {
                boolean prefix = i == word.size() - 1 && word.get(i).length() >= SearchText.MIN_PREFIX;
                quoted.add("\"" + word.get(i) + "\"" + (prefix ? "*" : ""));
            }
            String phrase = COLUMNS + " : (" + String.join(" + ", quoted) + ")";
            List<String> tags = agencies.namedBy(word).stream().map(id -> "\"a" + id + "\"").toList();
            parts.add(tags.isEmpty() ? phrase : "(" + phrase + " OR tags : (" + String.join(" OR ", tags) + "))");
        }
        if (f.agencyId() != null) {
            parts.add("tags : \"a" + f.agencyId() + "\"");
        }
        if (f.serviceId() != null) {
            parts.add("tags : \"v" + f.serviceId() + "\"");
        }
        return String.join(" AND ", parts);
    }
}
