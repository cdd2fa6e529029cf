package id.kalbarprov.loket;

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

    /** --db if given, else LOKET_DB, else the per-user default. */
    public static Path resolve(Path option, Map<String, String> env) {
        if (option != null) {
            return option;
        }
        String fromEnv = env.get(ENV_DB);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return defaultDatabase(env, System.getProperty("os.name"), System.getProperty("user.home"));
    }
}
