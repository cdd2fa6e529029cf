package id.kalbarprov.loket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Launcher;
import id.kalbarprov.loket.store.DatabaseCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} with full row verification (chain, every letter against its audit entries, history,
 * issued PDFs, number gaps, triggers) on the benchmark database (issue 12: 100,000 letters in at most
 * 10 s; 1,000,000 in a 256 MB heap). {@code mvn -B test -Pbench -Dtest=CheckBench
 * [-Dbench.letters=1000000]}; figures in docs/BENCHMARKS.md.
 */
@Tag("benchmark")
class CheckBench {

    @TempDir
    Path dir;

    @Test
    void checkOfTheWholeDatabaseInThisJvm() {
        Path db = BenchDb.copyInto(dir);
        DatabaseCheck.run(db); // warm
        List<Long> ms = new ArrayList<>();
        DatabaseCheck.Report last = null;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            last = DatabaseCheck.run(db);
            ms.add((System.nanoTime() - t0) / 1_000_000);
        }
        System.out.printf("CheckBench: %,d letters, check %s ms (3 runs), problems %s, %s%n", BenchDb.letters(), ms,
                last.problems(), last.lines().stream().filter(l -> l.startsWith("waktu:")).toList());
        assertThat(last.problems()).isEmpty();
        if (BenchDb.letters() <= 100_000) {
            assertThat(ms.stream().mapToLong(Long::longValue).min().orElseThrow()).isLessThanOrEqualTo(10_000);
        }
    }

    @Test
    void checkCommandInA256MegabyteHeap() throws Exception {
        Path db = BenchDb.copyInto(dir);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Dloket.logdir=" + dir, "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "check", "--db", db.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("check.out").toFile()).start();
        assertThat(p.waitFor(30, TimeUnit.MINUTES)).isTrue();
        String out = java.nio.file.Files.readString(dir.resolve("check.out"));
        System.out.printf("CheckBench: %,d letters, check command in -Xmx256m: exit %d in %d ms%n%s%n",
                BenchDb.letters(), p.exitValue(), (System.nanoTime() - t0) / 1_000_000, out);
        assertThat(out).doesNotContain("OutOfMemoryError");
        assertThat(p.exitValue()).isZero();
    }
}
