package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.database.DatabaseException;
import id.kalbarprov.loket.core.database.DatabaseProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Raw SQLite, PostgreSQL, Flyway and file-system failures as problems with Indonesian words of their
 * own (bundle database): disk full, read-only file or folder, not a Loket database, damaged, busy.
 */
public final class Failures {

    private Failures() {
    }

    /** The problem behind {@code failure} at {@code where} (a file or server), when it is one of these. */
    public static Optional<DatabaseException> classify(Throwable failure, String where) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabaseException d) {
                return Optional.of(d);
            }
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            String state = t instanceof SQLException s && s.getSQLState() != null ? s.getSQLState() : "";
            if (m.contains("sqlite_full") || m.contains("database or disk is full") || m.contains("no space left")
                    || state.equals("53100") || m.contains("disk quota exceeded")) {
                return Optional.of(new DatabaseException(DatabaseProblem.DISK_FULL, failure, where));
            }
            if (m.contains("sqlite_readonly") || m.contains("readonly database") || m.contains("read-only file system")
                    || t instanceof ReadOnlyFileSystemException || t instanceof AccessDeniedException
                    || state.equals("25006")) {
                return Optional.of(new DatabaseException(DatabaseProblem.READ_ONLY, failure, where));
            }
            if (m.contains("sqlite_notadb") || m.contains("file is not a database")) {
                return Optional.of(new DatabaseException(DatabaseProblem.NOT_LOKET, failure, where));
            }
            if (m.contains("sqlite_corrupt") || m.contains("malformed") || m.contains("sqlite_ioerr")
                    || m.contains("validate failed") || state.equals("XX001") || state.equals("XX002")) {
                return Optional.of(new DatabaseException(DatabaseProblem.DAMAGED, failure, where));
            }
            if (m.contains("sqlite_busy") || m.contains("database is locked") || state.equals("55P03")) {
                return Optional.of(new DatabaseException(DatabaseProblem.BUSY, failure));
            }
        }
        return Optional.empty();
    }

    /** True when {@code e} says the disk is full. */
    public static boolean diskFull(IOException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return m.contains("no space left") || m.contains("disk quota") || m.contains("not enough space")
                || e instanceof FileSystemException f && String.valueOf(f.getReason()).toLowerCase(Locale.ROOT)
                .contains("no space");
    }
}
