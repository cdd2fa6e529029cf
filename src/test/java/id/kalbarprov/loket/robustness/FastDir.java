package id.kalbarprov.loket.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A folder in memory-backed /dev/shm when there is one. The robustness tests are about validation
 * and messages, not durability (the crash test covers that); thousands of fsyncs on a shared disk
 * would take minutes.
 */
final class FastDir {

    private static final String PREFIX = "loket-robustness-";

    private FastDir() {
    }

    static Path create(Path fallback) {
        Path shm = Path.of("/dev/shm");
        try {
            return Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, PREFIX) : fallback;
        } catch (IOException e) {
            return fallback;
        }
    }

    /** Removes a folder made by {@link #create}; leaves the fallback to JUnit. */
    static void delete(Path made) {
        if (!made.getFileName().toString().startsWith(PREFIX)) {
            return;
        }
        try (Stream<Path> files = Files.walk(made)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (NoSuchFileException ignored) {
            // already gone
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
