package id.kalbarprov.loket.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * One consistent read of many queries without taking the write lock. The app's SQLite connections
 * begin their transactions IMMEDIATE (decision 0013: writers queue instead of failing), which would
 * hold every clerk's registration for as long as a yearly report reads; a deferred transaction reads
 * one snapshot of the write-ahead log and blocks no one. The one SQL that differs per backend here
 * (PostgreSQL: {@code BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY}).
 */
final class ReadView {

    private ReadView() {
    }

    static <T> T read(Jdbi jdbi, HandleCallback<T, RuntimeException> work) {
        return jdbi.withHandle(h -> {
            h.execute("BEGIN DEFERRED");
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
