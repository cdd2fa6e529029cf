package id.kalbarprov.loket;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.store.Backup;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM (logout, shutdown) still gets the backup on exit, and no later than its time limit. */
@DisabledOnOs(OS.WINDOWS)
class SignalBackupTest {

    @TempDir
    Path dir;

    private Process child(Path db, String... more) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-Dloket.logdir=" + dir, "-cp", System.getProperty("java.class.path"), SignalChild.class.getName(),
                db.toString()));
        cmd.addAll(List.of(more));
        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("child.err").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("READY");
        return p;
    }

    private static List<Path> backups(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(f -> f.getFileName().toString().matches("loket-\\d{8}-\\d{6}\\.db")).toList();
        }
    }

    @Test
    void sigtermWritesTheBackupOnExit() throws Exception {
        Path db = dir.resolve("loket.db");
        Process p = child(db);
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<Path> written = backups(dir.resolve("cadangan"));
        assertThat(written).hasSize(1);
        assertThat(Backup.verify(written.get(0)).ok()).isTrue();
    }

    @Test
    void aBackupSlowerThanTheLimitDoesNotHoldTheShutdown() throws Exception {
        Path db = dir.resolve("loket.db");
        Process p = child(db, "2");
        long t0 = System.nanoTime();
        p.destroy();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("ended within the limit, not after the 60-s backup").isTrue();
        assertThat((System.nanoTime() - t0) / 1_000_000_000).isLessThan(15);
        assertThat(backups(dir.resolve("cadangan"))).isEmpty();
    }
}
