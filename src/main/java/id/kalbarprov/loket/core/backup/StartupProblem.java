package id.kalbarprov.loket.core.backup;

/** Why the database could not be opened at start-up (key startupProblem.NAME). */
public enum StartupProblem {
    /** The file cannot be read (permissions, a disk error). */
    UNREADABLE,
    /** The file is not an SQLite database (overwritten, truncated to junk). */
    NOT_SQLITE,
    /** quick_check reports damage, or SQLite reports the file malformed. */
    DAMAGED,
    /** No database, but a restore was cut off (its .restoring or .before-restore-* file lies beside it). */
    RESTORE_INTERRUPTED,
    /** The database could not be brought up to this app's migrations (or is from a newer app). */
    MIGRATION_FAILED
}
