package id.kalbarprov.loket.core.backup;

import java.nio.file.Path;

/**
 * Where backups go (a folder; may be a USB disk or a network share), how many are kept, and how
 * many megabytes all of them may take together ({@code maxMegabytes} 0: no limit). The newest backup
 * is always kept, even when it alone is larger than the limit.
 */
public record BackupSettings(Path folder, int keep, long maxMegabytes) {

    public static final int DEFAULT_KEEP = 14;
    public static final int MAX_KEEP = 365;
    /** The largest size limit one can type: 10 TB. */
    public static final long MAX_MEGABYTES = 10_000_000L;

    /** No size limit. */
    public BackupSettings(Path folder, int keep) {
        this(folder, keep, 0);
    }
}
