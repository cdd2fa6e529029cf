package id.kalbarprov.loket.core.backup;

import java.nio.file.Path;

/** Where backups go (a folder; may be a USB disk or a network share) and how many are kept. */
public record BackupSettings(Path folder, int keep) {

    public static final int DEFAULT_KEEP = 14;
    public static final int MAX_KEEP = 365;
}
