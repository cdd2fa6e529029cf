package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.core.survey.IkmLine;
import id.kalbarprov.loket.core.survey.SurveyService;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.core.text.IndonesianNumbers;
import id.kalbarprov.loket.documents.ReportTexts;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.SurveyStore;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ikm --from DATE --to DATE [--service CODE]}: the satisfaction index, two decimals and the grade. */
@Command(name = "ikm", mixinStandardHelpOptions = true,
        description = "Menghitung Indeks Kepuasan Masyarakat (PermenPANRB 14/2017) antara dua tanggal: "
                + "nilai dengan dua desimal dan mutunya (A-D), responden dan sampel minimal.")
public final class IkmCommand implements Callable<Integer> {

    @Mixin
    private DbOption db;

    @Option(names = "--from", required = true, paramLabel = "TTTT-BB-HH", description = "Tanggal pertama.")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "TTTT-BB-HH", description = "Tanggal terakhir.")
    private LocalDate to;

    @Option(names = "--service", paramLabel = "KODE",
            description = "Satu layanan: JARINGAN, VICON, EMAIL, HOSTING atau CLOUD (bawaan: semua).")
    private String service;

    @Override
    public Integer call() {
        if (to.isBefore(from)) {
            System.err.println("--to (" + to + ") lebih awal dari --from (" + from + ").");
            return 2;
        }
        if (!db.onServer() && !Files.exists(db.file())) {
            System.err.println("Database tidak ditemukan: " + db.file());
            return 1;
        }
        Database database = db.open();
        try {
            SurveyStore store = new SurveyStore(database);
            Long serviceId = null;
            if (service != null) {
                Map<String, Long> ids = store.serviceIds();
                serviceId = ids.get(service.strip().toUpperCase(Locale.ROOT));
                if (serviceId == null) {
                    System.err.println("Layanan '" + service + "' tidak dikenal (pilih " + String.join(", ", ids.keySet())
                            + ").");
                    return 2;
                }
            }
            IkmLine line = new SurveyService(store, Clock.systemDefaultZone()).indexLine(from, to, serviceId, service);
            String range = IndonesianDates.longDate(from) + " s.d. " + IndonesianDates.longDate(to);
            if (!line.ikm().hasRespondents()) {
                System.err.println("Belum ada responden " + range + (service == null ? "" : " untuk " + service) + ".");
                return 1;
            }
            ReportTexts t = new ReportTexts();
            System.out.println("IKM " + IndonesianNumbers.decimal(line.ikm().index(), 2) + " " + line.ikm().grade().name()
                    + " (" + t.apply("survey.grade." + line.ikm().grade().name()) + ")");
            System.out.println("Responden " + IndonesianNumbers.integer(line.ikm().respondents()) + ", sampel minimal "
                    + IndonesianNumbers.integer(line.required()) + " untuk " + IndonesianNumbers.integer(line.population())
                    + " permohonan (Krejcie-Morgan): " + (line.enough() ? "cukup."
                    : "belum cukup, kurang " + IndonesianNumbers.integer(line.missing()) + "."));
            System.out.println("Periode " + range + (service == null ? ", semua layanan." : ", layanan "
                    + service.strip().toUpperCase(Locale.ROOT) + "."));
            return 0;
        } finally {
            database.close();
        }
    }
}
