package id.kalbarprov.loket.documents;

import id.kalbarprov.loket.core.letters.Letterhead;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The kop (letterhead) in the Tata Naskah Dinas layout, shared by letters and reports: the emblem
 * slot (an outline where the printed stationery's emblem goes), government and agency centred beside
 * it, address and contact lines, and the thick-thin double rule under it.
 */
final class Kop {

    private static final float MM = LetterPdf.MM;

    private Kop() {
    }

    /** Draws the kop from {@code top} between {@code left} and {@code right}; returns the y under the rule. */
    static float draw(PDPageContentStream cs, PDType0Font regular, PDType0Font bold, Letterhead h, float left,
                      float right, float top) throws IOException {
        float ew = 20 * MM;
        float eh = 24 * MM;
        float ex = left - 8 * MM;
        float ey = top - eh;
        cs.setStrokingColor(0.55f, 0.55f, 0.55f);
        cs.setLineWidth(0.8f);
        cs.moveTo(ex, ey + eh);
        cs.lineTo(ex + ew, ey + eh);
        cs.lineTo(ex + ew, ey + eh * 0.35f);
        cs.curveTo(ex + ew, ey + eh * 0.12f, ex + ew * 0.62f, ey + eh * 0.04f, ex + ew / 2, ey);
        cs.curveTo(ex + ew * 0.38f, ey + eh * 0.04f, ex, ey + eh * 0.12f, ex, ey + eh * 0.35f);
        cs.closePath();
        cs.stroke();
        cs.setStrokingColor(0f, 0f, 0f);

        float textLeft = ex + ew + 4 * MM;
        float textWidth = right - textLeft;
        float center = textLeft + textWidth / 2;
        float y = top - 13;
        centered(cs, regular, 14, center, y, h.government());
        y -= 18;
        centered(cs, bold, 16, center, y, h.agency());
        for (String line : LetterPdf.wrap(regular, 9.5f, h.address(), textWidth)) {
            y -= 11.5f;
            centered(cs, regular, 9.5f, center, y, line);
        }
        for (String line : LetterPdf.wrap(regular, 9.5f, h.contact(), textWidth)) {
            y -= 11.5f;
            centered(cs, regular, 9.5f, center, y, line);
        }
        y = Math.min(y - 6, ey - 3);
        cs.setLineWidth(2.2f);
        cs.moveTo(ex, y);
        cs.lineTo(right, y);
        cs.stroke();
        cs.setLineWidth(0.6f);
        cs.moveTo(ex, y - 3.2f);
        cs.lineTo(right, y - 3.2f);
        cs.stroke();
        return y - 3.2f;
    }

    static void centered(PDPageContentStream cs, PDType0Font font, float size, float center, float y, String s)
            throws IOException {
        float w = LetterPdf.textWidth(font, size, s);
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(center - w / 2, y);
        cs.showText(LetterPdf.printable(font, s));
        cs.endText();
    }
}
