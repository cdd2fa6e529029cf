package id.kalbarprov.loket;

import java.nio.file.Path;

/** Points the log file at the database's folder (loket.log beside loket.db) before logback starts. */
final class Logging {

    private Logging() {
    }

    static void configure(Path databaseFile) {
        Path dir = databaseFile.toAbsolutePath().getParent();
        if (dir != null && System.getProperty("loket.logdir") == null) {
            dir.toFile().mkdirs();
            System.setProperty("loket.logdir", dir.toString());
        }
    }
}
