package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.core.attachments.Attachment;
import id.kalbarprov.loket.core.attachments.AttachmentService;
import id.kalbarprov.loket.core.attachments.ScanRefusedException;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.documents.PaperTexts;
import id.kalbarprov.loket.documents.ScanPages;
import id.kalbarprov.loket.store.AttachmentStore;
import id.kalbarprov.loket.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attach --agenda NUMBER --file PATH}: a scan (PDF, JPEG, PNG up to 20 MB) attached to a letter. */
@Command(name = "attach", mixinStandardHelpOptions = true,
        description = "Melampirkan pindaian (PDF, JPEG atau PNG, paling besar 20 MB) ke surat masuk dengan nomor "
                + "agenda NUMBER. Berkas diperiksa menurut isinya; PDF berkata sandi atau berkas rusak ditolak.")
public final class AttachCommand implements Callable<Integer> {

    @Mixin
    private DbOption db;

    @Option(names = "--agenda", required = true, paramLabel = "NUMBER", description = "Nomor agenda surat, mis. 0001/SM/2026.")
    private String agenda;

    @Option(names = "--file", required = true, paramLabel = "PATH", description = "Berkas pindaian.")
    private Path file;

    @Override
    public Integer call() {
        if (!db.onServer() && !Files.exists(db.file())) {
            System.err.println("Database tidak ditemukan: " + db.file());
            return 1;
        }
        PaperTexts texts = new PaperTexts();
        Database database = Database.open(db.location());
        try {
            AttachmentService service = new AttachmentService(new AttachmentStore(database), new ScanPages(),
                    Clock.systemDefaultZone());
            List<Attachment> added = service.attach(agenda, List.of(AttachmentService.read(file)),
                    SystemActors.command("attach", Role.PETUGAS_LOKET));
            for (Attachment a : added) {
                System.out.printf("%s dilampirkan ke surat %s (%s, %,d bita, SHA-256 %s).%n", a.fileName(),
                        agenda.strip(), a.kind().mediaType(), a.size(), a.sha256());
            }
            return 0;
        } catch (ScanRefusedException e) {
            System.err.println(texts.t(e.problem().key(), e.fileName()));
            System.err.println("Tidak ada yang disimpan.");
            return 1;
        } finally {
            database.close();
        }
    }
}
