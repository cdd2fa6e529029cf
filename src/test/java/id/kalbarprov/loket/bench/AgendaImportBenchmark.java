package id.kalbarprov.loket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.agendaimport.AgendaBook;
import id.kalbarprov.loket.core.agendaimport.AgendaImportService;
import id.kalbarprov.loket.store.AgendaImportStore;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.LetterFixtures;
import id.kalbarprov.loket.store.ReferenceStore;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: importing 10,000 agenda rows ≤ 10 s. {@code mvn -B test -Pbench -Dtest=AgendaImportBenchmark}. */
@Tag("benchmark")
class AgendaImportBenchmark {

    @TempDir
    Path dir;

    @Test
    void tenThousandRows() {
        StringBuilder csv = new StringBuilder("No. Agenda;Tanggal Terima;Nomor Surat;Tanggal Surat;Asal Surat;Perihal;Layanan;Keterangan\n");
        String[] services = {"JARINGAN", "VICON", "EMAIL", "HOSTING", "CLOUD"};
        for (int i = 1; i <= 10_000; i++) {
            int day = 1 + i % 28;
            int month = 1 + i % 12;
            csv.append(String.format("%05d/AG/2024;%02d-%02d-2024;800/%d/Dinkes;%02d/%02d/2024;Dinkes;Permohonan nomor %d;%s;\n",
                    i, day, month, i, day, month, i, services[i % 5]));
        }
        Database db = Database.open(dir.resolve("loket.db"));
        ReferenceStore ref = new ReferenceStore(db);
        AgendaImportService service = new AgendaImportService(new AgendaImportStore(db), ref::agencies, ref::services,
                LetterFixtures.clock());
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long t0 = System.nanoTime();
        int n = service.importBook(AgendaBook.csv(csv.toString()), LetterFixtures.ADMIN, "bench.csv");
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("BENCH import-agenda %,d rows (parse, check, one transaction) in %.2f s, load average %.2f%n",
                n, s, load);
        assertThat(n).isEqualTo(10_000);
        db.close();
    }
}
