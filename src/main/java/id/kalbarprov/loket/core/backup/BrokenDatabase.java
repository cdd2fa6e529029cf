package id.kalbarprov.loket.core.backup;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A database that cannot be used at start-up: what is wrong, the backup settings read from it (or
 * the defaults), and the newest backup in that folder that passes verification, if any.
 */
public record BrokenDatabase(Path file, StartupProblem problem, String detail, BackupSettings settings,
                             Optional<BackupCandidate> newestGood) {
}
