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
 * subject and signer of each letter, one normalized line each since V62, under a pg_trgm GIN
 * index). Each typed word is a LIKE pattern anchored at a token start, with the same meaning as SQLite's
 * word index ({@link SearchText}): "jaring" finds "jaringan", "0042/SM/2025" is 0042, SM and 2025
 * one after the other, so never 10042/SM/2025. A word that names an agency ({@link AgencyNames})
 * also finds that agency's letters through the letters' agency index (the lines hold no agency since
 * V75), as SQLite's agency tag does. The planner knows the data (statistics), so the rest of the
 * filter is plain SQL on the letters and no index is named.
 */
final class PgTextSearch implements RegisterSearch {

    /**
     * Newest letters (passing the other filters) looked at in register order before the trigram index
     * is asked instead: a word most letters hold fills a page within the first few hundred, and
     * the index would hand over nearly every letter to be re-checked and sorted.
     */
    static final int VISITS = 2_000;

    private int cap = CAP;
    private int visits = VISITS;

    @Override
    public PgTextSearch limits(int visitAtMost, int countUpTo) {
        this.cap = countUpTo;
        this.visits = visitAtMost;
        return this;
    }

    @Override
    public String walking(String index) {
        return "";
    }

    @Override
    public SqlPart matchingIds(Handle h, SearchText text) {
        List<Word> words = words(h, text);
        List<Word> plain = words.stream().filter(w -> w.agencies().isEmpty()).toList();
        List<String> sets = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (!plain.isEmpty()) {
            SqlPart lines = Word.condition(plain, null, "doc"); // no agency named: the lines alone
            sets.add("SELECT letter_id FROM letter_search WHERE " + lines.sql());
            args.addAll(lines.args());
        }
        // A word naming an agency: that agency's letters (its own index) and the letters holding the word.
        for (Word w : words) {
            if (!w.agencies().isEmpty()) {
                sets.add("SELECT id FROM letter WHERE agency_id IN (" + marks(w.agencies().size())
                        + ") UNION SELECT letter_id FROM letter_search WHERE doc LIKE ?");
                args.addAll(w.agencies());
                args.add(w.pattern());
            }
        }
        return new SqlPart(sets.size() == 1 ? sets.get(0) : "(" + String.join(") INTERSECT (", sets) + ")", args);
    }

    /**
     * A typed word as the search lines are searched: its LIKE pattern, and the agencies it names
     * ({@link AgencyNames}), whose letters it finds through their agency since the lines hold no
     * agency (V75).
     */
    private record Word(String pattern, List<Long> agencies) {

        /**
         * The words' condition on a letter whose agency is {@code agency} (unused when no word names one) and
         * whose search line is {@code doc}.
         */
        static SqlPart condition(List<Word> words, String agency, String doc) {
            List<String> parts = new ArrayList<>();
            List<Object> args = new ArrayList<>();
            for (Word w : words) {
                if (w.agencies().isEmpty()) {
                    parts.add(doc + " LIKE ?");
                } else {
                    parts.add("(" + agency + " IN (" + marks(w.agencies().size()) + ") OR " + doc + " LIKE ?)");
                    args.addAll(w.agencies());
                }
                args.add(w.pattern());
            }
            return new SqlPart(String.join(" AND ", parts), args);
        }
    }

