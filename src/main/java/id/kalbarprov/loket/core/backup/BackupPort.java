package id.kalbarprov.loket.core.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/** What the backup service needs from the store; implemented in the store layer. */
public interface BackupPort {

    /** The backup settings (readable even when the database itself is not). */
    BackupSettings readSettings();

    /** Saves the settings and records the change in the audit log, in one step. */
    void saveSettings(BackupSettings settings, String actor);

    /** The database's file name without extension, used in backup names. */
    String stem();

    /**
     * Writes an online, consistent copy of the open database to {@code target} (which must not
     * exist), verifies it, and only then gives it its final name.
     *
     * @throws BackupException with the reason; no partial file is left behind
     */
    BackupInfo write(Path target);

    /** Backups of this database in {@code folder}, newest first; empty when the folder is missing. */
    List<BackupInfo> list(Path folder);

    void delete(BackupInfo backup);

    /** Checks a backup file without changing it. */
    BackupCheck verify(Path file);

    /**
     * Replaces the database with a verified backup; the replaced files are kept beside it as
     * {@code <name>.before-restore-<stamp>}.
     *
     * @return the kept copy of the replaced database, or null when there was none
     * @throws BackupException when the backup is not good; nothing was changed
     */
    Path restore(Path backup, LocalDateTime now);

    /**
     * Whether this desk takes the automatic backups. A file: always. A server database: only the
     * one desk that holds the server's backup lock, so several desks never back it up at once.
     */
    default boolean automaticHere() {
        return true;
    }
}
