package id.kalbarprov.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.letters.LetterSettings;
import id.kalbarprov.loket.core.letters.Paper;
import id.kalbarprov.loket.core.letters.SignerMissingException;
import id.kalbarprov.loket.core.report.ServiceReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.util.DoubleComparator;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/** The report's PDF/A and XLSX hold the figures of {@link SampleReports#november()} as a reader finds them. */
class ReportDocumentsTest {

    final ServiceReport report = SampleReports.november();
    final LetterSettings settings = SampleLetters.settings(Paper.A4);

    @Test
    void thePdfIsPdfA2bWithLetterheadFiguresSignerAndTheAuditHead() throws Exception {
        byte[] pdf = new ReportPdf().render(report, settings);
        if (System.getProperty("loket.letterPdfs") != null) {
            Path dir = Files.createDirectories(Path.of(System.getProperty("loket.letterPdfs")));
            Files.write(dir.resolve("laporan-2026-11.pdf"), pdf);
        }
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.isCompliant()).as("%s", result.getTestAssertions()).isTrue();
        }
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("[ \\t]+", " ");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).as("landscape")
                    .isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
        }
        assertThat(text).contains("DINAS KOMUNIKASI DAN INFORMATIKA", "LAPORAN KINERJA PELAYANAN",
                "Periode November 2026 (1 November 2026 s.d. 30 November 2026)");
        // Hosting: standard 3, received 40, completed 35, on time 30, late 5, 85,7 %, 2,4 days, p90 4,
        // returned 3, refused 1, open 6 of which 2 overdue; Video Conference: nothing completed
        assertThat(text).contains("Pelayanan Hosting 3 40 35 30 5 85,7 % 2,4 4 3 1 6 2")
                .contains("Jumlah 40 35 30 5 85,7 % 2,4 4 3 1 6 2")
                .as("no column head split inside a word").contains("Dikembalikan").doesNotContain("Dikembalika\n");
        assertThat(text).containsPattern("Pelayanan Video Conference 1 0 0 0 0 \\S+ \\S+ \\S+ 0 0 0 0");
        assertThat(text).contains("Loket (datang langsung) 3 2 1 50,0 % 0 1", "Waktu penyelesaian 2 2 1 50,0 % 0 0");
        // two questionnaires, NRR 3,50 on all nine elements, IKM 87,50 B against 36 required for 40 requests
        assertThat(text).contains("Pelayanan Hosting 40 36 2 3,50 3,50 3,50 3,50 3,50 3,50 3,50 3,50 3,50 87,50 B (Baik)")
                .contains("sampel belum cukup, 2 dari 36 responden (kurang 34)");
        assertThat(text).contains("Pontianak, 1 Desember 2026", SampleLetters.SIGNER.name(), "NIP. 19650916 199303 1 002")
                .contains("entri #1234").contains(SampleReports.HASH).contains("audit #1234 3f2a 91c0 5be7 d412");
        assertThat(new ReportPdf().render(report, settings)).as("the same report gives the same bytes").isEqualTo(pdf);
    }

    @Test
    void withoutASignerThereIsNoPdf() {
        LetterSettings none = new LetterSettings(settings.numberPattern(), settings.codes(), settings.paper(),
                settings.place(), settings.addresseePlace(), settings.tembusan(), settings.letterhead(), Optional.empty());
        assertThatThrownBy(() -> new ReportPdf().render(report, none)).isInstanceOf(SignerMissingException.class);
    }

    @Test
    void theWorkbookHasOneSheetPerTableAndNumbersAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportXlsx().write(report, out);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheets().map(Sheet::getName).collect(Collectors.toList())).containsExactly("Info",
                    "Layanan", "Tren bulanan", "Pengaduan per kanal", "Pengaduan per kategori", "IKM");

            List<Row> services = wb.getSheets().filter(s -> s.getName().equals("Layanan")).findFirst().orElseThrow().read();
            assertThat(services.get(0).getCell(0).getText()).isEqualTo("Layanan");
            Row hosting = services.get(1);
            assertThat(hosting.getCell(0).getText()).isEqualTo("Pelayanan Hosting");
            for (int c = 1; c <= 12; c++) {
                assertThat(hosting.getCell(c).getType()).as("column %d", c).isEqualTo(CellType.NUMBER);
            }
            assertThat(numbers(hosting, 1, 12)).usingComparatorForType(new DoubleComparator(1e-9), Double.class)
                    .containsExactly(3.0, 40.0, 35.0, 30.0, 5.0, 30.0 / 35, 2.4, 4.0, 3.0, 1.0, 6.0, 2.0);
            Row vicon = services.get(2);
            assertThat(cellOrNull(vicon, 6)).as("no share without completions").isNull();
            assertThat(cellOrNull(vicon, 7)).as("no average without completions").isNull();
            assertThat(services.get(3).getCell(0).getText()).isEqualTo("Jumlah");
            assertThat(services.get(3).getCell(2).asNumber()).isEqualByComparingTo("40");

            List<Row> trend = wb.getSheets().filter(s -> s.getName().equals("Tren bulanan")).findFirst().orElseThrow().read();
            assertThat(trend).hasSize(13);
            assertThat(trend.get(12).getCell(0).getText()).isEqualTo("November 2026");
            assertThat(trend.get(12).getCell(1).asNumber()).isEqualByComparingTo("40");

            List<Row> ikm = wb.getSheets().filter(s -> s.getName().equals("IKM")).findFirst().orElseThrow().read();
            Row h = ikm.get(1);
            assertThat(numbers(h, 1, 3)).containsExactly(40.0, 36.0, 2.0);
            assertThat(h.getCell(5).asNumber()).isEqualByComparingTo("3.5");
            assertThat(h.getCell(14).getType()).isEqualTo(CellType.NUMBER);
            assertThat(h.getCell(14).asNumber()).isEqualByComparingTo("87.50");
            assertThat(h.getCell(15).getText()).isEqualTo("B Baik");

            List<Row> info = wb.getSheets().filter(s -> s.getName().equals("Info")).findFirst().orElseThrow().read();
            assertThat(info.stream().map(r -> r.getCell(1).getText()).toList()).contains("2026-11", SampleReports.HASH);
        }
    }

    static Cell cellOrNull(Row r, int c) {
        Cell cell = c < r.getCellCount() ? r.getCell(c) : null;
        return cell == null || cell.getType() == CellType.EMPTY ? null : cell;
    }

    static List<Double> numbers(Row r, int from, int to) {
        List<Double> out = new java.util.ArrayList<>();
        for (int c = from; c <= to; c++) {
            BigDecimal v = r.getCell(c).asNumber();
            out.add(v.doubleValue());
        }
        return out;
    }
}
