package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.core.receipt.Receipt;
import id.kalbarprov.loket.core.receipt.ReceiptService;
import id.kalbarprov.loket.core.receipt.ReceiptSize;
import id.kalbarprov.loket.documents.ReceiptPdf;
import id.kalbarprov.loket.store.AttachmentStore;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.LetterStore;
import id.kalbarprov.loket.store.OutgoingLetterStore;
import id.kalbarprov.loket.store.ReferenceStore;
import id.kalbarprov.loket.store.SettingsStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code receipt --agenda NUMBER --out FILE.pdf}: the tanda terima of a letter as PDF/A. */
@Command(name = "receipt", mixinStandardHelpOptions = true,
        description = "Menulis tanda terima (PDF/A) surat masuk dengan nomor agenda NUMBER ke FILE.pdf.")
public final class ReceiptCommand implements Callable<Integer> {

    @Mixin
    private DbOption db;

    @Option(names = "--agenda", required = true, paramLabel = "NUMBER", description = "Nomor agenda surat, mis. 0001/SM/2026.")
    private String agenda;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Berkas PDF yang ditulis.")
    private Path out;

    @Option(names = "--paper", paramLabel = "A5|A4", description = "Ukuran kertas: A5 (bawaan) atau A4.")
    private String paper;

    @Override
    public Integer call() {
        if (!db.onServer() && !Files.exists(db.file())) {
            System.err.println("Database tidak ditemukan: " + db.file());
            return 1;
        }
        if (paper != null && !paper.strip().matches("(?i)A[45]")) {
            System.err.println("Ukuran kertas '" + paper + "' tidak dikenal: tulis A5 atau A4.");
            return 2;
        }
        Database database = Database.open(db.location());
        try {
            ReceiptService receipts = service(database);
            Optional<Receipt> r = receipts.receipt(agenda, ReceiptSize.parse(paper));
            if (r.isEmpty()) {
                System.err.println("Tidak ada surat dengan nomor agenda " + agenda.strip() + ".");
                return 1;
            }
            byte[] pdf = receipts.pdf(r.get());
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(out, pdf);
            System.out.println("Tanda terima " + r.get().agendaNumber() + " ditulis ke " + out + ".");
            return 0;
        } catch (IOException e) {
            System.err.println("Tidak dapat menulis " + out + ": " + e.getMessage());
            return 1;
        } finally {
            database.close();
        }
    }

    static ReceiptService service(Database database) {
        LetterStore letters = new LetterStore(database);
        AttachmentStore byAgenda = new AttachmentStore(database);
        OutgoingLetterStore outgoing = new OutgoingLetterStore(database);
        return new ReceiptService(letters::detail, byAgenda::letterByAgenda, outgoing::settings,
                () -> new ReferenceStore(database).calendar(new SettingsStore(database)), new ReceiptPdf(), new id.kalbarprov.loket.documents.DispositionPdf());
    }
}
