package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.letters.SignerMissingException;
import id.kalbarprov.loket.core.report.ReportPeriod;
import id.kalbarprov.loket.core.report.ReportService;
import id.kalbarprov.loket.core.report.ServiceReport;
import id.kalbarprov.loket.documents.ReportPdf;
import id.kalbarprov.loket.documents.ReportTexts;
import id.kalbarprov.loket.documents.ReportXlsx;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.OutgoingLetterStore;
import id.kalbarprov.loket.store.ReferenceStore;
import id.kalbarprov.loket.store.ReportStore;
import id.kalbarprov.loket.store.SettingsStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report --period 2026-11|2026-Q4|2026 --out FILE.pdf|FILE.xlsx}: the service report of a period. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Menulis laporan kinerja pelayanan (per layanan dan jumlah, tren, pengaduan, IKM) "
                + "sebagai PDF/A atau XLSX.")
public final class ReportCommand implements Callable<Integer> {

    @Mixin
    private DbOption db;

    @Option(names = "--period", required = true, paramLabel = "PERIODE",
            description = "2026-11 (bulan), 2026-Q4 (triwulan) atau 2026 (tahun).")
    private String period;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Berkas tujuan: .pdf (PDF/A, dengan kop dan penandatangan) atau .xlsx.")
    private Path out;

    @Override
    public Integer call() {
        Optional<ReportPeriod> p = ReportPeriod.parse(period);
        if (p.isEmpty()) {
            System.err.println("Periode '" + period + "' tidak sah. Tulis 2026-11 (bulan), 2026-Q4 (triwulan) "
                    + "atau 2026 (tahun).");
            return 2;
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pdf = name.endsWith(".pdf");
        if (!pdf && !name.endsWith(".xlsx")) {
            System.err.println("--out harus berakhiran .pdf atau .xlsx.");
            return 2;
        }
        if (!db.onServer() && !Files.exists(db.file())) {
            System.err.println("Database tidak ditemukan: " + db.file());
            return 1;
        }
        long t0 = System.nanoTime();
        Database database = db.open();
        try {
            ReferenceStore ref = new ReferenceStore(database);
            SettingsStore settings = new SettingsStore(database);
            ReportService reports = new ReportService(new ReportStore(database, ref::services), ref::services,
                    ref::complaintChannels, ref::complaintCategories, () -> ref.calendar(settings),
                    Clock.systemDefaultZone());
            ServiceReport r = reports.report(p.get(), SystemActors.command("report", Role.KEPALA_BIDANG));
            if (pdf) {
                byte[] bytes = new ReportPdf().render(r, new OutgoingLetterStore(database).settings());
                Files.write(out, bytes);
            } else {
                new ReportXlsx().write(r, out);
            }
            System.out.printf(Locale.ROOT, "Laporan %s ditulis ke %s (%s) dalam %.1f detik%n", r.period().label(), out,
                    pdf ? "PDF/A-2b" : "XLSX", (System.nanoTime() - t0) / 1e9);
            return 0;
        } catch (SignerMissingException e) {
            System.err.println(new ReportTexts().apply("reports.signer.missing"));
            return 1;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Tidak dapat menulis " + out + ": " + e.getMessage());
            return 1;
        } finally {
            database.close();
        }
    }
}
