package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.core.register.AgendaBookExport;
import id.kalbarprov.loket.documents.AgendaBookPdf;
import id.kalbarprov.loket.documents.AgendaBookXlsx;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.LetterStore;
import id.kalbarprov.loket.store.OutgoingLetterStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code agenda-export --from DATE --to DATE --out FILE.xlsx|FILE.pdf [--format xlsx|pdf]}: the Buku Agenda of a period. */
@Command(name = "agenda-export", mixinStandardHelpOptions = true,
        description = "Menulis Buku Agenda surat masuk yang diterima dari tanggal --from sampai --to (tttt-bb-hh) "
                + "ke FILE.xlsx atau FILE.pdf (PDF/A, A4 mendatar, dengan kop), urut nomor agenda.")
public final class AgendaExportCommand implements Callable<Integer> {

    @Mixin
    private DbOption db;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "Tanggal terima pertama, mis. 2026-01-01.")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Tanggal terima terakhir, mis. 2026-12-31.")
    private LocalDate to;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Berkas .xlsx atau .pdf yang ditulis.")
    private Path out;

    @Option(names = "--format", paramLabel = "xlsx|pdf",
            description = "Bentuk berkas; tanpa ini dari akhiran nama --out (.xlsx atau .pdf).")
    private String format;

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
        Optional<AgendaBookExport.Format> named = AgendaBookExport.Format.ofFileName(out.getFileName().toString());
        AgendaBookExport.Format f;
        if (format != null) {
            try {
                f = AgendaBookExport.Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                System.err.println("Bentuk '" + format + "' tidak dikenal: tulis --format xlsx atau --format pdf.");
                return 2;
            }
            if (named.isPresent() && named.get() != f) {
                System.err.println("--format " + f.extension() + " tidak cocok dengan nama " + out.getFileName()
                        + ": beri nama berakhiran ." + f.extension() + ".");
                return 2;
            }
        } else if (named.isPresent()) {
            f = named.get();
        } else {
            System.err.println("Beri nama --out berakhiran .xlsx atau .pdf, atau pilih --format xlsx|pdf.");
            return 2;
        }
        Database database = Database.open(db.location());
        try {
            OutgoingLetterStore outgoing = new OutgoingLetterStore(database);
            AgendaBookExport export = new AgendaBookExport(new LetterStore(database), () -> outgoing.settings().letterhead(),
                    Map.of(AgendaBookExport.Format.XLSX, new AgendaBookXlsx(), AgendaBookExport.Format.PDF, new AgendaBookPdf()),
                    AgendaBookPdf::stateName, Clock.systemDefaultZone());
            AgendaBookExport.Written w = export.write(new AgendaBookExport.Period(from, to), f);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(out, w.bytes());
            System.out.println(w.letters() + " surat ditulis ke " + out + ".");
            return 0;
        } catch (IOException e) {
            System.err.println("Tidak dapat menulis " + out + ": " + e.getMessage());
            return 1;
        } finally {
            database.close();
        }
    }
}
