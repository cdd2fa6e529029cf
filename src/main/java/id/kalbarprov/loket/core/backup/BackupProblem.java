package id.kalbarprov.loket.core.backup;

/** Why a backup or a restore could not be done; each has a plain-words text (key backupProblem.NAME). */
public enum BackupProblem {
    /** The backup folder does not exist (a USB disk not plugged in, a share not mounted). */
    FOLDER_MISSING,
    /** The backup folder cannot be written (read-only disk, no permission). */
    FOLDER_NOT_WRITABLE,
    /** A file with the target name already exists; nothing is overwritten. */
    TARGET_EXISTS,
    /** Writing the backup failed (disk full, share gone, the database unreadable). */
    WRITE_FAILED,
    /** The chosen backup file does not exist. */
    FILE_MISSING,
    /** The file is not an SQLite database at all. */
    NOT_SQLITE,
    /** The file is damaged: integrity_check does not say ok. */
    DAMAGED,
    /** An SQLite database, but not a Loket one. */
    NOT_LOKET,
    /** Made by a newer version of Loket than this one. */
    TOO_NEW,
    /** The database file could not be replaced (still open elsewhere, no permission). */
    REPLACE_FAILED,
    /** The disk to write to is full; the detail is a folder on it. Nothing was changed. */
    DISK_FULL
}
