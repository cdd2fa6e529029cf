package id.kalbarprov.loket.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a letter's verification code, "Kode verifikasi: ABCDE-FGHJK", from its PDF.
 *
 * <p>Letters carry it twice: printed on the last page and, since the fast {@code verify} (issue 14), as
 * the identifier of the PDF's metadata (XMP), which a PDF keeps as plain bytes. The code is read from the
 * metadata when it is there (no PDF parsing: a few milliseconds instead of about half a second); a letter
 * that Loket made without it (issued before) is opened and its last page's text is read; any other PDF
 * (another program's, or Loket's receipts and reports) has no code. A letter printed again to PDF by
 * another program is thus not recognised by its text: its code on paper can be typed into Verifikasi
 * surat.
 */
public final class VerificationCodes {

    /** What precedes the code, on paper and in the metadata. */
    static final String LABEL = "Kode verifikasi: ";

    private static final Pattern CODE = Pattern.compile("Kode verifikasi:\\s*([0-9A-Z]{5}-[0-9A-Z]{5})");
    /** What Loket writes into every PDF's metadata (PdfA): the producer, and a letter's title. */
    private static final String MADE_BY_LOKET = "<pdf:Producer>Loket (Apache PDFBox)</pdf:Producer>";
    private static final String LETTER_TITLE = "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Surat Nomor ";

    private VerificationCodes() {
    }

    /** The code in {@code pdf}, or empty when there is none or the file does not open. */
    public static Optional<String> read(byte[] pdf) {
        String bytes = new String(pdf, StandardCharsets.ISO_8859_1);
        Optional<String> inMetadata = lastCode(bytes);
        if (inMetadata.isPresent() || !bytes.contains(MADE_BY_LOKET) || !bytes.contains(LETTER_TITLE)) {
            return inMetadata;
        }
        return printedOnLastPage(pdf);
    }

    /** The last code in the file's plain bytes (an editor that saves incrementally appends its metadata). */
    private static Optional<String> lastCode(String bytes) {
        int at = bytes.lastIndexOf(LABEL);
        while (at >= 0) {
            Matcher m = CODE.matcher(bytes).region(at, Math.min(bytes.length(), at + LABEL.length() + 11));
            if (m.lookingAt()) {
                return Optional.of(m.group(1));
            }
            at = bytes.lastIndexOf(LABEL, at - 1);
        }
        return Optional.empty();
    }

    private static Optional<String> printedOnLastPage(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(Math.max(1, doc.getNumberOfPages()));
            Matcher m = CODE.matcher(stripper.getText(doc));
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
