package id.kalbarprov.loket.bench;

import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.DemoData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;

/**
 * The benchmark database: {@code -Dbench.letters=N} demo letters (default 100,000), made once with
 * {@link DemoData#write} and cached as {@code target/bench/loket-N.db}; {@code -Dbench.db=FILE} uses a
 * database made elsewhere (e.g. by {@code demo-data}) instead. A database cached by an older build
 * is migrated when opened; delete it when Flyway refuses its history.
 */
public final class BenchDb {

    public static final long SEED = 42;
    public static final LocalDate UNTIL = LocalDate.of(2026, 11, 23);

    private BenchDb() {
    }

    /**
     * The benchmarks' "now": {@code -Dbench.today=yyyy-mm-dd} at 10:00 (a database made by demo-data runs
     * up to the day it was made), default {@link #UNTIL}.
     */
    public static java.time.LocalDateTime now() {
        return LocalDate.parse(System.getProperty("bench.today", UNTIL.toString())).atTime(10, 0);
    }

    /** How many letters the benchmarks run on: {@code -Dbench.letters}, default 100,000. */
    public static int letters() {
        return Integer.getInteger("bench.letters", 100_000);
    }

    static Path cache() {
        String given = System.getProperty("bench.db");
        return given != null && !given.isBlank() ? Path.of(given) : Path.of("target", "bench", "loket-" + letters() + ".db");
    }

    /** The cached database file (made on first use: about a minute per 100,000 letters on a quiet machine). */
    public static synchronized Path cached() {
        Path cache = cache();
        if (!Files.exists(cache)) {
            try {
                Files.createDirectories(cache.toAbsolutePath().getParent());
                Path tmp = cache.resolveSibling(cache.getFileName() + ".building");
                Files.deleteIfExists(tmp);
                Database db = Database.open(tmp);
                long t0 = System.nanoTime();
                DemoData.write(db, letters(), SEED, UNTIL);
                db.jdbi().useHandle(h -> h.execute("PRAGMA wal_checkpoint(TRUNCATE)"));
                db.close();
                System.out.printf("Benchmark database of %,d letters written in %.1f s%n", letters(),
                        (System.nanoTime() - t0) / 1e9);
                force(tmp);
                Files.move(tmp, cache, StandardCopyOption.ATOMIC_MOVE);
                Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + "-wal"));
                Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + "-shm"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cache;
    }

    /** The cached database, migrated and checkpointed, its file forced to disk: a database at rest. */
    public static Database openAtRest() {
        Database db = Database.open(cached());
        db.jdbi().useHandle(h -> h.execute("PRAGMA wal_checkpoint(TRUNCATE)"));
        force(cached());
        return db;
    }

    /** A fresh copy of the cached database in {@code dir}, for benchmarks that write. */
    public static Path copyInto(Path dir) {
        try {
            Path target = dir.resolve("loket.db");
            Files.copy(cached(), target, StandardCopyOption.REPLACE_EXISTING);
            // A database at rest: without this the kernel writes the fresh copy back while the
            // benchmark runs, and every commit's fsync waits behind it (spikes of 50-100 ms).
            force(target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void force(Path file) {
        try (var ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
