package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.survey.SurveyCsv;
import id.kalbarprov.loket.core.survey.SurveyImportException;
import id.kalbarprov.loket.core.survey.SurveyService;
import id.kalbarprov.loket.documents.ReportTexts;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.SurveyStore;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code survey-import --from FILE.csv}: questionnaires from a file, all of them or none. */
@Command(name = "survey-import", mixinStandardHelpOptions = true,
        description = "Mengimpor kuesioner survei kepuasan dari CSV (kolom " + SurveyCsv.HEADER
                + "; tanggal tttt-bb-hh; layanan JARINGAN, VICON, EMAIL, HOSTING atau CLOUD; jawaban 1-4). "
                + "Satu baris salah: tidak ada yang diimpor.")
public final class SurveyImportCommand implements Callable<Integer> {

    @Mixin
    private DbOption db;

    @Option(names = "--from", required = true, paramLabel = "FILE.csv", description = "Berkas CSV kuesioner.")
    private Path from;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(from)) {
            System.err.println("Berkas tidak ditemukan: " + from);
            return 1;
        }
        if (!db.onServer() && !Files.exists(db.file())) {
            System.err.println("Database tidak ditemukan: " + db.file());
            return 1;
        }
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(from))).toString();
        } catch (IOException e) {
            System.err.println("Tidak dapat membaca " + from + ": " + e.getMessage());
            return 1;
        }
        Database database = db.open();
        try {
            int n = new SurveyService(new SurveyStore(database), Clock.systemDefaultZone())
                    .importCsv(content, SystemActors.command("survey-import", Role.PETUGAS_LOKET));
            System.out.println(n + " kuesioner diimpor dari " + from + ".");
            return 0;
        } catch (SurveyImportException e) {
            ReportTexts t = new ReportTexts();
            for (SurveyCsv.Problem p : e.problems()) {
                System.err.println(t.t("survey.csv.line", p.line(), t.t(p.key(), p.args().toArray())));
            }
            System.err.println("Tidak ada yang diimpor: " + e.problems().size() + " baris bermasalah di " + from + ".");
            return 1;
        } finally {
            database.close();
        }
    }
}
