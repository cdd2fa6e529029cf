package id.kalbarprov.loket.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays a report out on landscape A4 pages, top to bottom: text, wrapped paragraphs, tables (the head
 * repeated after a page break), and room for charts; footers are drawn last, when the page count is
 * known. The fonts are the letters' (Liberation Serif, embedded).
 */
final class ReportPage implements AutoCloseable {

    static final float MM = LetterPdf.MM;
    static final PDRectangle SIZE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float LEFT = 20 * MM;
    static final float RIGHT = SIZE.getWidth() - 15 * MM;
    static final float TOP = SIZE.getHeight() - 12 * MM;
    static final float BOTTOM = 16 * MM;
    static final float WIDTH = RIGHT - LEFT;

    private static final float CELL_PAD = 2.2f;

    final PDDocument doc;
    final PDType0Font regular;
    final PDType0Font bold;
    private final List<PDPage> pages = new ArrayList<>();
    PDPageContentStream cs;
    float y;

    ReportPage(PDDocument doc, byte[] regularFont, byte[] boldFont) throws IOException {
        this.doc = doc;
        this.regular = PDType0Font.load(doc, new ByteArrayInputStream(regularFont), true);
        this.bold = PDType0Font.load(doc, new ByteArrayInputStream(boldFont), true);
        newPage();
    }

    void newPage() throws IOException {
        close();
        PDPage page = new PDPage(SIZE);
        doc.addPage(page);
        pages.add(page);
        cs = new PDPageContentStream(doc, page);
        y = TOP;
    }

    /** Starts a new page unless {@code height} points fit below the cursor. */
    void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    float remaining() {
        return y - BOTTOM;
    }

    void text(PDType0Font font, float size, float x, float at, String s) throws IOException {
        LetterPdf.show(cs, font, size, x, at, s);
    }

    float width(PDType0Font font, float size, String s) throws IOException {
        return LetterPdf.textWidth(font, size, s);
    }

    void centered(PDType0Font font, float size, float center, float at, String s) throws IOException {
        text(font, size, center - width(font, size, s) / 2, at, s);
    }

    /** A wrapped paragraph across the page (or from {@code x} over {@code w}). */
    void paragraph(PDType0Font font, float size, String s, float x, float w) throws IOException {
        float leading = size * 1.25f;
        for (String line : LetterPdf.wrap(font, size, s, w)) {
            ensure(leading);
            y -= leading;
            text(font, size, x, y, line);
        }
    }

    void paragraph(PDType0Font font, float size, String s) throws IOException {
        paragraph(font, size, s, LEFT, WIDTH);
    }

    void gap(float points) {
        y -= points;
    }

