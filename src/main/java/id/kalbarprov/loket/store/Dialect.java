package id.kalbarprov.loket.store;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The few things that differ between the two backends, in one place: where the migrations are, the
 * register's substring search, the integrity check, which tables a copy leaves out. Everything else
 * (the stores' SQL, upserts with ON CONFLICT, RETURNING, LIMIT/OFFSET) is the same on both. How
 * writers queue (SQLite: IMMEDIATE transactions; PostgreSQL: one advisory lock per write transaction,
 * so numbering and the audit chain stay serial) is set up by {@link Database} when it connects.
 */
public sealed interface Dialect permits SqliteDialect, PostgresDialect {

    /** "sqlite" or "postgresql": also the folder of the migrations, db/migration/&lt;name&gt;. */
    String name();

    default String migrations() {
        return "classpath:db/migration/" + name();
    }

    /**
     * A subquery selecting the ids of the letters whose agenda number, letter number, subject,
     * agency or signer contains every one of {@code words} words (each 3+ characters, case ignored).
     */
    String letterTextIds(int words);

    /** The values for {@link #letterTextIds}'s placeholders. */
    List<Object> letterTextArgs(List<String> words);

    /** LIKE that ignores case (ASCII), as SQLite's LIKE does: "LIKE" there, "ILIKE" on PostgreSQL. */
    String like();

    /** The integrity check: {@code ["ok"]} when sound, else what is wrong. */
    List<String> integrityCheck(Handle h);

    /** The tables of the current schema, Loket's and any other (also those the user may not read). */
    List<String> tables(Handle h);

    /** The SQL behind {@link #tables}, for plain JDBC connections. */
    String tablesSql();

    /** Tables a copy leaves out: rebuilt from the others by triggers, or Flyway's own. */
    boolean derived(String table);

    /** For each table, the tables its foreign keys point to (a copy fills those first). */
    java.util.Map<String, java.util.Set<String>> parents(Handle h);

    /**
     * Before a bulk load into {@code tables} within the open transaction: PostgreSQL switches Loket's
     * own triggers off (the protective ones would refuse a restore's deletes, and the search table is
     * rebuilt once at the end); SQLite does nothing (its loads go into new, empty files).
     */
    void beforeLoad(Handle h, java.util.List<String> tables);

    /** After a bulk load: triggers back on, derived tables rebuilt, id sequences past the loaded ids. */
    void afterLoad(Handle h, java.util.List<String> tables);
}
