package id.kalbarprov.loket.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Keeps each prepared statement of one handle for the next use of the same SQL, instead of
 * compiling it again (SQLite compiles the letter insert with its full-text trigger on every
 * prepare). For bulk writers that run the same few statements many thousand times on one handle
 * (demo data): install with {@code handle.setStatementBuilder(new ReusedStatements())}; the
 * statements are closed with the handle.
 */
final class ReusedStatements extends DefaultStatementBuilder {

    private final Map<String, PreparedStatement> kept = new HashMap<>();

    @Override
    public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
        String key = key(sql, ctx);
        PreparedStatement st = kept.get(key);
        if (st == null || st.isClosed()) {
            st = super.create(conn, sql, ctx);
            kept.put(key, st);
        }
        return st;
    }

    @Override
    public void close(Connection conn, String sql, Statement stmt) throws SQLException {
        if (stmt instanceof PreparedStatement ps && kept.containsValue(ps)) {
            ps.clearParameters();
            return;
        }
        super.close(conn, sql, stmt);
    }

    @Override
    public void close(Connection conn) {
        for (PreparedStatement st : kept.values()) {
            try {
                st.close();
            } catch (SQLException e) {
                // closing anyway: nothing left to keep
            }
        }
        kept.clear();
    }

    private static String key(String sql, StatementContext ctx) {
        return ctx.isReturningGeneratedKeys() ? Arrays.toString(ctx.getGeneratedKeysColumnNames()) + sql : sql;
    }
}
