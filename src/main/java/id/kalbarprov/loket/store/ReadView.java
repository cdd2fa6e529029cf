package id.kalbarprov.loket.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;

/**
 * One consistent read of many queries without taking the write lock. The app's SQLite connections
 * begin their transactions IMMEDIATE (decision 0013: writers queue instead of failing), which would
 * hold every clerk's registration for as long as a yearly report reads; the dialect's snapshot read
 * (SQLite: a deferred transaction on the write-ahead log; PostgreSQL: REPEATABLE READ READ ONLY)
 * blocks no one.
 */
final class ReadView {

    private ReadView() {
    }

    static <T> T read(Database db, HandleCallback<T, RuntimeException> work) {
        return db.jdbi().withHandle(h -> {
            h.execute(db.dialect().beginSnapshotRead());
            try {
                return work.withHandle(h);
            } finally {
                rollback(h);
            }
        });
    }

    private static void rollback(Handle h) {
        h.execute("ROLLBACK"); // nothing was written: ending the read is all it does
    }
}
