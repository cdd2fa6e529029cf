package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.core.attachments.AttachmentPort;
import id.kalbarprov.loket.core.attachments.AttachmentService;
import id.kalbarprov.loket.store.AttachmentStore;
import id.kalbarprov.loket.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code attachments --out DIR}: every scan under a folder named after its letter's agenda number
 * ("0001/SM/2026" → DIR/0001_SM_2026/), bytes as stored. A name used twice in one letter gets "-2", "-3".
 */
@Command(name = "attachments", mixinStandardHelpOptions = true,
        description = "Menulis setiap lampiran pindaian ke folder DIR, satu subfolder per surat menurut nomor "
                + "agendanya (garis miring menjadi garis bawah), isi berkas tidak diubah.")
public final class AttachmentsCommand implements Callable<Integer> {

    @Mixin
    private DbOption db;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder tujuan (dibuat bila belum ada).")
    private Path out;

    @Override
    public Integer call() {
        if (!db.onServer() && !Files.exists(db.file())) {
            System.err.println("Database tidak ditemukan: " + db.file());
            return 1;
        }
        long t0 = System.nanoTime();
        Database database = Database.open(db.location());
        int files = 0;
        Set<String> letters = new HashSet<>();
        try {
            AttachmentStore store = new AttachmentStore(database);
            Files.createDirectories(out);
            Set<String> used = new HashSet<>();
            for (AttachmentPort.Listed l : store.all()) {
                Path folder = out.resolve(AttachmentService.safeName(l.agendaNumber()));
                Files.createDirectories(folder);
                Path target = unique(folder, safeFileName(l.attachment().fileName()), used);
                Files.write(target, store.content(l.attachment().sha256()));
                files++;
                letters.add(l.agendaNumber());
            }
        } catch (IOException e) {
            System.err.println("Tidak dapat menulis ke " + out + ": " + e.getMessage());
            return 1;
        } finally {
            database.close();
        }
        System.out.printf("%d lampiran dari %d surat ditulis ke %s dalam %.1f detik%n", files, letters.size(), out,
                (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    /** The stored file name made safe on Windows and Linux (no folders, no reserved characters). */
    static String safeFileName(String name) {
        String s = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "_").strip().replaceAll("^[.]+", "");
        return s.isEmpty() ? "pindaian" : s;
    }

    /** {@code name} in {@code folder}, or "name-2.ext", "name-3.ext"... when already written in this run. */
    static Path unique(Path folder, String name, Set<String> used) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        Path p = folder.resolve(name);
        for (int n = 2; !used.add(p.toAbsolutePath().normalize().toString().toLowerCase(Locale.ROOT)); n++) {
            p = folder.resolve(base + "-" + n + ext);
        }
        return p;
    }
}
