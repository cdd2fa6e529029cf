package id.kalbarprov.loket.documents;

import id.kalbarprov.loket.core.letters.Letterhead;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The kop (letterhead) in the Tata Naskah Dinas layout, shared by letters and reports: the office's
 * emblem (or, by default, a neutral outline where the printed stationery's emblem goes), government and agency centred beside
 * it, address and contact lines, and the thick-thin double rule under it.
 */
final class Kop {

    private static final float MM = LetterPdf.MM;

    private Kop() {
    }

    /** Draws the kop from {@code top} between {@code left} and {@code right}; returns the y under the rule. */
    static float draw(PDDocument doc, PDPageContentStream cs, PDType0Font regular, PDType0Font bold, Letterhead h,
                      float left, float right, float top) throws IOException {
        float ew = 20 * MM;
        float eh = 24 * MM;
        float ex = left - 8 * MM;
        float ey = top - eh;
        if (h.emblem() == null || !emblem(doc, cs, h.emblem(), ex, ey, ew, eh)) {
            outline(cs, ex, ey, ew, eh);
        }

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

    /** The neutral emblem: a shield's outline where the printed stationery's emblem goes. */
    private static void outline(PDPageContentStream cs, float ex, float ey, float ew, float eh) throws IOException {
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
    }

    /**
     * The office's emblem fitted into the slot, centred, its proportions kept. It is decoded and drawn
     * as an opaque RGB image on white (a PNG's transparency flattened), so the letter stays plain PDF/A.
     */
    private static boolean emblem(PDDocument doc, PDPageContentStream cs, byte[] bytes, float ex, float ey, float ew,
                                  float eh) throws IOException {
        BufferedImage img;
        try {
            img = decode(bytes);
        } catch (IOException | RuntimeException unreadable) {
            // checked when it was chosen; should it still not decode, the letter goes out with the outline
            org.slf4j.LoggerFactory.getLogger(Kop.class).warn("Lambang kantor tidak terbaca, kop memakai garis tepi: {}",
                    unreadable.toString());
            return false;
        }
        float scale = Math.min(ew / img.getWidth(), eh / img.getHeight());
        float w = img.getWidth() * scale;
        float hgt = img.getHeight() * scale;
        PDImageXObject x = LosslessFactory.createFromImage(doc, img);
        cs.drawImage(x, ex + (ew - w) / 2, ey + (eh - hgt) / 2, w, hgt);
        return true;
    }

    /** The emblem as an opaque RGB picture; an IOException when the bytes are no readable PNG or JPEG. */
    static BufferedImage decode(byte[] bytes) throws IOException {
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(bytes));
        if (read == null) {
            throw new IOException("emblem: not a readable PNG or JPEG");
        }
        BufferedImage rgb = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(read, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    static void centered(PDPageContentStream cs, PDType0Font font, float size, float center, float y, String s)
            throws IOException {
        float w = LetterPdf.textWidth(font, size, s);
        LetterPdf.show(cs, font, size, center - w / 2, y, s);
    }
}
