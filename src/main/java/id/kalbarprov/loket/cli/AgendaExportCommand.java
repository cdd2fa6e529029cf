package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.register.LetterRow;
import id.kalbarprov.loket.core.register.Page;
import id.kalbarprov.loket.documents.AgendaBookXlsx;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.LetterStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code agenda-export --from DATE --to DATE --out FILE.xlsx}: the Buku Agenda of a period. */
@Command(name = "agenda-export", mixinStandardHelpOptions = true,
        description = "Menulis Buku Agenda surat masuk yang diterima dari tanggal --from sampai --to (tttt-bb-hh) "
                + "ke FILE.xlsx, urut nomor agenda.")
public final class AgendaExportCommand implements Callable<Integer> {

    @Mixin
    private DbOption db;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "Tanggal terima pertama, mis. 2026-01-01.")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Tanggal terima terakhir, mis. 2026-12-31.")
    private LocalDate to;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Berkas XLSX yang ditulis.")
    private Path out;

    @Override
    public Integer call() {
        if (!db.onServer() && !Files.exists(db.file())) {
            System.err.println("Database tidak ditemukan: " + db.file());
            return 1;
        }
        if (to.isBefore(from)) {
            System.err.println("Tanggal --to sebelum --from.");
            return 2;
        }
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            System.err.println("Hanya XLSX yang dapat ditulis (PDF Buku Agenda belum dibuat): beri nama berakhiran .xlsx.");
            return 2;
        }
        Database database = Database.open(db.location());
        try {
            LetterStore letters = new LetterStore(database);
            LetterFilter filter = LetterFilter.ALL.withRange(from, to).sortedBy(LetterFilter.SortKey.AGENDA, true);
            List<LetterRow> rows = new ArrayList<>();
            for (int offset = 0; ; offset += 1000) {
                Page<LetterRow> page = letters.search(filter, offset, 1000);
                rows.addAll(page.items());
                if (!page.hasMore()) {
                    break;
                }
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                AgendaBookXlsx.write(rows, from, to, r -> r.state().name(), o);
            }
            System.out.println(rows.size() + " surat ditulis ke " + out + ".");
            return 0;
        } catch (IOException e) {
            System.err.println("Tidak dapat menulis " + out + ": " + e.getMessage());
            return 1;
        } finally {
            database.close();
        }
    }
}
