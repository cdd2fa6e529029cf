package id.kalbarprov.loket;

import id.kalbarprov.loket.store.DbLocation;
import java.nio.file.Path;

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
}
