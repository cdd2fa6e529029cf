package id.kalbarprov.loket.cli;

import static id.kalbarprov.loket.cli.CommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.cli.CommandsTest.Run;
import id.kalbarprov.loket.core.letters.OutgoingLetterService;
import id.kalbarprov.loket.documents.LetterPdf;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.LetterFixtures;
import id.kalbarprov.loket.store.OutgoingLetterStore;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** survey-import, ikm and report as an administrator runs them, with figures worked out by hand. */
class ReportCommandsTest {

    @TempDir
    Path dir;
    String db;

    /** Three questionnaires of November 2026: VICON all 4, VICON all 3, HOSTING 4×8 and a 3. */
    static final String GOOD = """
            tanggal,layanan,u1,u2,u3,u4,u5,u6,u7,u8,u9
            2026-11-02,VICON,4,4,4,4,4,4,4,4,4
            2026-11-20,vicon,3,3,3,3,3,3,3,3,3
            2026-11-03,HOSTING,4,4,4,4,4,4,4,4,3
            """;

    @BeforeEach
    void database() {
        db = dir.resolve("loket.db").toString();
        Database.open(Path.of(db)).close();
    }

    Path csv(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void aFileWithBadLinesIsRefusedWholeAndEveryBadLineIsNamed() throws Exception {
        Path bad = csv("bad.csv", GOOD + """
                2026-11-04,PERCETAKAN,4,4,4,4,4,4,4,4,4
                04-11-2026,EMAIL,4,4,4,4,4,4,4,4,4
                2026-11-05,EMAIL,4,4,4,5,4,4,4,4,4
                2026-11-05,EMAIL,4,4,4
                """);
        Run r = run("survey-import", "--db", db, "--from", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Baris 5", "PERCETAKAN", "Baris 6", "04-11-2026", "Baris 7", "u4", "Baris 8")
                .contains("Tidak ada yang diimpor: 4 baris bermasalah").doesNotContain("Baris 2", "Exception");
        Run none = run("ikm", "--db", db, "--from", "2026-11-01", "--to", "2026-11-30");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("Belum ada responden");
    }

    @Test
    void importedQuestionnairesGiveTheIndexWithTwoDecimalsAndItsGrade() throws Exception {
        Run imported = run("survey-import", "--db", db, "--from", csv("ok.csv", GOOD).toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("3 kuesioner diimpor");

        // all: answer sums 36 + 27 + 35 = 98 over 3 respondents: 98 / 3 / 9 × 25 = 90.74 → A
        Run all = run("ikm", "--db", db, "--from", "2026-11-01", "--to", "2026-11-30");
        assertThat(all.code()).isZero();
        assertThat(all.out().lines().findFirst().orElseThrow()).isEqualTo("IKM 90,74 A (Sangat Baik)");
        // VICON: every NRR (4 + 3) / 2 = 3.5 → 87.50, just under A's 88.31
        Run vicon = run("ikm", "--db", db, "--from", "2026-11-01", "--to", "2026-11-30", "--service", "VICON");
        assertThat(vicon.out().lines().findFirst().orElseThrow()).isEqualTo("IKM 87,50 B (Baik)");
        // only the 3rd: 35 / 9 × 25 = 97.22
        Run day = run("ikm", "--db", db, "--from", "2026-11-03", "--to", "2026-11-03");
        assertThat(day.out()).startsWith("IKM 97,22 A (Sangat Baik)").contains("Responden 1");

        Run unknown = run("ikm", "--db", db, "--from", "2026-11-01", "--to", "2026-11-30", "--service", "PERCETAKAN");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("Layanan 'PERCETAKAN' tidak dikenal");
        Run backwards = run("ikm", "--db", db, "--from", "2026-11-30", "--to", "2026-11-01");
        assertThat(backwards.code()).isEqualTo(2);
    }

    @Test
    void theReportIsWrittenAsXlsxOrPdfOnlyWithASigner() throws Exception {
        run("survey-import", "--db", db, "--from", csv("ok.csv", GOOD).toString());
        Path xlsx = dir.resolve("laporan.xlsx");
        Run x = run("report", "--db", db, "--period", "2026-11", "--out", xlsx.toString());
        assertThat(x.code()).as(x.err()).isZero();
        assertThat(x.out()).contains("Laporan November 2026 ditulis").contains("XLSX");
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<Row> ikm = wb.getSheets().filter(s -> s.getName().equals("IKM")).findFirst().orElseThrow().read();
            Row total = ikm.get(ikm.size() - 1);
            assertThat(total.getCell(0).getText()).isEqualTo("Jumlah");
            assertThat(total.getCell(3).asNumber()).isEqualByComparingTo("3");
            assertThat(total.getCell(14).asNumber()).isEqualByComparingTo("90.74");
        }

        Path pdf = dir.resolve("laporan.pdf");
        Run noSigner = run("report", "--db", db, "--period", "2026-Q4", "--out", pdf.toString());
        assertThat(noSigner.code()).isEqualTo(1);
        assertThat(noSigner.err()).contains("Penandatangan laporan belum diatur");
        assertThat(pdf).doesNotExist();

        Database d = Database.open(Path.of(db));
        try {
            new OutgoingLetterService(new OutgoingLetterStore(d), new LetterPdf(), LetterFixtures.clock())
                    .saveSettings(LetterFixtures.ADMIN, LetterFixtures.form(LetterFixtures.SIGNER));
        } finally {
            d.close();
        }
        Run p = run("report", "--db", db, "--period", "2026-Q4", "--out", pdf.toString());
        assertThat(p.code()).as(p.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Triwulan IV 2026", LetterFixtures.SIGNER.name(), "90,74");
        }
    }

    @Test
    void aBadPeriodOrFileTypeIsSaidPlainly() {
        Run month = run("report", "--db", db, "--period", "2026-13", "--out", dir.resolve("a.pdf").toString());
        assertThat(month.code()).isEqualTo(2);
        assertThat(month.err()).contains("Periode '2026-13' tidak sah");
        Run type = run("report", "--db", db, "--period", "2026", "--out", dir.resolve("a.docx").toString());
        assertThat(type.code()).isEqualTo(2);
        assertThat(type.err()).contains(".pdf atau .xlsx");
        Run missing = run("report", "--db", dir.resolve("none.db").toString(), "--period", "2026",
                "--out", dir.resolve("a.pdf").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("Database tidak ditemukan");
        assertThat(month.err() + type.err() + missing.err()).doesNotContain("Exception", "\tat ");
    }
}
