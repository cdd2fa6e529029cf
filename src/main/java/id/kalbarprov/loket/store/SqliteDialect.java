package id.kalbarprov.loket.store;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** SQLite: FTS5 trigram search, PRAGMA integrity_check. */
final class SqliteDialect implements Dialect {

    static final SqliteDialect INSTANCE = new SqliteDialect();

    private SqliteDialect() {
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public String letterTextIds(int words) {
        return "SELECT rowid FROM letter_fts WHERE letter_fts MATCH ?";
    }

    /** Every word as a quoted phrase, all of them required. */
    @Override
    public List<Object> letterTextArgs(List<String> words) {
        return List.of(String.join(" AND ", words.stream().map(w -> "\"" + w.replace("\"", "\"\"") + "\"").toList()));
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
        // FTS kept by triggers; INTEGER PRIMARY KEY continues after the highest id by itself
    }

    @Override
    public boolean derived(String table) {
        return table.startsWith("letter_fts") || table.equals("flyway_schema_history");
    }
}
