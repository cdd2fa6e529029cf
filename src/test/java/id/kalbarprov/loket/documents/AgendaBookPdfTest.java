package id.kalbarprov.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.letters.Paper;
import id.kalbarprov.loket.core.register.AgendaBookExport;
import id.kalbarprov.loket.core.register.LetterRow;
import id.kalbarprov.loket.core.request.RequestState;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The Buku Agenda as PDF/A: landscape A4, the kop, the paper book's columns, the head on every page, page numbers. */
class AgendaBookPdfTest {

    static AgendaBookExport.Book book(int letters) {
        List<LetterRow> rows = new ArrayList<>();
        String[] agencies = {"Dinas Kesehatan Provinsi Kalimantan Barat", "Dinas Pendidikan dan Kebudayaan",
            "Badan Pengelola Keuangan dan Aset Daerah", "RSUD dr. Soedarso"};
        String[] services = {"Pelayanan Jaringan Informatika", "Pelayanan Email Kedinasan", "Pelayanan Hosting"};
        for (int i = 1; i <= letters; i++) {
            rows.add(new LetterRow(i, String.format("%04d/SM/2026", i), LocalDateTime.of(2026, 11, 2, 8, 0).plusHours(i * 5L),
                    agencies[i % agencies.length], "800/" + (100 + i) + "/Sekr-" + (i % 7), LocalDate.of(2026, 10, 28),
                    i % 5 == 0 ? "Permohonan pembuatan akun email kedinasan untuk pegawai baru di lingkungan sekretariat "
                            + "dan bidang pelayanan kesehatan masyarakat" : "Permohonan pemasangan jaringan internet",
                    services[i % services.length], ServiceKind.EMAIL, 1,
                    i % 3 == 0 ? RequestState.SELESAI : RequestState.DIKAJI, LocalDate.of(2026, 11, 2), 0, 1));
        }
        return new AgendaBookExport.Book(rows, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                SampleLetters.settings(Paper.A4).letterhead(), LocalDateTime.of(2026, 12, 1, 9, 30),
                AgendaBookPdf::stateName);
    }

    @Test
    void aMonthOnSeveralLandscapePagesWithTheHeadOnEachAndPageNumbers() throws Exception {
        byte[] pdf = new AgendaBookPdf().render(book(60));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth() / 72 * 25.4).isCloseTo(297, org.assertj.core.data.Offset.offset(0.5));
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(p);
                s.setEndPage(p);
                String text = s.getText(doc).replaceAll("\\s+", " ");
                assertThat(text).as("page " + p).contains("No. Agenda", "Tanggal Terima", "Nomor Surat", "Asal Surat",
                        "Perihal", "Layanan", "Status", "Halaman " + p + " dari " + pages);
            }
            String all = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(all).contains("DINAS KOMUNIKASI DAN INFORMATIKA", "BUKU AGENDA SURAT MASUK",
                    "Diterima 1 November 2026 s.d. 30 November 2026", "60 surat", "0001/SM/2026", "0060/SM/2026",
                    "Dikaji", "Selesai");
        }
        assertThat(new AgendaBookPdf().render(book(60))).as("the same book, the same bytes").isEqualTo(pdf);
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            assertThat(validator.validate(parser).isCompliant()).isTrue();
        }
        String keep = System.getProperty("loket.agendaBookPdf");
        if (keep != null) {
            Files.write(Path.of(keep), pdf);
        }
    }

    @Test
    void anEmptyPeriodSaysSo() throws Exception {
        try (PDDocument doc = Loader.loadPDF(new AgendaBookPdf().render(book(0)))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Tidak ada surat yang diterima pada periode ini.");
        }
    }
}
