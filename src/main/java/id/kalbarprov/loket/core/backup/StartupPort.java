package id.kalbarprov.loket.core.backup;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The start-up safety checks and the guided restore's backups (implemented by
 * {@code store/StartupStore}); a missing file is a fresh start, never a problem.
 */
public interface StartupPort {

    /** Every check but the slow full read, before the main window: empty when the database is usable. */
    Optional<BrokenDatabase> checkFast(Path file);

    /** The full read ({@code PRAGMA quick_check}) only: empty when no damage was found. */
    Optional<BrokenDatabase> checkDeep(Path file);

    /** Every check, the full read included: empty when the database is usable. */
    Optional<BrokenDatabase> checkAll(Path file);

    /** Verifying and restoring backups of {@code file}. */
    BackupPort backups(Path file);
}
