package id.kalbarprov.loket.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A {@link CrashWriter} in its own JVM, with the lines it acknowledged collected as they arrive. */
final class WriterProcess {

    final Process process;
    final List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch ready = new CountDownLatch(1);
    final CountDownLatch firstAck = new CountDownLatch(1);
    private final Thread reader;
    volatile boolean done;

    WriterProcess(Path db, String tag, Long count, Path logDir) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx256m", "-Dloket.logdir=" + logDir,
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), db.toString(), tag));
        if (count != null) {
            cmd.add(count.toString());
        }
        process = new ProcessBuilder(cmd).redirectError(logDir.resolve(tag + ".err").toFile()).start();
        reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.equals("READY")) {
                        ready.countDown();
                    } else if (line.startsWith("OK ")) {
                        acknowledged.add(line.substring(3));
                        firstAck.countDown();
                    } else if (line.equals("DONE")) {
                        done = true;
                    }
                }
            } catch (IOException ignored) {
                // the process was killed mid-line: an unfinished line is not an acknowledgement
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /** SIGKILL (destroyForcibly on Unix), then waits for the pipe to drain. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
    }

    int awaitExit() throws InterruptedException {
        process.waitFor(120, TimeUnit.SECONDS);
        reader.join(10_000);
        return process.exitValue();
    }
}
