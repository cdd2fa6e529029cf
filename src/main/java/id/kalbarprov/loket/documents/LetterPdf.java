package id.kalbarprov.loket.documents;

import id.kalbarprov.loket.core.letters.LetterContent;
import id.kalbarprov.loket.core.letters.LetterRenderer;
import id.kalbarprov.loket.core.letters.Letterhead;
import id.kalbarprov.loket.core.letters.Signer;
import id.kalbarprov.loket.core.text.IndonesianDates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a confirmation letter as PDF/A-2b with PDFBox, in the Tata Naskah Dinas layout:
 * kop with the emblem slot and a double rule, place and date on the line of the number,
 * Nomor/Sifat/Lampiran/Hal, Yth. and "di -", the body, the signature block and Tembusan. Text
 * that does not fit continues on the next page under a short header with the page number.
 * Fonts (Liberation Serif) are embedded; the document ID and dates derive from the letter, so
 * the same letter always gives the same bytes.
 */
public final class LetterPdf implements LetterRenderer {

    static final float MM = 72f / 25.4f;
    private static final float LEFT = 30 * MM;
    private static final float RIGHT = 20 * MM;
    private static final float TOP = 12 * MM;
    private static final float BOTTOM = 20 * MM;
    private static final float SIZE = 12f;
    private static final float LEADING = 14.5f;
    private static final float LABEL_COLON = 22 * MM;
    private static final float LABEL_VALUE = 25 * MM;
    private static final float PARA_INDENT = 12.5f * MM;
    private static final float SIGN_SPACE = 24 * MM;

    /**
     * Fonts, read at the first letter or report rather than when the app wires its services at start-up
     * (the sRGB profile, which loads Java2D's colour management, waits in {@link PdfA} likewise).
     */
    static final class Assets {
        static final byte[] REGULAR = resource("/fonts/LiberationSerif-Regular.ttf");
        static final byte[] BOLD = resource("/fonts/LiberationSerif-Bold.ttf");

        private Assets() {
        }
    }

