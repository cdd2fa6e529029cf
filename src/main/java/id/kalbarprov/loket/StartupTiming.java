package id.kalbarprov.loket;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javafx.scene.Scene;

/**
 * The moments start-up is measured to (docs/BENCHMARKS.md, "Start-up"): the first laid-out frame of
 * the window, and the first laid-out frame of the sign-in screen. packaging/startup-bench.sh passes
 * {@code -Dloket.startupMark=FILE} (or {@code LOKET_STARTUP_MARK=FILE} through the app image's
 * launcher) and the wall clock in milliseconds is appended to FILE at each; its yardstick
 * (packaging/startup/BareWindow.java) marks its first frame the same way.
 */
final class StartupTiming {

    static final String MARK_PROPERTY = "loket.startupMark";
    static final String MARK_ENV = "LOKET_STARTUP_MARK";
    /**
     * Seconds after the sign-in screen's first frame at which the app exits by itself: the training launch that lists
     * the classes for the class-data-sharing archive the packages ship (packaging/build-linux.sh,
     * packaging/windows/).
     */
    static final String EXIT_ENV = "LOKET_EXIT_AFTER_START";

    private StartupTiming() {
    }

    /** Runs {@code then} once, at the next pulse that lays out {@code scene}. */
    static void whenLaidOut(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** The window's first frame. */
    static void windowShown() {
        mark();
    }

    /** The sign-in screen's first frame. */
    static void signInShown() {
        mark();
        exitLater(System.getenv(EXIT_ENV));
    }

    private static void mark() {
        String file = System.getProperty(MARK_PROPERTY, System.getenv(MARK_ENV));
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(file), System.currentTimeMillis() + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(StartupTiming.class).warn("Cannot write the start-up mark {}", file, e);
        }
    }

    private static void exitLater(String seconds) {
        if (seconds == null || !seconds.matches("\\d{1,3}")) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(Integer.parseInt(seconds) * 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.exit(0); // the JVM writes its class list (-XX:DumpLoadedClassList) as it exits
        }, "loket-training-exit");
        t.setDaemon(true);
        t.start();
    }
}
