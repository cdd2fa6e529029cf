package id.kalbarprov.loket.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * QR codes drawn as vector squares (ZXing for the encoding): sharp at any zoom and in print, no image
 * in the PDF/A, the same bytes for the same text. Error correction M, a quiet zone of 2 modules.
 */
final class QrCode {

    private QrCode() {
    }

    static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + text, e);
        }
    }

    /** Draws the code for {@code text} as a {@code side}-point square with its lower left corner at (x, y). */
    static void draw(PDPageContentStream cs, String text, float x, float y, float side) throws IOException {
        BitMatrix m = encode(text);
        float module = side / m.getWidth();
        cs.setNonStrokingColor(1f, 1f, 1f);
        cs.addRect(x, y, side, side);
        cs.fill();
        cs.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < m.getHeight(); row++) {
            int col = 0;
            while (col < m.getWidth()) {
                if (!m.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < m.getWidth() && m.get(col, row)) {
                    col++;
                }
                // a run of dark modules as one rectangle, slightly overlapping to avoid hairline gaps
                cs.addRect(x + start * module, y + side - (row + 1) * module, (col - start) * module, module + 0.05f);
            }
        }
        cs.fill();
    }
}