    private static List<Word> words(Handle h, SearchText text) {
        AgencyNames agencies = AgencyNames.read(h);
        return text.words().stream().map(w -> new Word(pattern(w), agencies.namedBy(w))).toList();
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /**
     * The word as a LIKE pattern over the normalized lines (V62: lower case, one space between tokens, a
     * space at each end of a line): its tokens one after the other from a token start, the last one as
     * the start of a token when it has three or more characters, else whole. Tokens are letters and
     * digits only, so none needs escaping.
     */
    static String pattern(List<String> word) {
        String last = word.get(word.size() - 1);
        return "% " + String.join(" ", word) + (last.length() >= SearchText.MIN_PREFIX ? "%" : " %");
    }

    @Override
    public List<Long> page(Handle h, SearchText text, LetterFilter f, SqlPart rest, SqlPart all, int offset,
                           int limit) {
        String dir = f.ascending() ? " ASC" : " DESC";
        // First the newest letters in register order (letter_by_received), each checked against its line:
        // a common word fills the page at once. Only when the window holds fewer than a page does the
        // trigram index find the rare matches.
        List<Word> words = words(h, text);
        if (namesAgencies(words)) {
            return agencyPage(h, words.get(0), all, dir, offset, limit);
        }
        int window = visits + offset + limit;
        Walk walk = walk(h, words, all, dir, window, offset, limit);
        if (walk.ids.size() == limit || walk.complete) {
            return walk.ids;
        }
        SqlPart ids = matchingIds(h, text);
        Query q = h.createQuery("SELECT l.id FROM letter l WHERE " + all.sql() + " AND l.id IN (" + ids.sql()
                + ") ORDER BY l.received_at" + dir + ", l.id" + dir + " LIMIT ? OFFSET ?");
        SqlPart.bind(q, SqlPart.bind(q, SqlPart.bind(q, 0, all.args()), ids.args()), List.of(limit, offset));
        return q.mapTo(Long.class).list();
    }

    /** The text is one word and it names agencies ('Dinkes', 'kesehatan'). */
    private static boolean namesAgencies(List<Word> words) {
        return words.size() == 1 && !words.get(0).agencies().isEmpty();
    }

    /**
     * A page for one word that names agencies: each agency's letters from its own index newest first
     * (letter_by_agency, V75: agency, received, id), and the letters holding the word (trigram index), each
     * stopped after offset + limit, merged in register order. Nothing reads the agency's other letters.
     */
    private static List<Long> agencyPage(Handle h, Word w, SqlPart all, String dir, int offset, int limit) {
        String order = " ORDER BY l.received_at" + dir + ", l.id" + dir + " LIMIT ?)";
        List<String> branches = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        args.add(w.pattern());
        for (Long agency : w.agencies()) {
            branches.add("(SELECT l.id, l.received_at FROM letter l WHERE " + all.sql() + " AND l.agency_id = ?" + order);
            args.addAll(all.args());
            args.add(agency);
            args.add(offset + limit);
        }
        branches.add("(SELECT l.id, l.received_at FROM " + holding(all, "l.id, l.received_at", "") + order);
        args.addAll(all.args());
        args.add(offset + limit);
        Query q = h.createQuery(HOLDING + " SELECT u.id FROM (" + String.join(" UNION ", branches)
                + ") u ORDER BY u.received_at" + dir + ", u.id" + dir + " LIMIT ? OFFSET ?");
        SqlPart.bind(q, SqlPart.bind(q, 0, args), List.of(limit, offset));
        return q.mapTo(Long.class).list();
    }

    /** The letters whose lines hold the word (trigram index), once: a few thousand ids at most for an agency's name. */
    private static final String HOLDING = "WITH t AS MATERIALIZED (SELECT letter_id FROM letter_search WHERE doc LIKE ?)";

    /**
     * {@code columns} of the letters in {@code t} that pass {@code all} (and {@code more}), each letter read by its
     * key: a join would let the planner read every letter's index to hash them.
     */
    private static String holding(SqlPart all, String columns, String more) {
        return "t, LATERAL (SELECT " + columns + " FROM letter l WHERE l.id = t.letter_id AND " + all.sql() + more
                + " OFFSET 0) l";
    }

    /**
     * How many letters one word naming agencies finds: the agencies' letters (their index alone) plus the
     * letters of other agencies holding the word, each counted up to the cap unless {@code exact}.
     */
    private Total agencyCount(Handle h, Word w, SqlPart all, boolean exact) {
        String upTo = exact ? "" : " LIMIT " + (cap + 1);
        String in = " IN (" + marks(w.agencies().size()) + ")";
        Query q = h.createQuery(HOLDING + " SELECT (SELECT count(*) FROM (SELECT 1 FROM letter l WHERE " + all.sql()
                + " AND l.agency_id" + in + upTo + ") a) + (SELECT count(*) FROM (SELECT 1 FROM "
                + holding(all, "1", " AND l.agency_id NOT" + in) + upTo + ") x)");
        int at = SqlPart.bind(q, 0, List.of(w.pattern()));
        at = SqlPart.bind(q, SqlPart.bind(q, at, all.args()), new ArrayList<>(w.agencies()));
        SqlPart.bind(q, SqlPart.bind(q, at, all.args()), new ArrayList<>(w.agencies()));
        int n = q.mapTo(Integer.class).one();
        return !exact && n > cap ? Total.moreThan(cap) : Total.exactly(n);
    }

    /** One page of the matches among the newest {@code window} letters passing {@code all}, and whether those were all. */
    private record Walk(List<Long> ids, boolean complete, int matches) {
    }

    private Walk walk(Handle h, List<Word> words, SqlPart all, String dir, int window, int offset, int limit) {
        SqlPart checked = Word.condition(words, "d.agency_id", "d.doc");
        String newest = "SELECT l.id, l.received_at, l.agency_id FROM letter l WHERE " + all.sql()
                + " ORDER BY l.received_at" + dir + ", l.id" + dir + " LIMIT ?";
        // One statement: the page, how many letters the window held, how many of them match. Each line is
        // fetched by its key (a subquery per letter): a join would let the planner check every line first.
        Query q = h.createQuery("WITH w AS MATERIALIZED (" + newest + "), d AS MATERIALIZED (SELECT w.id, w.received_at, w.agency_id,"
                + " (SELECT s.doc FROM letter_search s WHERE s.letter_id = w.id) AS doc FROM w),"
                + " m AS MATERIALIZED (SELECT d.id, d.received_at FROM d WHERE " + checked.sql() + ")"
                + " SELECT p.id, (SELECT count(*) FROM w), (SELECT count(*) FROM m) FROM (SELECT id, received_at FROM m"
                + " ORDER BY received_at" + dir + ", id" + dir + " LIMIT ? OFFSET ?) p"
                + " UNION ALL SELECT NULL, (SELECT count(*) FROM w), (SELECT count(*) FROM m)");
        int at = SqlPart.bind(q, 0, all.args());
        at = SqlPart.bind(q, at, List.of(window));
        at = SqlPart.bind(q, at, checked.args());
        SqlPart.bind(q, at, List.of(limit, offset));
        List<Long> ids = new ArrayList<>();
        int[] sizes = new int[2];
        q.map((rs, ctx) -> {
            long id = rs.getLong(1);
            if (!rs.wasNull()) {
                ids.add(id);
            }
            sizes[0] = rs.getInt(2);
            sizes[1] = rs.getInt(3);
            return id;
        }).list();
        return new Walk(ids, sizes[0] < window, sizes[1]);
    }

    @Override
    public Total count(Handle h, SearchText text, LetterFilter f, SqlPart rest, SqlPart all, boolean exact) {
        List<Word> words = words(h, text);
        if (namesAgencies(words)) {
            return agencyCount(h, words.get(0), all, exact);
        }
        if (!exact) {
            // As the page does: the newest letters first (decision 0017), without re-checking every letter.
            Walk walk = walk(h, words, all, " DESC", visits, 0, 0);
            Total seen = RegisterSearch.fromNewest(walk.complete, walk.matches, visits);
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
}
