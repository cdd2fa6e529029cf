package id.kalbarprov.loket.store;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.statement.SqlStatement;

/** A piece of SQL with its positional arguments, for queries assembled from parts. */
record SqlPart(String sql, List<Object> args) {

    static final SqlPart TRUE = new SqlPart("1 = 1", List.of());

    SqlPart {
        args = List.copyOf(args);
    }

    boolean always() {
        return sql.equals(TRUE.sql());
    }

    /** Binds {@code args} from position {@code at}; returns the next free position. */
    static int bind(SqlStatement<?> q, int at, List<Object> args) {
        for (Object a : args) {
            q.bind(at++, a);
        }
        return at;
    }

    /** The arguments of several parts, in order. */
    static List<Object> args(SqlPart... parts) {
        List<Object> out = new ArrayList<>();
        for (SqlPart p : parts) {
            out.addAll(p.args());
        }
        return out;
    }
}