    /** Draws {@code t} from the cursor down, breaking pages between rows and repeating the head. */
    void table(PdfTable given, float fontSize) throws IOException {
        float headSize = fontSize - 1;
        PdfTable t = unbroken(given, headSize);
        List<List<String>> head = new ArrayList<>();
        for (PdfTable.Column c : t.columns()) {
            head.add(LetterPdf.wrap(bold, headSize, c.head(), c.width() * MM - 2 * CELL_PAD));
        }
        int headLines = head.stream().mapToInt(List::size).max().orElse(1);
        float headHeight = headLines * headSize * 1.15f + 2 * CELL_PAD;
        float leading = fontSize * 1.2f;
        ensure(headHeight + leading + 2 * CELL_PAD);
        head(t, head, headSize, headHeight);
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            PDType0Font font = t.bold().get(r) ? bold : regular;
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < row.size(); c++) {
                PdfTable.Column col = t.columns().get(c);
                List<String> wrapped = col.number() ? List.of(row.get(c))
                        : LetterPdf.wrap(font, fontSize, row.get(c), col.width() * MM - 2 * CELL_PAD);
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            float h = lines * leading + 2 * CELL_PAD;
            if (y - h < BOTTOM) {
                newPage();
                head(t, head, headSize, headHeight);
            }
            float x = LEFT;
            for (int c = 0; c < cells.size(); c++) {
                PdfTable.Column col = t.columns().get(c);
                float w = col.width() * MM;
                float ty = y - CELL_PAD - fontSize;
                for (String line : cells.get(c)) {
                    float tx = col.number() ? x + w - CELL_PAD - width(font, fontSize, line) : x + CELL_PAD;
                    text(font, fontSize, tx, ty, line);
                    ty -= leading;
                }
                x += w;
            }
            grid(t, y, h);
            y -= h;
        }
    }

    /**
     * {@code t} with every column at least as wide as the longest word of its head, so no head word is
     * split ("Dikembalika / n"); what the widened columns take comes off the first text column.
     */
    PdfTable unbroken(PdfTable t, float headSize) throws IOException {
        List<PdfTable.Column> cols = new ArrayList<>(t.columns());
        float extra = 0;
        int text = -1;
        for (int i = 0; i < cols.size(); i++) {
            PdfTable.Column c = cols.get(i);
            if (text < 0 && !c.number()) {
                text = i;
            }
            float need = (widestWord(c.head(), headSize) + 2 * CELL_PAD) / MM + 0.3f;
            if (c.width() < need) {
                extra += need - c.width();
                cols.set(i, new PdfTable.Column(c.head(), need, c.number()));
            }
        }
        if (extra > 0 && text >= 0) {
            PdfTable.Column c = cols.get(text);
            float floor = (widestWord(c.head(), headSize) + 2 * CELL_PAD) / MM + 0.3f;
            cols.set(text, new PdfTable.Column(c.head(), Math.max(floor, c.width() - extra), c.number()));
        }
        return new PdfTable(cols, t.rows(), t.bold());
    }

    private float widestWord(String s, float size) throws IOException {
        float max = 0;
        for (String w : s.strip().split("\\s+")) {
            max = Math.max(max, width(bold, size, w));
        }
        return max;
    }

    private void head(PdfTable t, List<List<String>> head, float size, float h) throws IOException {
        float x = LEFT;
        float total = 0;
        for (PdfTable.Column c : t.columns()) {
            total += c.width() * MM;
        }
        cs.setNonStrokingColor(0.87f, 0.91f, 0.96f);
        cs.addRect(LEFT, y - h, total, h);
        cs.fill();
        cs.setNonStrokingColor(0f, 0f, 0f);
        for (int c = 0; c < head.size(); c++) {
            float w = t.columns().get(c).width() * MM;
            float ty = y - CELL_PAD - size;
            for (String line : head.get(c)) {
                centered(bold, size, x + w / 2, ty, line);
                ty -= size * 1.15f;
            }
            x += w;
        }
        grid(t, y, h);
        y -= h;
    }

    private void grid(PdfTable t, float top, float h) throws IOException {
        cs.setLineWidth(0.4f);
        cs.setStrokingColor(0.45f, 0.45f, 0.45f);
        float x = LEFT;
        for (PdfTable.Column c : t.columns()) {
            x += c.width() * MM;
            cs.moveTo(x, top);
            cs.lineTo(x, top - h);
        }
        cs.moveTo(LEFT, top);
        cs.lineTo(x, top);
        cs.moveTo(LEFT, top - h);
        cs.lineTo(x, top - h);
        cs.moveTo(LEFT, top);
        cs.lineTo(LEFT, top - h);
        cs.stroke();
        cs.setStrokingColor(0f, 0f, 0f);
    }

    /** Writes {@code left} and "page n of m" at the foot of every page. */
    void footers(String left, java.util.function.BiFunction<Integer, Integer, String> pageOf) throws IOException {
        close();
        int n = pages.size();
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream f = new PDPageContentStream(doc, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                float at = 9 * MM;
                f.setLineWidth(0.4f);
                f.moveTo(LEFT, at + 9);
                f.lineTo(RIGHT, at + 9);
                f.stroke();
                String right = pageOf.apply(i + 1, n);
                float rw = width(regular, 7.5f, right);
                String l = left;
                while (width(regular, 7.5f, l) > WIDTH - rw - 10 && l.length() > 10) {
                    l = l.substring(0, l.length() - 2);
                }
                for (String[] part : new String[][]{{l, String.valueOf(LEFT)}, {right, String.valueOf(RIGHT - rw)}}) {
                    LetterPdf.show(f, regular, 7.5f, Float.parseFloat(part[1]), at, part[0]);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }
}