    @Override
    public Rendered render(LetterContent c) {
        try (PDDocument doc = new PDDocument()) {
            Writer w = new Writer(doc, c);
            w.letter();
            w.close();
            archival(doc, c);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return new Rendered(out.toByteArray(), doc.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render letter " + c.number(), e);
        }
    }

    /** PDF/A-2b identification, fixed dates (the letter's date, 08:00) and ID, the sRGB output intent. */
    private static void archival(PDDocument doc, LetterContent c) throws IOException {
        PdfA.identify(doc, "Surat Nomor " + c.number(), titleCase(c.letterhead().agency()), c.subject(),
                c.date().atTime(8, 0), documentId(c),
                c.verificationCode() == null ? null : VerificationCodes.LABEL + c.verificationCode());
    }

    /** The first 16 bytes of SHA-256 over the letter's number and date: fixed for the letter. */
    static byte[] documentId(LetterContent c) {
        return PdfA.documentId((c.number() + "|" + c.date()));
    }

    /** Lays the letter out page by page. */
    private static final class Writer {
        private final PDDocument doc;
        private final LetterContent c;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private final PDRectangle size;
        private final float width;
        private PDPageContentStream cs;
        private float y;
        private int pageNo;

        Writer(PDDocument doc, LetterContent c) throws IOException {
            this.doc = doc;
            this.c = c;
            this.regular = PDType0Font.load(doc, new ByteArrayInputStream(Assets.REGULAR), true);
            this.bold = PDType0Font.load(doc, new ByteArrayInputStream(Assets.BOLD), true);
            this.size = new PDRectangle((float) (c.paper().widthMm() * MM), (float) (c.paper().heightMm() * MM));
            this.width = size.getWidth() - LEFT - RIGHT;
        }

        void letter() throws IOException {
            newPage();
            kop();
            header();
            addressee();
            for (String p : c.paragraphs()) {
                paragraph(p);
            }
            signature();
            tembusan();
            verification();
        }

        /**
         * An issued letter's QR code and verification code (issue 14) in the bottom margin of its last
         * page, under everything else: "Kode verifikasi: ABCDE-FGHJK" and how to check it.
         */
        private void verification() throws IOException {
            if (c.verificationCode() == null) {
                return;
            }
            float side = 17 * MM;
            float bottom = 3 * MM;
            QrCode.draw(cs, c.verificationQr(), LEFT - 2 * MM, bottom, side);
            float x = LEFT + side + 1 * MM;
            text(regular, 8.5f, x, bottom + side - 7, VerificationCodes.LABEL + c.verificationCode());
            List<String> lines = wrap(regular, 7.5f, "Keaslian surat ini dapat diperiksa di "
                    + titleCase(c.letterhead().agency()) + " (menu Verifikasi surat) dengan kode di atas "
                    + "atau dengan memindai kode QR.", right() - x);
            float ly = bottom + side - 17;
            for (String line : lines) {
                text(regular, 7.5f, x, ly, line);
                ly -= 9;
            }
        }

        void close() throws IOException {
            if (cs != null) {
                cs.close();
            }
        }

        private float right() {
            return size.getWidth() - RIGHT;
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(size);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            pageNo++;
            y = size.getHeight() - TOP;
            if (pageNo > 1) {
                // Short repeated header: page number, and which letter this page continues.
                String no = "- " + pageNo + " -";
                y -= 10;
                text(regular, 11, (size.getWidth() - textWidth(regular, 11, no)) / 2, y, no);
                y -= 16;
                String cont = "Lanjutan surat Nomor " + c.number() + " tanggal " + IndonesianDates.longDate(c.date());
                String withSubject = cont + " hal " + c.subject();
                text(regular, 9.5f, LEFT, y, textWidth(regular, 9.5f, withSubject) <= width ? withSubject
                        : wrap(regular, 9.5f, cont, width).get(0));
                y -= 5;
                cs.setLineWidth(0.5f);
                cs.moveTo(LEFT, y);
                cs.lineTo(right(), y);
                cs.stroke();
                y -= 18;
            }
        }

        /** Breaks the page when {@code height} does not fit below the cursor. */
        private void ensure(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        private void kop() throws IOException {
            y = Kop.draw(doc, cs, regular, bold, c.letterhead(), LEFT, right(), y) - 22;
        }

        private void header() throws IOException {
            String placeDate = IndonesianDates.placeAndDate(c.place(), c.date());
            float dateWidth = textWidth(regular, SIZE, placeDate);
            text(regular, SIZE, right() - dateWidth, y, placeDate);
            labelled("Nomor", c.number(), width - LABEL_VALUE - dateWidth - 6 * MM);
            labelled("Sifat", c.sifat(), width - LABEL_VALUE);
            labelled("Lampiran", c.lampiran(), width - LABEL_VALUE);
            labelled("Hal", c.subject(), (width - LABEL_VALUE) * 0.7f);
            y -= LEADING;
        }

        private void labelled(String label, String value, float valueWidth) throws IOException {
            List<String> lines = wrap(regular, SIZE, value, valueWidth);
            ensure(LEADING * lines.size());
            text(regular, SIZE, LEFT, y, label);
            text(regular, SIZE, LEFT + LABEL_COLON, y, ":");
            for (String line : lines) {
                text(regular, SIZE, LEFT + LABEL_VALUE, y, line);
                y -= LEADING;
            }
        }

        private void addressee() throws IOException {
            float blockWidth = width * 0.75f;
            float indent = textWidth(regular, SIZE, "Yth. ");
            List<String> lines = wrap(regular, SIZE, c.addressee(), blockWidth - indent);
            // a person's postal address (complaint replies) may need more than one line
            List<String> place = wrap(regular, SIZE, c.addresseePlace(), blockWidth - 10 * MM);
            ensure(LEADING * (lines.size() + place.size() + 2));
            text(regular, SIZE, LEFT, y, "Yth.");
            for (String line : lines) {
                text(regular, SIZE, LEFT + indent, y, line);
                y -= LEADING;
            }
            text(regular, SIZE, LEFT, y, "di -");
            y -= LEADING;
            for (String line : place) {
                text(regular, SIZE, LEFT + 10 * MM, y, line);
                y -= LEADING;
            }
            y -= LEADING;
        }

        private void paragraph(String p) throws IOException {
            List<String> lines = p.lines().toList();
            boolean list = lines.stream().anyMatch(l -> l.strip().matches("^(\\d+[.)]|[-•]).*"));
            if (!list) {
                justified(String.join(" ", lines.stream().map(String::strip).toList()));
            } else {
                for (String line : lines) {
                    listItem(line.strip());
                }
            }
            y -= 6;
        }

        private void justified(String text) throws IOException {
            List<String> lines = wrapFirstIndent(regular, SIZE, text, width, PARA_INDENT);
            for (int i = 0; i < lines.size(); i++) {
                ensure(LEADING);
                float x = LEFT + (i == 0 ? PARA_INDENT : 0);
                float w = width - (i == 0 ? PARA_INDENT : 0);
                if (i == lines.size() - 1) {
                    text(regular, SIZE, x, y, lines.get(i));
                } else {
                    spread(lines.get(i), x, w);
                }
                y -= LEADING;
            }
        }

        /** Draws the words of a line so that it fills {@code w} exactly. */
        private void spread(String line, float x, float w) throws IOException {
            String[] words = line.split(" ");
            if (words.length < 2) {
                text(regular, SIZE, x, y, line);
                return;
            }
            float used = 0;
            for (String word : words) {
                used += textWidth(regular, SIZE, word);
            }
            float gap = (w - used) / (words.length - 1);
            float space = textWidth(regular, SIZE, " ");
            if (gap > space * 3) {
                text(regular, SIZE, x, y, line);
                return;
            }
            for (String word : words) {
                text(regular, SIZE, x, y, word);
                x += textWidth(regular, SIZE, word) + gap;
            }
        }

        private void listItem(String line) throws IOException {
            String marker = "";
            String rest = line;
            var m = java.util.regex.Pattern.compile("^(\\d+[.)]|[-•])\\s*(.*)$").matcher(line);
            if (m.matches()) {
                marker = m.group(1);
                rest = m.group(2);
            }
            float markerX = LEFT + PARA_INDENT;
            float textX = markerX + (marker.isEmpty() ? 0 : 8 * MM);
            List<String> lines = wrap(regular, SIZE, rest, right() - textX);
            for (int i = 0; i < lines.size(); i++) {
                ensure(LEADING);
                if (i == 0 && !marker.isEmpty()) {
                    text(regular, SIZE, markerX, y, marker);
                }
                text(regular, SIZE, textX, y, lines.get(i));
                y -= LEADING;
            }
        }

        private void signature() throws IOException {
            Signer s = c.signer();
            float blockLeft = LEFT + width * 0.48f;
            float blockWidth = right() - blockLeft;
            float center = blockLeft + blockWidth / 2;
            List<String> title = wrap(regular, SIZE, s.title() + ",", blockWidth);
            float height = LEADING * (title.size() + 3) + SIGN_SPACE + 12;
            y -= 12;
            ensure(height);
            for (String line : title) {
                centered(regular, SIZE, center, y, line);
                y -= LEADING;
            }
            y -= SIGN_SPACE;
            float nameWidth = textWidth(bold, SIZE, s.name());
            centered(bold, SIZE, center, y, s.name());
            cs.setLineWidth(0.6f);
            cs.moveTo(center - nameWidth / 2, y - 1.8f);
            cs.lineTo(center + nameWidth / 2, y - 1.8f);
            cs.stroke();
            y -= LEADING;
            centered(regular, SIZE, center, y, s.rank());
            y -= LEADING;
            centered(regular, SIZE, center, y, s.numberLine());
            y -= LEADING * 2;
        }

        private void tembusan() throws IOException {
            if (c.tembusan().isEmpty()) {
                return;
            }
            float small = 11f;
            float leading = 13f;
            ensure(leading * 2);
            text(regular, small, LEFT, y, "Tembusan:");
            y -= leading;
            int n = c.tembusan().size();
            for (int i = 0; i < n; i++) {
                String marker = n > 1 ? (i + 1) + "." : "";
                float textX = LEFT + (marker.isEmpty() ? 0 : 6 * MM);
                String item = c.tembusan().get(i).strip() + (i < n - 1 ? ";" : ".");
                for (String line : wrap(regular, small, item, right() - textX)) {
                    ensure(leading);
                    if (!marker.isEmpty()) {
                        text(regular, small, LEFT, y, marker);
                        marker = "";
                    }
                    text(regular, small, textX, y, line);
                    y -= leading;
                }
            }
        }

        private void centered(PDType0Font font, float fontSize, float center, float at, String s) throws IOException {
            text(font, fontSize, center - textWidth(font, fontSize, s) / 2, at, s);
        }

        private void text(PDType0Font font, float fontSize, float x, float at, String s) throws IOException {
            show(cs, font, fontSize, x, at, s);
        }
    }

    /**
     * Writes one line of {@code s} at ({@code x}, {@code y}); characters the font has no glyph for (an
     * emoji pasted from a chat) are left out rather than failing the whole document.
     */
    static void show(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(printable(font, s));
        cs.endText();
    }

    static float textWidth(PDType0Font font, float fontSize, String s) throws IOException {
        return font.getStringWidth(printable(font, s)) / 1000f * fontSize;
    }

    /** Greedy word wrap; a word longer than the width is broken. */
    static List<String> wrap(PDType0Font font, float fontSize, String text, float width) throws IOException {
        return wrapFirstIndent(font, fontSize, text, width, 0);
    }

    static List<String> wrapFirstIndent(PDType0Font font, float fontSize, String text, float width, float indent)
            throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float avail = width - indent;
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (textWidth(font, fontSize, candidate) <= avail) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                avail = width;
                line.setLength(0);
            }
            String w = word;
            while (textWidth(font, fontSize, w) > avail) {
                int cut = longestFitting(font, fontSize, w, avail);
                lines.add(w.substring(0, cut));
                avail = width;
                w = w.substring(cut);
            }
            line.append(w);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The length of the longest start of {@code w} (at least one character, never half a surrogate
     * pair) that fits in {@code avail}. A binary search: a pasted 4,000-character "word" used to take
     * seconds to break when every shorter start was measured in turn.
     */
    static int longestFitting(PDType0Font font, float fontSize, String w, float avail) throws IOException {
        int lo = 1;
        int hi = w.length() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (textWidth(font, fontSize, w.substring(0, mid)) <= avail) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int cut = Math.max(1, lo);
        if (cut < w.length() && Character.isHighSurrogate(w.charAt(cut - 1)) && cut > 1) {
            cut--;
        }
        return cut;
    }

    /** {@code s} without characters the font cannot show (replaced by "?"), tabs as spaces. */
    static String printable(PDType0Font font, String s) {
        String t = s.replace('\t', ' ').replace('\u00A0', ' ');
        try {
            font.encode(t);
            return t;
        } catch (IOException | IllegalArgumentException e) {
            StringBuilder b = new StringBuilder();
            t.codePoints().forEach(cp -> {
                String one = new String(Character.toChars(cp));
                try {
                    font.encode(one);
                    b.append(one);
                } catch (IOException | IllegalArgumentException ex) {
                    b.append('?');
                }
            });
            return b.toString();
        }
    }

    /** "Dinas Komunikasi dan Informatika" from "DINAS KOMUNIKASI DAN INFORMATIKA". */
    static String titleCase(String upper) {
        StringBuilder b = new StringBuilder();
        for (String w : upper.toLowerCase(Locale.ROOT).split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w.equals("dan") || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }

    private static byte[] resource(String name) {
        try (InputStream in = LetterPdf.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
