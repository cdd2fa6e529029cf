package id.kalbarprov.loket.core.backup;

/** A backup file and its verification. */
public record BackupCandidate(BackupInfo backup, BackupCheck check) {
}
