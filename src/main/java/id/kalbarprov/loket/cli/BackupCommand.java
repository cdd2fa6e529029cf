package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.core.backup.BackupException;
import id.kalbarprov.loket.core.backup.BackupInfo;
import id.kalbarprov.loket.core.backup.BackupProblem;
import id.kalbarprov.loket.store.Backup;
import id.kalbarprov.loket.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backup --out FILE}: an online, verified copy of the database (safe while the app is open). */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Membuat cadangan database (aman walau aplikasi sedang terbuka) lalu memeriksanya "
                + "(integrity_check). Keluar 0 bila berhasil, 1 bila gagal, 2 bila argumen salah.")
public final class BackupCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(BackupCommand.class);

    @Mixin
    private DbOption db;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Berkas cadangan yang dibuat (belum boleh ada), mis. E:\\cadangan\\loket-20261123.db.")
    private Path out;

    @Override
    public Integer call() {
        if (out.toString().isBlank()) {
            System.err.println("--out tidak boleh kosong.");
            return 2;
        }
        String source = db.location().display();
        if (!db.onServer() && !Files.isRegularFile(db.file())) {
            System.err.println("Database tidak ditemukan: " + source);
            return 1;
        }
        long t0 = System.nanoTime();
        try {
            // A server database is written as a Loket SQLite file: one backup format for both.
            BackupInfo info = db.onServer()
                    ? Backup.write(db.open(), out, LocalDateTime.now().withNano(0))
                    : Backup.write(db.file(), out, LocalDateTime.now().withNano(0));
            System.out.printf(Locale.forLanguageTag("id"), "Cadangan ditulis dan diperiksa (integrity_check ok): %s "
                    + "(%.1f MB) dalam %.1f detik%n", info.file(), info.sizeBytes() / 1e6, (System.nanoTime() - t0) / 1e9);
            return 0;
        } catch (BackupException e) {
            LOG.warn("Backup of {} to {} failed", source, out, e);
            System.err.println("Cadangan GAGAL: " + BackupTexts.of(e) + " (" + out + ")");
            return e.problem() == BackupProblem.TARGET_EXISTS ? 2 : 1;
        }
    }
}
