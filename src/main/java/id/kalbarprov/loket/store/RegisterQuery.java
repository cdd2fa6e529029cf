package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.register.LetterRow;
import id.kalbarprov.loket.core.register.Page;
import id.kalbarprov.loket.core.register.Total;
import id.kalbarprov.loket.core.request.RequestState;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Reads the register (Buku Agenda) at a million letters: one page and its total for any filter and
 * sort, each from an index walk that stops after the page. Totals come from the tally (agency,
 * service, state, open only), from the due groups, or are counted up to {@link #CAP} and then shown
 * as "more than". A typed agenda or letter number finds exactly its letters. Words go to the
 * backend's {@link RegisterSearch}.
 */
final class RegisterQuery {

    /** A total counted further than this is "more than" (see {@link Total}). */
    static final int CAP = RegisterSearch.CAP;

    private final RegisterSearch text;
    private final Supplier<WorkingCalendar> calendar;
    private final Clock clock;
    private int cap = CAP;

    RegisterQuery(RegisterSearch text, Supplier<WorkingCalendar> calendar, Clock clock) {
        this.text = text;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Tests make a small database behave like a large one (see {@link RegisterSearch#limits}). */
    void limits(int visits, int countUpTo) {
        text.limits(visits, countUpTo);
        this.cap = countUpTo;
    }

    Page<LetterRow> page(Handle h, LetterFilter f, int offset, int limit) {
        Scope s = scope(h, f);
        List<Long> ids = s.nothing() ? List.of() : ids(h, f, s, offset, limit + 1);
        List<LetterRow> rows = rows(h, ids);
        boolean more = rows.size() > limit;
        return new Page<>(more ? rows.subList(0, limit) : rows, offset, more);
    }

    Total count(Handle h, LetterFilter f) {
        return count(h, f, scope(h, f), false);
    }

    /** What the filter needs before a query: its words, exact-number hits, due groups, conditions. */
    private record Scope(SearchText words, List<Long> numbers, SqlPart rest, SqlPart all, boolean nothing) {
    }

    private Scope scope(Handle h, LetterFilter f) {
        SearchText words = SearchText.of(f.text());
        boolean nothing = words.matchesNothing() || f.from() != null && DayBounds.afterEverything(f.from());
        List<Long> numbers = !nothing && words.mayBeNumber() ? numberMatches(h, words.text()) : List.of();
        List<DueGroups.Group> due = f.due() == null || nothing ? List.of()
                : DueGroups.read(h, calendar.get(), LocalDate.now(clock));
        return new Scope(words, numbers, conditions(f, due, false), conditions(f, due, true), nothing);
    }

    /** The letters whose agenda number or letter number is exactly {@code typed}. */
    private static List<Long> numberMatches(Handle h, String typed) {
        return h.createQuery("SELECT id FROM letter WHERE agenda_number IN (?, ?) OR letter_number_key = ?")
                .bind(0, typed).bind(1, typed.toUpperCase(java.util.Locale.ROOT)).bind(2, LetterStore.numberKey(typed))
                .mapTo(Long.class).list();
    }

    private List<Long> ids(Handle h, LetterFilter f, Scope s, int offset, int limit) {
        LetterFilter.SortKey sort = f.sort() == null ? LetterFilter.SortKey.RECEIVED : f.sort();
        if (s.numbers().isEmpty() && (sort == LetterFilter.SortKey.AGENCY || sort == LetterFilter.SortKey.SERVICE
                || sort == LetterFilter.SortKey.STATE)) {
            return grouped(h, f, sort, offset, limit);
        }
        if (s.numbers().isEmpty() && !s.words().empty() && sort == LetterFilter.SortKey.RECEIVED) {
            return text.page(h, s.words(), f, s.rest(), s.all(), offset, limit);
        }
        SqlPart where = where(h, s);
        String from = s.numbers().isEmpty() && s.words().empty() && sort == LetterFilter.SortKey.RECEIVED
                ? text.walking(walk(h, f)) : "";
        String order = switch (sort) {
            case AGENDA -> "l.agenda_year%1$s, l.agenda_seq%1$s";
            case LETTER_DATE -> "l.letter_date%1$s, l.id%1$s";
            case AGENCY -> "(SELECT coalesce(a.abbreviation, a.name) FROM agency a WHERE a.id = l.agency_id)%1$s, "
                    + "l.received_at DESC, l.id DESC";
            case SERVICE -> "(SELECT s.position FROM service s WHERE s.id = l.service_id)%1$s, "
                    + "l.received_at DESC, l.id DESC";
            case STATE -> "l.state%1$s, l.received_at DESC, l.id DESC";
            default -> "l.received_at%1$s, l.id%1$s";
        };
        Query q = h.createQuery("SELECT l.id FROM letter l" + from + " WHERE " + where.sql() + " ORDER BY "
                + String.format(order, f.ascending() ? " ASC" : " DESC") + " LIMIT ? OFFSET ?");
        SqlPart.bind(q, SqlPart.bind(q, 0, where.args()), List.of(limit, offset));
        return q.mapTo(Long.class).list();
    }

    /**
     * The index a page in date order walks: the one of the filter's state, service and agency with
     * the fewest letters (from the tally), so the walk reads at most that many; else the date index.
     */
    private static String walk(Handle h, LetterFilter f) {
        String best = "letter_by_received";
        int fewest = Integer.MAX_VALUE;
        LetterFilter none = new LetterFilter(null, null, null, null, null, null, null, false, null, false);
        if (f.state() != null) {
            fewest = LetterTally.count(h, none.withState(f.state()));
            best = "letter_by_state";
        }
        if (f.serviceId() != null) {
            int n = LetterTally.count(h, none.withService(f.serviceId()));
            if (n < fewest) {
                fewest = n;
                best = "letter_by_service";
            }
        }
        if (f.agencyId() != null && LetterTally.count(h, none.withAgency(f.agencyId())) < fewest) {
            best = "letter_by_agency";
        }
        return best;
    }

    /** The whole condition for a plain query: the filter, the exact numbers or the words' ids. */
    private SqlPart where(Handle h, Scope s) {
        if (!s.numbers().isEmpty()) {
            return new SqlPart(s.all().sql() + " AND l.id IN (" + String.join(", ",
                    Collections.nCopies(s.numbers().size(), "?")) + ")", SqlPart.args(s.all(),
                    new SqlPart("", new ArrayList<>(s.numbers()))));
        }
        if (!s.words().empty()) {
            SqlPart ids = text.matchingIds(h, s.words());
            return new SqlPart(s.all().sql() + " AND l.id IN (" + ids.sql() + ")", SqlPart.args(s.all(), ids));
        }
        return s.all();
    }

    private Total count(Handle h, LetterFilter f, Scope s, boolean exact) {
        if (s.nothing()) {
            return Total.exactly(0);
        }
        if (s.numbers().isEmpty() && !s.words().empty()) {
            return text.count(h, s.words(), f, s.rest(), s.all(), exact);
        }
        if (s.numbers().isEmpty() && LetterTally.answers(f, s.words())) {
            return Total.exactly(LetterTally.count(h, f));
        }
        SqlPart where = where(h, s);
        Query q = h.createQuery(exact ? "SELECT count(*) FROM letter l WHERE " + where.sql()
                : "SELECT count(*) FROM (SELECT 1 FROM letter l WHERE " + where.sql() + " LIMIT " + (cap + 1) + ") m");
        SqlPart.bind(q, 0, where.args());
        int n = q.mapTo(Integer.class).one();
        return n > cap && !exact ? Total.moreThan(cap) : Total.exactly(n);
    }

    /**
     * Sorted by agency, service or state without sorting every letter: the groups in label order,
     * within each the letters newest first from the group's own index walk. Only the groups before
     * the page are counted (from the tally where it answers).
     */
    private List<Long> grouped(Handle h, LetterFilter f, LetterFilter.SortKey sort, int offset, int limit) {
        String dir = f.ascending() ? " ASC" : " DESC";
        List<Object> groups = switch (sort) {
            case AGENCY -> new ArrayList<>(h.createQuery("SELECT id FROM agency ORDER BY coalesce(abbreviation, name)"
                    + dir + ", id" + dir).mapTo(Long.class).list());
            case SERVICE -> new ArrayList<>(h.createQuery("SELECT id FROM service ORDER BY position" + dir + ", id" + dir)
                    .mapTo(Long.class).list());
            default -> {
                List<Object> states = new ArrayList<>(Arrays.stream(RequestState.values()).map(Enum::name).sorted().toList());
                if (!f.ascending()) {
                    Collections.reverse(states);
                }
                yield states;
            }
        };
        String column = switch (sort) {
            case AGENCY -> "agency_id";
            case SERVICE -> "service_id";
            default -> "state";
        };
        boolean tally = LetterTally.answers(f, SearchText.of(f.text()));
        Map<Object, Integer> counts = tally && offset > 0 ? LetterTally.per(h, column, f) : new HashMap<>();
        List<Long> out = new ArrayList<>();
        int skip = offset;
        for (Object g : groups) {
            LetterFilter in = within(f, sort, g);
            if (in == null) {
                continue;
            }
            if (skip > 0) {
                int c = tally ? counts.getOrDefault(g, 0) : count(h, in, scope(h, in), true).value();
                if (skip >= c) {
                    skip -= c;
                    continue;
                }
            }
            Scope s = scope(h, in);
            List<Long> part = s.nothing() ? List.of() : ids(h, in, s, skip, limit - out.size());
            out.addAll(part);
            skip = 0;
            if (out.size() >= limit) {
                break;
            }
        }
        return out;
    }

    /** {@code f} narrowed to one group, newest first; null when {@code f} itself excludes the group. */
    private static LetterFilter within(LetterFilter f, LetterFilter.SortKey sort, Object group) {
        LetterFilter newest = f.sortedBy(LetterFilter.SortKey.RECEIVED, false);
        return switch (sort) {
            case AGENCY -> f.agencyId() != null && !f.agencyId().equals(group) ? null : newest.withAgency((Long) group);
            case SERVICE -> f.serviceId() != null && !f.serviceId().equals(group) ? null
                    : newest.withService((Long) group);
            default -> {
                RequestState st = RequestState.valueOf((String) group);
                yield f.state() != null && f.state() != st || f.openOnly() && !st.open() ? null : newest.withState(st);
            }
        };
    }

    /**
     * The filter's conditions on letter {@code l}. Without {@code all}, only those a text search
     * checks on the letter rows (state, open only, due); with it, agency, service and dates too.
     */
    private static SqlPart conditions(LetterFilter f, List<DueGroups.Group> due, boolean all) {
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (all && f.serviceId() != null) {
            parts.add("l.service_id = ?");
            args.add(f.serviceId());
        }
        if (all && f.agencyId() != null) {
            parts.add("l.agency_id = ?");
            args.add(f.agencyId());
        }
        if (all && f.from() != null) {
            parts.add("l.received_at >= ?");
            args.add(f.from().toString());
        }
        if (all && f.to() != null && DayBounds.endExclusive(f.to()) != null) {
            parts.add("l.received_at < ?");
            args.add(DayBounds.endExclusive(f.to()));
        }
        if (f.state() != null) {
            parts.add("l.state = ?");
            args.add(f.state().name());
        }
        if (f.openOnly()) {
            parts.add("l.state NOT IN ('SELESAI', 'DITOLAK')");
        }
        if (f.due() != null) {
            parts.add(DueGroups.condition(due, f.due(), args));
        }
        return parts.isEmpty() ? SqlPart.TRUE : new SqlPart(String.join(" AND ", parts), args);
    }

    /** The register lines of {@code ids}, in that order. */
    private static List<LetterRow> rows(Handle h, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, LetterRow> byId = new HashMap<>();
        h.createQuery(LetterStore.ROW_SELECT + " WHERE l.id IN (<ids>)").bindList("ids", ids)
                .map((rs, ctx) -> LetterStore.row(rs)).forEach(r -> byId.put(r.id(), r));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }
}
