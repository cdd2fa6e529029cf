package id.kalbarprov.loket.bench;

import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.DemoData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/** The 100,000-letter benchmark database, made once and cached under target/bench/. */
public final class BenchDb {

    public static final int LETTERS = 100_000;
    public static final long SEED = 42;
    public static final LocalDate UNTIL = LocalDate.of(2026, 11, 23);
    static final Path CACHE = Path.of("target", "bench", "loket-100k.db");

    private BenchDb() {
    }

    /** The cached database file (made on first use; about a minute). */
    public static synchronized Path cached() {
        if (!Files.exists(CACHE)) {
            try {
                Files.createDirectories(CACHE.getParent());
                Path tmp = CACHE.resolveSibling("loket-100k-building.db");
                Files.deleteIfExists(tmp);
                Database db = Database.open(tmp);
                long t0 = System.nanoTime();
                DemoData.write(db, LETTERS, SEED, UNTIL);
                db.jdbi().useHandle(h -> h.execute("PRAGMA wal_checkpoint(TRUNCATE)"));
                System.out.printf("Benchmark database written in %.1f s%n", (System.nanoTime() - t0) / 1e9);
                Files.move(tmp, CACHE, StandardCopyOption.ATOMIC_MOVE);
                Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + "-wal"));
                Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + "-shm"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return CACHE;
    }

    /** A fresh copy of the cached database in {@code dir}, for benchmarks that write. */
    public static Path copyInto(Path dir) {
        try {
            Path target = dir.resolve("loket.db");
            Files.copy(cached(), target, StandardCopyOption.REPLACE_EXISTING);
            // A database at rest: without this the kernel writes the fresh 230 MB copy back while the
            // benchmark runs, and every commit's fsync waits behind it (spikes of 50-100 ms).
            try (var ch = java.nio.channels.FileChannel.open(target, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
