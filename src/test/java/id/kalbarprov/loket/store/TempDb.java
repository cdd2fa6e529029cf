package id.kalbarprov.loket.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real SQLite file in a JUnit temp dir. A new test database is a copy of one that {@link Database#open}
 * created and migrated once in this test JVM (as {@link TestServer} copies one migrated PostgreSQL
 * template): running every migration again costs about a second per test, a copy a few milliseconds.
 * The tests of the migrations themselves use {@link #migratedNow}.
 */
public final class TempDb {
    private static Path template;

    private TempDb() {
    }

    /** A new, empty Loket database {@code dir/loket.db}, open. */
    public static Database open(Path dir) {
        return Database.open(copyOfMigrated(dir.resolve("loket.db")));
    }

    /** A new database {@code dir/loket.db} created and migrated by this very call (migration tests). */
    public static Database migratedNow(Path dir) {
        return Database.open(dir.resolve("loket.db"));
    }

    /**
     * {@code file} itself, made a copy of the migrated template when it does not exist yet and its folder
     * does (an existing file, or a missing folder, is left for {@link Database#open} as it is).
     */
    public static Path copyOfMigrated(Path file) {
        if (Files.exists(file) || !Files.isDirectory(file.toAbsolutePath().getParent())) {
            return file;
        }
        Path from = template();
        try {
            Files.copy(from, file);
            Path wal = from.resolveSibling(from.getFileName() + "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, file.resolveSibling(file.getFileName() + "-wal"));
            }
            // The template's identity (V71) came with the copy: a database made by Loket has one of its own,
            // or two test databases sharing a backup folder would take each other's anchors for their own.
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                 var st = c.createStatement()) {
                st.execute("UPDATE database_identity SET id = lower(hex(randomblob(16)))");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    private static synchronized Path template() {
        if (template == null) {
            try {
                Path folder = Files.createTempDirectory("loket-template");
                Path file = folder.resolve("loket.db");
                Database.open(file).close();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
                template = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return template;
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder: the system clears it
        }
    }
}
