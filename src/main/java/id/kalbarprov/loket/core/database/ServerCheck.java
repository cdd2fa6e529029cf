package id.kalbarprov.loket.core.database;

/**
 * What "Tes koneksi" found on a server that let Loket in: an empty database (Loket makes its tables on
 * first open), a Loket database of this version, or an older one that opening will bring up to date.
 * Anything not usable is a {@link DatabaseException} instead.
 */
public record ServerCheck(int schemaVersion, int latest) {

    public boolean empty() {
        return schemaVersion == 0;
    }

    public boolean older() {
        return schemaVersion > 0 && schemaVersion < latest;
    }
}
