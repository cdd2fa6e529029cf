package id.kalbarprov.loket.core.database;

/**
 * Why a database could not be opened or used. Each has an Indonesian text (i18n bundle
 * {@code database}, key {@code dbProblem.NAME}) that names what is wrong and what to do; the
 * texts take the arguments of {@link DatabaseException#args()}.
 */
public enum DatabaseProblem {
    /** {@code --db} is neither a file path nor a postgresql:// URL. Args: the value, the reason. */
    BAD_LOCATION,
    /** The server's host name does not resolve. Args: host. */
    HOST_UNKNOWN,
    /** Nothing answers at host:port (server off, PostgreSQL stopped, wrong port, firewall). Args: host, port. */
    SERVER_UNREACHABLE,
    /** The server asks for a password and none was given. Args: user, host. */
    PASSWORD_MISSING,
    /** The server refused the user or the password. Args: user, host. */
    AUTH_FAILED,
    /** No such database on the server. Args: database, host. */
    DATABASE_MISSING,
    /** The user may not create Loket's tables in that database. Args: user, database. */
    NO_PRIVILEGE,
    /** The database holds another application's tables. Args: where. */
    NOT_LOKET,
    /** The database was made by a newer Loket. Args: its version, this Loket's version. */
    TOO_NEW,
    /**
     * A shared (server) database of an older Loket: upgrading it locks out the desks that still run
     * the older version, so one desk confirms it (the app asks; a command needs --upgrade).
     * Args: its version, this Loket's version.
     */
    UPGRADE_NEEDED,
    /** The disk (or the server's) is full. Args: where. */
    DISK_FULL,
    /** The database file or its folder cannot be written (read-only, no rights). Args: where. */
    READ_ONLY,
    /** The database is damaged (SQLite reports it malformed; the migrations no longer match). Args: where. */
    DAMAGED,
    /** An SQLite file on a network filesystem. Args: the file, the filesystem type. */
    NETWORK_FILESYSTEM,
    /** The connection to the server broke while working. Args: host. */
    CONNECTION_LOST,
    /** Another desk held the database too long. Args: none. */
    BUSY,
    /** Migrating the schema failed. Args: where. */
    MIGRATION_FAILED
}
