package id.kalbarprov.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.letters.LetterKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Where `verify` finds a letter's code (issue 14, ≤ 200 ms): in the metadata of every letter Loket issues
 * now, read without opening the PDF; on the last page of a Loket letter without it (issued before); in
 * no other PDF.
 */
class VerificationCodesTest {

    private static final String CODE = "K7M2P-Q9RT4";

    private final byte[] letter = new LetterPdf().render(SampleLetters.letter(LetterKind.SELESAI).withVerification(CODE)).pdf();

    @Test
    void anIssuedLetterCarriesItsCodeInItsMetadataAndStaysPdfA() throws Exception {
        assertThat(latin1(letter)).contains("<dc:identifier>Kode verifikasi: " + CODE + "</dc:identifier>");
        assertThat(VerificationCodes.read(letter)).contains(CODE);
        LetterPdfTest.assertPdfA2b(letter);
    }

    @Test
    void aLetterWithoutTheCodeInItsMetadataIsReadFromItsLastPage() {
        String identifier = "<dc:identifier>Kode verifikasi: " + CODE + "</dc:identifier>";
        byte[] before = latin1(latin1(letter).replace(identifier, " ".repeat(identifier.length())));
        assertThat(latin1(before)).doesNotContain(CODE);
        assertThat(VerificationCodes.read(before)).contains(CODE);
    }

    @Test
    void anEditorsAppendedMetadataCountsNotAnEarlierOne() {
        byte[] edited = latin1(latin1(letter) + "\n<dc:identifier>Kode verifikasi: ABCDE-FGHJK</dc:identifier>\n"
                + "Kode verifikasi: bukan-kode\n%%EOF\n");
        assertThat(VerificationCodes.read(edited)).contains("ABCDE-FGHJK");
    }

    @Test
    void otherPdfsHaveNoCode() throws Exception {
        assertThat(VerificationCodes.read(ScanSamples.pdf(1, 1))).isEmpty();
        assertThat(VerificationCodes.read(new LetterPdf().render(SampleLetters.letter(LetterKind.SELESAI)).pdf()))
                .as("a Loket letter never issued").isEmpty();
        assertThat(VerificationCodes.read(ScanSamples.cutPdf())).isEmpty();
        // Made by another program (a letter printed again to PDF, say): not opened; `verify` says TIDAK DIKENAL
        // and the code on paper can still be typed into Verifikasi surat.
        assertThat(VerificationCodes.read(foreignPdfSaying("Kode verifikasi: " + CODE))).isEmpty();
    }

    private static byte[] foreignPdfSaying(String text) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
