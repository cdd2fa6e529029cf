package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.request.RequestState;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Counts from {@code letter_tally} (V60): letters per agency, service and state, kept by triggers in
 * the transaction of every change. A few hundred rows answer what counting a million letters would.
 */
final class LetterTally {

    private LetterTally() {
    }

    /** True when {@code f}'s count is a sum of tally rows: no text, dates or due status. */
    static boolean answers(LetterFilter f, SearchText text) {
        return text.empty() && f.from() == null && f.to() == null && f.due() == null;
    }

    /** Letters matching the agency, service, state and open-only parts of {@code f}. */
    static int count(Handle h, LetterFilter f) {
        return query(h, "coalesce(sum(letters), 0)", f, "").mapTo(Integer.class).one();
    }

    /** Letters per agency (or service, or state: {@code column}) matching {@code f}'s tally parts. */
    static Map<Object, Integer> per(Handle h, String column, LetterFilter f) {
        Map<Object, Integer> out = new java.util.HashMap<>();
        query(h, column + ", sum(letters)", f, " GROUP BY " + column)
                .map((rs, ctx) -> out.put(rs.getObject(1) instanceof Number n ? (Object) n.longValue() : rs.getString(1),
                        rs.getInt(2)))
                .list();
        return out;
    }

    private static Query query(Handle h, String select, LetterFilter f, String tail) {
        StringBuilder sql = new StringBuilder("SELECT " + select + " FROM letter_tally WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.agencyId() != null) {
            sql.append(" AND agency_id = ?");
            args.add(f.agencyId());
        }
        if (f.serviceId() != null) {
            sql.append(" AND service_id = ?");
            args.add(f.serviceId());
        }
        if (f.state() != null) {
            sql.append(" AND state = ?");
            args.add(f.state().name());
        }
        if (f.openOnly()) {
            sql.append(" AND state NOT IN ('SELESAI', 'DITOLAK')");
        }
        Query q = h.createQuery(sql.append(tail).toString());
        for (int i = 0; i < args.size(); i++) {
            q.bind(i, args.get(i));
        }
        return q;
    }

    /** Letters per state and service, for Beranda: state → service id → letters. */
    static Map<RequestState, Map<Long, Integer>> byStateAndService(Handle h) {
        Map<RequestState, Map<Long, Integer>> out = new EnumMap<>(RequestState.class);
        h.createQuery("SELECT state, service_id, sum(letters) FROM letter_tally GROUP BY state, service_id")
                .map((rs, ctx) -> out.computeIfAbsent(RequestState.valueOf(rs.getString(1)), k -> new java.util.HashMap<>())
                        .merge(rs.getLong(2), rs.getInt(3), Integer::sum))
                .list();
        return out;
    }
}
