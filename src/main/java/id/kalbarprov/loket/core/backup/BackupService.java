package id.kalbarprov.loket.core.backup;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.validation.Checks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Backups of the database: by hand (Pengaturan, an administrator), daily while the app runs and
 * on exit (automatic), keeping the newest N; and restore from a verified backup.
 */
public final class BackupService {

    public static final String FOLDER = "folder";
    public static final String KEEP = "keep";
    public static final String KEEP_RANGE = "validation.backupKeep";
    public static final String MAX_MB = "maxMegabytes";
    public static final String MAX_MB_RANGE = "validation.backupMaxMb";

    private final BackupPort port;
    private final Clock clock;
    private volatile boolean restored;

    public BackupService(BackupPort port, Clock clock) {
        this.port = port;
        this.clock = clock;
    }

    public BackupSettings settings() {
        return port.readSettings();
    }

    /** @throws id.kalbarprov.loket.core.validation.ValidationException folder missing, keep out of 1..365 */
    public void saveSettings(BackupSettings settings, Actor actor) {
        actor.require(Permission.BACKUP_RESTORE);
        Checks c = new Checks().required(FOLDER, settings.folder());
        if (settings.keep() < 1 || settings.keep() > BackupSettings.MAX_KEEP) {
            c.add(KEEP, KEEP_RANGE, 1, BackupSettings.MAX_KEEP);
        }
        if (settings.maxMegabytes() < 0 || settings.maxMegabytes() > BackupSettings.MAX_MEGABYTES) {
            c.add(MAX_MB, MAX_MB_RANGE, 0, BackupSettings.MAX_MEGABYTES);
        }
        c.throwIfAny();
        port.saveSettings(settings, actor.label());
    }

    /** "Cadangkan sekarang". */
    public BackupInfo backupNow(Actor actor) {
        actor.require(Permission.BACKUP_RESTORE);
        return backup();
    }

    /** The daily backup: skipped when one was already taken today. Empty when skipped. */
    public Optional<BackupInfo> dailyIfDue() {
        if (!port.automaticHere()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        BackupSettings s = settings();
        if (port.list(s.folder()).stream().anyMatch(b -> b.takenAt().toLocalDate().equals(today))) {
            return Optional.empty();
        }
        return Optional.of(backup());
    }

    /** The backup on exit; skipped after a restore (the restored file is itself a backup). */
    public Optional<BackupInfo> onExit() {
        return restored || !port.automaticHere() ? Optional.empty() : Optional.of(backup());
    }

    private BackupInfo backup() {
        BackupSettings s = settings();
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Path target = s.folder().resolve(BackupNames.fileName(port.stem(), now));
        BackupInfo written = port.write(target);
        List<BackupInfo> all = port.list(s.folder());
        for (BackupInfo old : toPrune(all, s.keep())) {
            port.delete(old);
        }
        for (BackupInfo old : overSize(port.list(s.folder()), s.maxMegabytes())) {
            port.delete(old);
        }
        return written;
    }

    /**
     * The oldest backups to delete so that all together take at most {@code maxMegabytes} (0: no
     * limit); the newest is never among them.
     */
    public static List<BackupInfo> overSize(List<BackupInfo> backups, long maxMegabytes) {
        if (maxMegabytes <= 0 || backups.size() < 2) {
            return List.of();
        }
        List<BackupInfo> newestFirst = backups.stream().sorted((a, b) -> b.takenAt().compareTo(a.takenAt())).toList();
        long limit = maxMegabytes * 1_000_000L;
        long total = newestFirst.get(0).sizeBytes();
        int keepUpTo = 1;
        while (keepUpTo < newestFirst.size() && total + newestFirst.get(keepUpTo).sizeBytes() <= limit) {
            total += newestFirst.get(keepUpTo).sizeBytes();
            keepUpTo++;
        }
        return newestFirst.subList(keepUpTo, newestFirst.size());
    }

    /** The backups beyond the newest {@code keep} (the list is newest first). */
    public static List<BackupInfo> toPrune(List<BackupInfo> newestFirst, int keep) {
        List<BackupInfo> sorted = newestFirst.stream()
                .sorted((a, b) -> b.takenAt().compareTo(a.takenAt())).toList();
        return sorted.size() <= keep ? List.of() : sorted.subList(Math.max(keep, 1), sorted.size());
    }

    public List<BackupInfo> list() {
        return port.list(settings().folder());
    }

    public BackupCheck verify(Path file) {
        return port.verify(file);
    }

    /**
     * Replaces the database with {@code backup} after verifying it. The app must then close: its
     * screens still show the replaced data.
     *
     * @return the kept copy of the replaced database
     */
    public Path restore(Path backup, Actor actor) {
        actor.require(Permission.BACKUP_RESTORE);
        Path kept = port.restore(backup, LocalDateTime.now(clock).withNano(0));
        restored = true;
        return kept;
    }

    public boolean restored() {
        return restored;
    }
}
