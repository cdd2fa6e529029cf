package id.kalbarprov.loket;

import id.kalbarprov.loket.store.DbLocation;
import id.kalbarprov.loket.store.OwnerOnly;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Points the log file at the database's folder (loket.log beside loket.db; for a server database,
 * this user's Loket folder) before logback starts.
 */
final class Logging {

    private Logging() {
    }

    /** What a command says instead of "details are in loket.log" when loket.log could not be written. */
    static final String NOT_WRITTEN = "Berkas log (loket.log) juga tidak dapat ditulis (disk penuh atau tanpa izin), "
            + "jadi rinciannya tidak tercatat.";

    /**
     * Runs {@code logging} and tells whether loket.log grew: false when the disk is full or the file
     * cannot be written (logback reports that only to its own status list).
     */
    static boolean written(Runnable logging) {
        java.nio.file.Path file = logFile();
        long before = size(file);
        logging.run();
        return file == null || size(file) > before;
    }

    private static long size(java.nio.file.Path file) {
        try {
            return file == null ? -1 : java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** loket.log as logback writes it, or null without a file appender. */
    static java.nio.file.Path logFile() {
        org.slf4j.ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LazyLogging.Factory) {
            factory = LazyLogging.logback(); // a line is about to be written: logback starts
        }
        if (factory instanceof ch.qos.logback.classic.LoggerContext ctx
                && ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("FILE")
                instanceof ch.qos.logback.core.FileAppender<?> f && f.getFile() != null) {
            return java.nio.file.Path.of(f.getFile());
        }
        return null;
    }

    static void configure(DbLocation database) {
        Path dir = DataDir.logFolder(database);
        if (dir != null && System.getProperty("loket.logdir") == null) {
            ownerOnly(dir);
            System.setProperty("loket.logdir", dir.toString());
        }
    }

    /**
     * loket.log names people and letters: its folder is created for the owner only (0700 on POSIX;
     * this user's own Loket folder is narrowed to that also when an older Loket made it 0755), and
     * loket.log exists as 0600 before logback appends to it.
     */
    static void ownerOnly(Path dir) {
        try {
            boolean own = dir.toAbsolutePath().equals(DataDir.folder().toAbsolutePath());
            OwnerOnly.createFolder(dir);
            if (own && java.nio.file.Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
                java.nio.file.Files.setPosixFilePermissions(dir,
                        java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            }
            OwnerOnly.createFile(dir.resolve("loket.log"));
        } catch (java.io.IOException | RuntimeException e) {
            // a folder that cannot be made: logback reports it, the app says where the log could not go
        }
    }

    /**
     * Starts logback on a thread of its own and writes the version line: starting it ({@link LogSetup})
     * takes a tenth of a second or more, which the app spends on its window meanwhile. A logger asked for during
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
