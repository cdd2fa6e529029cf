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
     * A new register search for one store: how the words typed into Surat Masuk's search field find
     * letters, and how a page in date order walks an index. SQLite: an FTS5 word index ordered as the
     * register ({@link FtsTextSearch}); PostgreSQL: word-start patterns over the trigram-indexed
     * letter_search ({@link PgTextSearch}). The rest of the register's query is shared
     * ({@link RegisterQuery}).
     */
    RegisterSearch registerSearch();

    /**
     * Prepares connection {@code h} for a writer about to write very many rows (demo data) and
     * returns what undoes it. SQLite gives the connection a 256 MB page cache for the duration (the
     * letter table's dozen indexes stay in memory instead of being read back per insert at a million
     * letters) and no fsync until the end, where the log is checkpointed into the file with a full
     * sync; PostgreSQL needs nothing (the server's own buffers).
     */
    Runnable bulkWrites(Handle h);

    /** LIKE that ignores case (ASCII), as SQLite's LIKE does: "LIKE" there, "ILIKE" on PostgreSQL. */
    String like();

    /**
     * The statement that begins a read-only snapshot without taking the write lock (the service report:
     * many queries seeing one moment while clerks keep registering). {@code ROLLBACK} ends it.
     */
    String beginSnapshotRead();

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
