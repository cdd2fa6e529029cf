package id.kalbarprov.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.letters.LetterContent;
import id.kalbarprov.loket.core.letters.LetterKind;
import id.kalbarprov.loket.core.letters.LetterRenderer;
import id.kalbarprov.loket.core.letters.Paper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

class LetterPdfTest {

    private final LetterPdf pdf = new LetterPdf();

    static String text(byte[] bytes) throws Exception {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static String textOfPage(byte[] bytes, int page) throws Exception {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(page);
            s.setEndPage(page);
            return s.getText(doc);
        }
    }

    /** Each element appears, after the one before it. */
    static void assertInOrder(String text, List<String> elements) {
        String flat = text.replaceAll("\\s+", " ");
        int at = 0;
        for (String e : elements) {
            int found = flat.indexOf(e, at);
            assertThat(found).as("'%s' after position %d in:%n%s", e, at, flat).isGreaterThanOrEqualTo(0);
            at = found + e.length();
        }
    }

    @ParameterizedTest
    @EnumSource(value = LetterKind.class, names = "BALASAN_PENGADUAN", mode = EnumSource.Mode.EXCLUDE)
    void everyRequiredElementIsPresentInOrder(LetterKind kind) throws Exception {
        LetterRenderer.Rendered r = pdf.render(SampleLetters.letter(kind));
        String what = switch (kind) {
            case SELESAI -> "Akun email dinkes.sekretariat@kalbarprov.go.id telah dibuat";
            case DIKEMBALIKAN -> "2. Cap/stempel dinas belum dibubuhkan";
            case DITOLAK -> "Alamat email yang diminta sudah dipakai oleh perangkat daerah lain.";
            case BALASAN_PENGADUAN -> throw new AssertionError("see aComplaintReplyHasEveryElementInOrder");
        };
        assertThat(r.pages()).isEqualTo(1);
        assertInOrder(text(r.pdf()), List.of("PEMERINTAH PROVINSI KALIMANTAN BARAT", "DINAS KOMUNIKASI DAN INFORMATIKA",
                "Jl. Ahmad Yani", "(0561) 8173627", "diskominfo@kalbarprov.go.id", "https://diskominfo.kalbarprov.go.id",
                "Pontianak, 22 November 2026", "Nomor", "500.12.6/17/Diskominfo", "Sifat", "Biasa", "Lampiran",
                "Hal", "Yth.", "Kepala Dinas Kesehatan Provinsi Kalimantan Barat", "di -", "Pontianak",
                "Nomor 800/1234/Dinkes-Sekr tanggal 16 November 2026", "Permohonan Pembuatan Akun Email Kedinasan",
                what, "Demikian kami sampaikan",
                "Kepala Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat,",
                "Dr. Hendra Wijaya, S.Kom., M.T.", "Pembina Utama Muda (IV/c)", "NIP. 19650916 199303 1 002",
                "Tembusan:", "1. Kepala Bidang Aplikasi Informatika;", "2. Arsip."));
    }

    @Test
    void aComplaintReplyHasEveryElementInOrder() throws Exception {
        LetterRenderer.Rendered r = pdf.render(SampleLetters.letter(LetterKind.BALASAN_PENGADUAN));
        assertThat(r.pages()).isEqualTo(1);
        assertInOrder(text(r.pdf()), List.of("PEMERINTAH PROVINSI KALIMANTAN BARAT", "DINAS KOMUNIKASI DAN INFORMATIKA",
                "Pontianak, 22 November 2026", "Nomor", "500.12/18/Diskominfo", "Sifat", "Biasa", "Lampiran", "Hal",
                "Jawaban atas Pengaduan 0004/PGD/2026", "Yth.", "Sdr. Rina Marlina", "di -", "Jl. Gajah Mada No. 17",
                "Pontianak 78121", "pada tanggal 16 November 2026 melalui WhatsApp",
                "Nomor 0004/PGD/2026 mengenai layanan Hosting, permintaan layanan dengan Nomor Agenda 0042/SM/2026",
                "Situs web yang kami titipkan tidak dapat diakses", "1. Gangguan disebabkan oleh sertifikat SSL",
                "2. Sertifikat telah diperbarui", "Demikian kami sampaikan",
                "Kepala Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat,", "Dr. Hendra Wijaya, S.Kom., M.T.",
                "NIP. 19650916 199303 1 002", "Tembusan:"));
    }

    @Test
    void placeAndDateStandOnTheLineOfTheNumber() throws Exception {
        String text = text(pdf.render(SampleLetters.letter(LetterKind.SELESAI)).pdf());
        String line = text.lines().filter(l -> l.contains("Pontianak, 22 November 2026")).findFirst().orElseThrow();
        assertThat(line).contains("Nomor").contains("500.12.6/17/Diskominfo");
    }

    @Test
    void renderingAgainGivesTheSameBytes() throws Exception {
        LetterContent c = SampleLetters.letter(LetterKind.DITOLAK);
        byte[] a = pdf.render(c).pdf();
        byte[] b = new LetterPdf().render(c).pdf();
        assertThat(sha(a)).isEqualTo(sha(b));
    }

