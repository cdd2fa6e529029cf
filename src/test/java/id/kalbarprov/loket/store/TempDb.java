package id.kalbarprov.loket.store;

import java.nio.file.Path;

/** A real SQLite file in a JUnit temp dir. */
public final class TempDb {
    private TempDb() {
    }

    public static Database open(Path dir) {
        return Database.open(dir.resolve("loket.db"));
    }
}
