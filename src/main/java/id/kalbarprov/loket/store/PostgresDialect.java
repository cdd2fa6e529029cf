package id.kalbarprov.loket.store;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** PostgreSQL: a trigram index (pg_trgm) over letter_search, searched by word-start patterns; no page-level check. */
final class PostgresDialect implements Dialect {

    static final PostgresDialect INSTANCE = new PostgresDialect();

    private PostgresDialect() {
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public RegisterSearch registerSearch() {
        return new PgTextSearch();
    }

    @Override
    public Runnable bulkWrites(Handle h) {
        return () -> {
        };
    }

    /** One snapshot for every query of the transaction; no advisory lock (only writers take it). */
    @Override
    public String beginSnapshotRead() {
        return "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";
    }

    @Override
    public String like() {
        return "ILIKE";
    }

    /**
     * The server keeps its own pages sound (checksums, WAL); what can be checked from here is that
     * the server answers and the schema's tables are readable, which {@link DatabaseCheck} does.
     */
    @Override
    public List<String> integrityCheck(Handle h) {
        return h.createQuery("SELECT 'ok'").mapTo(String.class).list();
    }

    @Override
    public List<String> tables(Handle h) {
        return h.createQuery(tablesSql()).mapTo(String.class).list();
    }

    @Override
    public String tablesSql() {
        return "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() ORDER BY tablename";
    }

    @Override
    public java.util.Map<String, java.util.Set<String>> parents(Handle h) {
        java.util.Map<String, java.util.Set<String>> out = new java.util.TreeMap<>();
        tables(h).forEach(t -> out.put(t, new java.util.TreeSet<>()));
        h.createQuery("""
                        SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c
                        WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace""")
                .map((rs, ctx) -> out.computeIfAbsent(unquote(rs.getString(1)), k -> new java.util.TreeSet<>())
                        .add(unquote(rs.getString(2))))
                .list();
        return out;
    }

    private static String unquote(String regclass) {
        String s = regclass.contains(".") ? regclass.substring(regclass.lastIndexOf('.') + 1) : regclass;
        return s.startsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /**
     * Triggers off, and the tables' secondary indexes (and the search table's trigram index) dropped for
     * the load: building an index once over all rows is several times faster than updating it row by row.
     * Their definitions wait in a temporary table of this transaction for {@link #afterLoad}.
     */
    @Override
    public void beforeLoad(Handle h, List<String> tables) {
        for (String t : tables) {
            h.execute("ALTER TABLE " + t + " DISABLE TRIGGER USER");
        }
        List<String> indexed = new java.util.ArrayList<>(tables);
        if (tables.contains("letter")) {
            indexed.add("letter_search");
        }
        h.execute("DROP TABLE IF EXISTS loket_load_indexes");
        h.createUpdate("""
                        CREATE TEMP TABLE loket_load_indexes ON COMMIT DROP AS
                        SELECT i.indexname, i.indexdef FROM pg_indexes i
                        WHERE i.schemaname = current_schema() AND i.tablename = ANY(:tables)
                          AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                                          WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)""")
                .bind("tables", indexed.toArray(new String[0])).execute();
        h.createQuery("SELECT indexname FROM loket_load_indexes").mapTo(String.class).list()
                .forEach(i -> h.execute("DROP INDEX " + i));
    }

    @Override
    public void afterLoad(Handle h, List<String> tables) {
        for (String t : tables) {
            h.execute("ALTER TABLE " + t + " ENABLE TRIGGER USER");
        }
        if (tables.contains("letter")) {
            h.execute("DELETE FROM letter_search");
            // letter_search_text's lines (V75), in one statement rather than by the trigger row by row
            h.execute("""
                    INSERT INTO letter_search (letter_id, doc)
                    SELECT id, letter_search_text(agenda_number, letter_number, subject, agency_id, signer_name)
                    FROM letter""");
            h.execute("DELETE FROM letter_tally");
            h.execute("""
                    INSERT INTO letter_tally (agency_id, service_id, state, letters)
                    SELECT agency_id, service_id, state, count(*) FROM letter GROUP BY agency_id, service_id, state""");
            ReportStore.rebuildTallies(h);
        }
        h.execute("SET LOCAL maintenance_work_mem = '256MB'");
        h.createQuery("SELECT indexdef FROM loket_load_indexes").mapTo(String.class).list().forEach(h::execute);
        h.execute("DROP TABLE loket_load_indexes");
        for (String t : tables) {
            h.createQuery("""
                            SELECT column_name, pg_get_serial_sequence(quote_ident(table_name), column_name)
                            FROM information_schema.columns
                            WHERE table_schema = current_schema() AND table_name = ? AND is_identity = 'YES'""")
                    .bind(0, t).map((rs, ctx) -> new String[]{rs.getString(1), rs.getString(2)}).list()
                    .forEach(c -> h.createQuery("SELECT setval(?, coalesce((SELECT max(" + c[0] + ") FROM " + t
                            + "), 0) + 1, false)").bind(0, c[1]).mapTo(Long.class).one());
        }
    }

    @Override
    public boolean derived(String table) {
        return table.equals("letter_search") || table.equals("letter_tally") || ReportStore.TALLIES.contains(table)
                || table.equals("flyway_schema_history");
    }
}
