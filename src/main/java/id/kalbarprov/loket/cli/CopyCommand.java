package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.DatabaseCopy;
import id.kalbarprov.loket.store.DbLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code copy --from FILE|URL --to FILE|URL}: moves a whole Loket database between backends, e.g.
 * an office's SQLite file onto its new PostgreSQL server. Refuses a target that holds records; ends
 * by comparing every table's row count and verifying the audit chain on the target.
 */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = {"Menyalin seluruh database Loket ke database lain, mis. dari berkas SQLite ke server "
                + "kantor (PostgreSQL) atau sebaliknya. Tujuan harus kosong (belum berisi surat, operator, "
                + "pengaduan). Diakhiri dengan membandingkan jumlah baris tiap tabel dan memeriksa rantai audit.",
                "Tutup Loket di semua komputer selama penyalinan.",
                "Keluar 0 bila berhasil, 1 bila gagal (tujuan tidak diubah), 2 bila argumen salah."})
public final class CopyCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(CopyCommand.class);

    @Option(names = "--from", required = true, paramLabel = "FILE|URL", converter = DbOption.Converter.class,
            description = "Database sumber: berkas SQLite atau postgresql://pengguna@server:5432/nama_database.")
    private DbLocation from;

    @Option(names = "--to", required = true, paramLabel = "FILE|URL", converter = DbOption.Converter.class,
            description = "Database tujuan (kosong): berkas SQLite baru atau database kosong di server.")
    private DbLocation to;

    @Override
    public Integer call() {
        if (from.equals(to) || from instanceof DbLocation.File a && to instanceof DbLocation.File b
                && a.path().toAbsolutePath().normalize().equals(b.path().toAbsolutePath().normalize())) {
            System.err.println("Sumber dan tujuan sama: " + from.display() + ".");
            return 2;
        }
        if (from instanceof DbLocation.File f && !Files.isRegularFile(f.path())) {
            System.err.println("Database sumber tidak ditemukan: " + f.path());
            return 1;
        }
        boolean newFile = to instanceof DbLocation.File f && !Files.exists(f.path());
        long t0 = System.nanoTime();
        Database source = Database.open(from);
        Database target = null;
        try {
            target = Database.open(to);
            DatabaseCopy.Result r = DatabaseCopy.copy(source, target);
            System.out.println("Disalin dari " + from.display() + " ke " + to.display() + ":");
            r.counts().forEach((table, n) -> System.out.println("  " + table + ": " + n));
            System.out.println("Jumlah baris tiap tabel sama dengan sumber.");
            System.out.println("audit_log: rantai hash " + (r.audit().ok() ? "utuh" : "RUSAK mulai baris "
                    + r.audit().brokenAt() + " (sudah rusak di sumber; periksa dengan perintah check)"));
            System.out.printf(Locale.forLanguageTag("id"), "Selesai dalam %.1f detik.%n", (System.nanoTime() - t0) / 1e9);
            return r.audit().ok() ? 0 : 1;
        } catch (DatabaseCopy.Refused e) {
            LOG.warn("Copy from {} to {} refused", from.display(), to.display(), e);
            System.err.println("Penyalinan DIBATALKAN: " + switch (e.reason()) {
                case TARGET_NOT_EMPTY -> "database tujuan sudah berisi data (" + e.getMessage().replaceFirst("^[A-Z_]+: ", "")
                        + "). Pilih berkas baru atau database kosong.";
                case VERSION_MISMATCH -> "versi skema sumber dan tujuan berbeda; buka keduanya sekali dengan Loket ini.";
                case COUNTS_DIFFER, AUDIT_BROKEN -> "hasil salinan tidak sama dengan sumber (" + e.getMessage() + ").";
            } + " Tujuan tidak diubah.");
            cleanUp(target, newFile);
            return 1;
        } catch (RuntimeException e) {
            cleanUp(target, newFile);
            throw e;
        } finally {
            source.close();
            if (target != null) {
                target.close();
            }
        }
    }

    /** A target file this command created is removed again when the copy did not happen. */
    private void cleanUp(Database target, boolean newFile) {
        if (newFile && to instanceof DbLocation.File f) {
            if (target != null) {
                target.close();
            }
            for (String suffix : new String[]{"", "-wal", "-shm", "-journal"}) {
                try {
                    Files.deleteIfExists(Path.of(f.path() + suffix));
                } catch (IOException ignored) {
                    // left as an empty new database: harmless
                }
            }
        }
    }
}
