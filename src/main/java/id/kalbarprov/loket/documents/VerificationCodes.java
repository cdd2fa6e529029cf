package id.kalbarprov.loket.documents;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads the "Kode verifikasi: ABCDE-FGHJK" line from a letter's PDF (its last page). */
public final class VerificationCodes {

    private static final Pattern CODE = Pattern.compile("Kode verifikasi:\\s*([0-9A-Z]{5}-[0-9A-Z]{5})");

    private VerificationCodes() {
    }

    /** The code printed in {@code pdf}, or empty when there is none or the file does not open. */
    public static Optional<String> read(byte[] pdf) {
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
