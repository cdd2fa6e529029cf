package id.kalbarprov.loket.store;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** SQLite: FTS5 word search ordered as the register (V60), PRAGMA integrity_check. */
final class SqliteDialect implements Dialect {

    static final SqliteDialect INSTANCE = new SqliteDialect();

    private SqliteDialect() {
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public RegisterSearch registerSearch() {
        return new FtsTextSearch();
    }

    /**
     * While demo-data writes: a 256 MB page cache and no fsync per commit or checkpoint
     * ({@code synchronous=OFF}, this connection only). Afterwards the connection's own settings are
     * back and the whole log is checkpointed into the file with a full sync, so the result is an
     * ordinary database however it was written. Into a new, empty file the secondary indexes of the
     * big tables are dropped for the load and made again at the end ({@link LoadIndexes}).
     */
    @Override
    public Runnable bulkWrites(Handle h) {
        int synchronous = h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one();
        h.execute("PRAGMA cache_size = -262144");
        h.execute("PRAGMA synchronous = OFF");
        Runnable indexes = LoadIndexes.dropForLoad(h);
        return () -> {
            indexes.run();
            h.execute("PRAGMA synchronous = " + synchronous);
            h.execute("PRAGMA cache_size = -" + ConnectionPool.CACHE_KIB);
            h.createQuery("PRAGMA wal_checkpoint(TRUNCATE)").mapToMap().list();
        };
    }

    /** A deferred transaction reads one snapshot of the write-ahead log; the app's IMMEDIATE ones would queue behind writers (0013). */
    @Override
    public String beginSnapshotRead() {
        return "BEGIN DEFERRED";
    }

    @Override
    public String like() {
        return "LIKE";
    }

    @Override
    public List<String> integrityCheck(Handle h) {
        return h.createQuery("PRAGMA integrity_check").mapTo(String.class).list();
    }

    @Override
    public List<String> tables(Handle h) {
        return h.createQuery(tablesSql()).mapTo(String.class).list();
    }

    @Override
    public String tablesSql() {
        return "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY name";
    }

    @Override
    public java.util.Map<String, java.util.Set<String>> parents(Handle h) {
        java.util.Map<String, java.util.Set<String>> out = new java.util.TreeMap<>();
        for (String t : tables(h)) {
            out.put(t, new java.util.TreeSet<>(h.createQuery("SELECT \"table\" FROM pragma_foreign_key_list(?)")
                    .bind(0, t).mapTo(String.class).list()));
        }
        return out;
    }

    @Override
    public void beforeLoad(Handle h, List<String> tables) {
        // new files only: nothing to switch off
    }

    @Override
    public void afterLoad(Handle h, List<String> tables) {
        // letter_fts, letter_tally and the report's tallies kept by triggers; INTEGER PRIMARY KEY continues after the highest id by itself
    }

    @Override
    public boolean derived(String table) {
        return table.startsWith("letter_fts") || table.equals("letter_tally") || ReportStore.TALLIES.contains(table)
                || table.equals("flyway_schema_history");
    }
}
