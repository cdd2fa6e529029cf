package id.kalbarprov.loket.core.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One backup file in the backup folder: when it was taken (from its name) and its size. */
public record BackupInfo(Path file, LocalDateTime takenAt, long sizeBytes) {
}