    @Test
    void aLongBodyContinuesOnPageTwoUnderARepeatedHeader() throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            items.append("Subdomain layanan-").append(i).append(".dinkes.kalbarprov.go.id telah diarahkan ke server ")
                    .append("hosting Pemprov dan sertifikat TLS telah dipasang\n");
        }
        byte[] bytes = pdf.render(SampleLetters.letter(LetterKind.SELESAI, Paper.A4, items.toString())).pdf();
        if (System.getProperty("loket.letterPdfs") != null) {
            Files.write(Path.of(System.getProperty("loket.letterPdfs"), "letter-overflow.pdf"), bytes);
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
        String page2 = textOfPage(bytes, 2);
        assertInOrder(page2, List.of("- 2 -", "Lanjutan surat Nomor 500.12.6/17/Diskominfo tanggal 22 November 2026"));
        String all = text(bytes);
        for (int i = 1; i <= 40; i++) {
            assertThat(all).contains("layanan-" + i + ".dinkes");
        }
        assertInOrder(all, List.of("40. Subdomain layanan-40", "Demikian", "NIP. 19650916 199303 1 002", "2. Arsip."));
    }

    @Test
    void f4PaperIs215By330Millimetres() throws Exception {
        byte[] bytes = pdf.render(SampleLetters.letter(LetterKind.SELESAI, Paper.F4, "Selesai")).pdf();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            var box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth() / LetterPdf.MM).isCloseTo(215f, org.assertj.core.data.Offset.offset(0.1f));
            assertThat(box.getHeight() / LetterPdf.MM).isCloseTo(330f, org.assertj.core.data.Offset.offset(0.1f));
        }
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void isPdfA2bCompliant(LetterKind kind) throws Exception {
        byte[] bytes = pdf.render(SampleLetters.letter(kind)).pdf();
        if (System.getProperty("loket.letterPdfs") != null) {
            Path dir = Path.of(System.getProperty("loket.letterPdfs"));
            Files.createDirectories(dir);
            Files.write(dir.resolve("letter-" + kind.name().toLowerCase() + ".pdf"), bytes);
        }
        assertPdfA2b(bytes);
    }

    /** veraPDF finds {@code bytes} compliant with PDF/A-2b. */
    static void assertPdfA2b(byte[] bytes) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(bytes),
                PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.isCompliant()).as("%s", result.getTestAssertions()).isTrue();
        }
    }

    /** A red 200 x 240 shield-ish picture with a transparent corner, as a PNG. */
    static byte[] emblemPng() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(200, 240,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(new java.awt.Color(200, 30, 30));
        g.fillOval(10, 10, 180, 220);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static LetterContent withEmblem(LetterContent c, byte[] emblem) {
        var h = c.letterhead();
        return new LetterContent(new id.kalbarprov.loket.core.letters.Letterhead(h.government(), h.agency(),
                h.address(), h.contact(), emblem), c.paper(), c.number(), c.place(), c.date(), c.sifat(), c.lampiran(),
                c.subject(), c.addressee(), c.addresseePlace(), c.paragraphs(), c.signer(), c.tembusan());
    }

    @Test
    void theOfficesEmblemIsDrawnInTheKopAndTheLetterStaysPdfA() throws Exception {
        byte[] plain = pdf.render(SampleLetters.letter(LetterKind.SELESAI)).pdf();
        byte[] bytes = pdf.render(withEmblem(SampleLetters.letter(LetterKind.SELESAI), emblemPng())).pdf();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(bytes);
             org.apache.pdfbox.pdmodel.PDDocument none = org.apache.pdfbox.Loader.loadPDF(plain)) {
            var names = doc.getPage(0).getResources().getXObjectNames();
            assertThat(names).hasSize(1);
            var image = (org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject)
                    doc.getPage(0).getResources().getXObject(names.iterator().next());
            assertThat(image.getWidth()).isEqualTo(200);
            assertThat(image.getHeight()).isEqualTo(240);
            assertThat(none.getPage(0).getResources().getXObjectNames()).as("the default: an outline, no picture").isEmpty();
        }
        assertPdfA2b(bytes);
        if (System.getProperty("loket.letterPdfs") != null) {
            Files.write(Path.of(System.getProperty("loket.letterPdfs")).resolve("letter-with-emblem.pdf"), bytes);
        }
    }

    @Test
    void anEmblemThatNoLongerDecodesLeavesTheOutlineNotAFailedLetter() throws Exception {
        byte[] broken = java.util.Arrays.copyOf(emblemPng(), 40); // a PNG's first bytes, then nothing
        byte[] bytes = pdf.render(withEmblem(SampleLetters.letter(LetterKind.SELESAI), broken)).pdf();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            assertThat(doc.getPage(0).getResources().getXObjectNames()).isEmpty();
        }
    }

    static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
