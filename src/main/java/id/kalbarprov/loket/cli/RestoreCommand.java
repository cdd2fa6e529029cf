package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.core.backup.BackupCheck;
import id.kalbarprov.loket.core.backup.BackupException;
import id.kalbarprov.loket.core.backup.BackupNames;
import id.kalbarprov.loket.store.Backup;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.DbLocation;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code restore --from FILE}: replaces the database with a verified backup, keeping the old file. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Memulihkan database dari berkas cadangan. Cadangan diperiksa dulu (integrity_check, "
                + "database Loket, versi tidak lebih baru dari aplikasi); database lama disimpan sebagai "
                + "<nama>.before-restore-<waktu>.",
                "Tutup aplikasi Loket di semua komputer yang memakai database ini sebelum memulihkan.",
                "Keluar 0 bila berhasil, 1 bila gagal (database tidak diubah), 2 bila argumen salah."})
public final class RestoreCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreCommand.class);

    @Mixin
    private DbOption db;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "Berkas cadangan yang dipulihkan.")
    private Path from;

    @Override
    public Integer call() {
        String target = db.location().display();
        if (from.toString().isBlank()) {
            System.err.println("--from tidak boleh kosong.");
            return 2;
        }
        BackupCheck check = Backup.verify(from);
        if (!check.ok()) {
            System.err.println("Pemulihan DIBATALKAN: " + BackupTexts.of(check.problem()) + " (" + from
                    + "). Database tidak diubah.");
            LOG.warn("Restore of {} from {} refused: {} {}", target, from, check.problem(), check.detail());
            return 1;
        }
        try {
            LocalDateTime now = LocalDateTime.now().withNano(0);
            // A server's content before the restore is itself backed up, beside the backup restored.
            Path kept = db.location() instanceof DbLocation.Server s
                    ? Backup.restoreToServer(from, db.open(), from.toAbsolutePath().resolveSibling(
                            s.database() + ".before-restore-" + BackupNames.stamp(now) + ".db"), now)
                    : Backup.restore(from, db.file(), now);
            LOG.info("Restored {} from {}; kept {}", target, from, kept);
            System.out.println("Database " + target + " dipulihkan dari " + from + " (" + check.letters()
                    + " surat masuk).");
            if (kept != null) {
                System.out.println((db.onServer() ? "Isi database sebelumnya dicadangkan ke " : "Database sebelumnya disimpan sebagai ")
                        + kept);
            }
            return 0;
        } catch (BackupException e) {
            LOG.warn("Restore of {} from {} failed", target, from, e);
            System.err.println("Pemulihan GAGAL: " + BackupTexts.of(e) + " Database tidak diubah.");
            return 1;
        }
    }
}
