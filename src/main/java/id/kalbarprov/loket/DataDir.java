package id.kalbarprov.loket;

import id.kalbarprov.loket.store.DbLocation;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the database lives unless --db or LOKET_DB says otherwise: one per user, per OS custom. */
public final class DataDir {

    public static final String ENV_DB = "LOKET_DB";

    private DataDir() {
    }

    /** The default database file for this user on this OS. */
    public static Path defaultDatabase(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path dir;
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            dir = appData != null ? Path.of(appData, "Loket") : Path.of(home, "AppData", "Roaming", "Loket");
        } else if (os.contains("mac")) {
            dir = Path.of(home, "Library", "Application Support", "Loket");
        } else {
            String xdg = env.get("XDG_DATA_HOME");
            dir = xdg != null && !xdg.isBlank() ? Path.of(xdg, "loket") : Path.of(home, ".local", "share", "loket");
        }
        return dir.resolve("loket.db");
    }

    /** This user's Loket folder (the default database's): loket.log lives here for a server database. */
    public static Path folder() {
        return defaultDatabase(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"))
                .getParent();
    }

    /** --db if given, else LOKET_DB, else the per-user default file. */
    public static DbLocation resolve(DbLocation option, Map<String, String> env) {
        if (option != null) {
            return option;
        }
        String fromEnv = env.get(ENV_DB);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return parse(fromEnv);
        }
        return new DbLocation.File(defaultDatabase(env, System.getProperty("os.name"), System.getProperty("user.home")));
    }

    /** A --db or LOKET_DB value: a file path or a postgresql:// URL (DbLocation.parse). */
    public static DbLocation parse(String value) {
        return DbLocation.parse(value);
    }

    /**
     * What stands for a server database's file on this desk: its backup settings are
     * {@code <anchor>.backup.properties} and its default backup folder "cadangan" beside it, in this
     * user's Loket folder; backups are named after the database ({@code loket-20261123-101500.db}).
     */
    public static Path serverAnchor(DbLocation.Server s) {
        return folder().resolve(s.database() + ".server");
    }

    /** The folder for loket.log: beside an SQLite file, else this user's Loket folder. */
    public static Path logFolder(DbLocation location) {
        if (location instanceof DbLocation.File f) {
            Path parent = f.path().toAbsolutePath().getParent();
            if (parent != null) {
                return parent;
            }
        }
        return folder();
    }
}
