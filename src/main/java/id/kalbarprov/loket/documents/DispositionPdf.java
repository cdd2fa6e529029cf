package id.kalbarprov.loket.documents;

import id.kalbarprov.loket.core.receipt.DispositionRenderer;
import id.kalbarprov.loket.core.receipt.DispositionSheet;
import id.kalbarprov.loket.core.text.IndonesianDates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The lembar disposisi on one A4 page (PDF/A-2b): kop, the letter's facts in a ruled box, then two
 * columns of tick boxes (to whom, instructions), a ruled notes box, and date and signature lines for
 * the head of office to fill in by hand.
 */
public final class DispositionPdf implements DispositionRenderer {

    private static final float MM = LetterPdf.MM;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 14f;

    @Override
    public byte[] render(DispositionSheet s) {
        PDRectangle a4 = PDRectangle.A4;
        float left = 25 * MM;
        float right = a4.getWidth() - 15 * MM;
        try (PDDocument doc = new PDDocument()) {
            PDType0Font regular = PDType0Font.load(doc, new ByteArrayInputStream(LetterPdf.Assets.REGULAR), true);
            PDType0Font bold = PDType0Font.load(doc, new ByteArrayInputStream(LetterPdf.Assets.BOLD), true);
            PDPage page = new PDPage(a4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = Kop.draw(doc, cs, regular, bold, s.letterhead(), left, right, a4.getHeight() - 12 * MM) - 20;
                Kop.centered(cs, bold, 13, (left + right) / 2, y, "LEMBAR DISPOSISI");
                y -= 10;
                float boxTop = y;
                y -= LEADING;
                String[][] facts = {
                    {"Surat dari", s.agency()},
                    {"Nomor surat", s.letterNumber()},
                    {"Tanggal surat", IndonesianDates.longDate(s.letterDate())},
                    {"Diterima tanggal", IndonesianDates.longDate(s.receivedAt().toLocalDate())
                            + String.format(" pukul %02d.%02d", s.receivedAt().getHour(), s.receivedAt().getMinute())},
                    {"Nomor agenda", s.agendaNumber()},
                    {"Perihal", s.subject()},
                    {"Layanan", s.service()},
                    {"Selesai paling lambat", s.due() == null ? "dihitung setelah berkas lengkap"
                            : IndonesianDates.longDateWithDay(s.due())},
                };
                float valueX = left + 42 * MM;
                for (String[] f : facts) {
                    List<String> lines = LetterPdf.wrap(regular, SIZE, f[1], right - valueX - 3 * MM);
                    LetterPdf.show(cs, regular, SIZE, left + 3 * MM, y, f[0]);
                    LetterPdf.show(cs, regular, SIZE, valueX - 3 * MM, y, ":");
                    for (String line : lines) {
                        LetterPdf.show(cs, f[0].equals("Nomor agenda") ? bold : regular, SIZE, valueX, y, line);
                        y -= LEADING;
                    }
                }
                y += LEADING - 6;
                box(cs, left, y, right - left, boxTop - y);

                float colTop = y - 8;
                float mid = (left + right) / 2;
                y = colTop - LEADING;
                LetterPdf.show(cs, bold, SIZE, left + 3 * MM, y, "Diteruskan kepada:");
                LetterPdf.show(cs, bold, SIZE, mid + 3 * MM, y, "Dengan hormat harap:");
                float ly = y - LEADING * 1.3f;
                for (String r : s.recipients()) {
                    tick(cs, regular, left + 3 * MM, ly, r);
                    ly -= LEADING * 1.3f;
                }
                float ry = y - LEADING * 1.3f;
                for (String i : s.instructions()) {
                    tick(cs, regular, mid + 3 * MM, ry, i);
                    ry -= LEADING * 1.3f;
                }
                tick(cs, regular, left + 3 * MM, ly, "................................................");
                tick(cs, regular, mid + 3 * MM, ry, "................................................");
                y = Math.min(ly, ry) - 4;
                box(cs, left, y, mid - left, colTop - y);
                box(cs, mid, y, right - mid, colTop - y);

                float notesTop = y - 8;
                y = notesTop - LEADING;
                LetterPdf.show(cs, bold, SIZE, left + 3 * MM, y, "Catatan:");
                float notesBottom = y - 70 * MM;
                cs.setStrokingColor(0.6f, 0.6f, 0.6f);
                cs.setLineWidth(0.4f);
                for (float line = y - 9 * MM; line > notesBottom + 4 * MM; line -= 9 * MM) {
                    cs.moveTo(left + 3 * MM, line);
                    cs.lineTo(right - 3 * MM, line);
                }
                cs.stroke();
                cs.setStrokingColor(0f, 0f, 0f);
                box(cs, left, notesBottom, right - left, notesTop - notesBottom);

                y = notesBottom - LEADING * 1.5f;
                float signX = left + (right - left) * 0.55f;
                LetterPdf.show(cs, regular, SIZE, signX, y, "Tanggal: ......................................");
                y -= LEADING * 1.4f;
                LetterPdf.show(cs, regular, SIZE, signX, y, "Kepala Dinas / Pejabat yang mendisposisi,");
                y -= LEADING * 4f;
                LetterPdf.show(cs, regular, SIZE, signX, y, "(................................................)");
            }
            PdfA.identify(doc, "Lembar Disposisi " + s.agendaNumber(), LetterPdf.titleCase(s.letterhead().agency()),
                    s.subject(), s.receivedAt().withSecond(0).withNano(0), documentId(s));
            ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the disposition sheet of " + s.agendaNumber(), e);
        }
    }

    private static void tick(PDPageContentStream cs, PDType0Font font, float x, float y, String label)
            throws IOException {
        cs.setLineWidth(0.7f);
        cs.addRect(x, y - 1.5f, 9, 9);
        cs.stroke();
        LetterPdf.show(cs, font, SIZE, x + 14, y, label);
    }

    private static void box(PDPageContentStream cs, float x, float y, float w, float h) throws IOException {
        cs.setLineWidth(0.8f);
        cs.addRect(x, y, w, h);
        cs.stroke();
    }

    private static byte[] documentId(DispositionSheet s) {
        return PdfA.documentId(("disposisi|" + s.agendaNumber() + "|" + s.receivedAt()));
    }
}
