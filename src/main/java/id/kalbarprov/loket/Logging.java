package id.kalbarprov.loket;

import id.kalbarprov.loket.store.DbLocation;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Points the log file at the database's folder (loket.log beside loket.db; for a server database,
 * this user's Loket folder) before logback starts.
 */
final class Logging {

    private Logging() {
    }

    static void configure(DbLocation database) {
        Path dir = DataDir.logFolder(database);
        if (dir != null && System.getProperty("loket.logdir") == null) {
            dir.toFile().mkdirs();
            System.setProperty("loket.logdir", dir.toString());
        }
    }

    /**
     * Starts logback on a thread of its own and writes the version line: reading logback.xml takes a
     * few tenths of a second, which the app spends on its window meanwhile. A logger asked for during
     * that time queues its lines until logback is ready (SLF4J's substitute loggers).
     */
    static void startInBackground() {
        Thread t = new Thread(() -> LoggerFactory.getLogger(Launcher.class).info("{}; Java {} ({}); {} {} {}",
                BuildInfo.current().line(), System.getProperty("java.runtime.version"),
                System.getProperty("java.home"), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch")), "loket-log-start");
        t.setDaemon(true);
        t.start();
    }
}
