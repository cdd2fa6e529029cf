package id.kalbarprov.loket.documents;

import id.kalbarprov.loket.core.receipt.Receipt;
import id.kalbarprov.loket.core.receipt.ReceiptRenderer;
import id.kalbarprov.loket.core.receipt.ReceiptSize;
import id.kalbarprov.loket.core.text.IndonesianDates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The tanda terima as a one-page PDF/A-2b, A5 or A4: kop, title, the letter's facts beside a QR code of
 * its agenda number, the file's completeness, the latest completion date in words and how to ask
 * about progress. The same receipt always gives the same bytes (dates from the letter).
 */
public final class ReceiptPdf implements ReceiptRenderer {

    private static final float MM = LetterPdf.MM;

    @Override
    public byte[] render(Receipt r) {
        boolean a5 = r.size() == ReceiptSize.A5;
        float left = (a5 ? 15 : 30) * MM;
        float rightMargin = (a5 ? 12 : 20) * MM;
        float size = a5 ? 10f : 11.5f;
        float leading = size * 1.25f;
        PDRectangle paper = new PDRectangle(r.size().widthMm() * MM, r.size().heightMm() * MM);
        try (PDDocument doc = new PDDocument()) {
            PDType0Font regular = PDType0Font.load(doc, new ByteArrayInputStream(LetterPdf.Assets.REGULAR), true);
            PDType0Font bold = PDType0Font.load(doc, new ByteArrayInputStream(LetterPdf.Assets.BOLD), true);
            PDPage page = new PDPage(paper);
            doc.addPage(page);
            float right = paper.getWidth() - rightMargin;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = (a5 ? compactKop(cs, regular, bold, r, left, right, paper.getHeight() - 10 * MM)
                        : Kop.draw(doc, cs, regular, bold, r.letterhead(), left, right, paper.getHeight() - 10 * MM)) - 18;
                String title = "TANDA TERIMA SURAT PERMOHONAN LAYANAN";
                Kop.centered(cs, bold, size + 2, (left + right) / 2, y, title);
                y -= leading * 1.8f;

                float qr = (a5 ? 30 : 36) * MM;
                float qrX = right - qr;
                QrCode.draw(cs, r.qr(), qrX, y - qr + size, qr);
                Kop.centered(cs, regular, size - 2, qrX + qr / 2, y - qr + size - 9, r.agendaNumber());

                float labelW = (a5 ? 30 : 38) * MM;
                float valueX = left + labelW;
                float narrow = qrX - 4 * MM - valueX;
                float wide = right - valueX;
                float qrBottom = y - qr - 12;
                List<String[]> rows = new ArrayList<>();
                rows.add(new String[] {"Nomor agenda", r.agendaNumber()});
                rows.add(new String[] {"Diterima", IndonesianDates.longDateWithDay(r.receivedAt().toLocalDate())
                        + String.format(" pukul %02d.%02d", r.receivedAt().getHour(), r.receivedAt().getMinute())});
                rows.add(new String[] {"Asal surat", r.agency()});
                rows.add(new String[] {"Nomor surat", r.letterNumber() + " tanggal " + IndonesianDates.longDate(r.letterDate())});
                rows.add(new String[] {"Perihal", r.subject()});
                rows.add(new String[] {"Layanan", r.service() + " (" + r.workingDays() + " hari kerja)"});
                rows.add(new String[] {"Kelengkapan", r.complete() ? "Berkas lengkap."
                        : "Berkas belum lengkap. Yang belum ada:"});
                for (String[] row : rows) {
                    float w = y > qrBottom ? narrow : wide;
                    List<String> lines = LetterPdf.wrap(regular, size, row[1], w);
                    LetterPdf.show(cs, regular, size, left, y, row[0]);
                    LetterPdf.show(cs, regular, size, valueX - 3 * MM, y, ":");
                    for (String line : lines) {
                        LetterPdf.show(cs, row[0].equals("Nomor agenda") ? bold : regular, size, valueX, y, line);
                        y -= leading;
                    }
                }
                int n = 1;
                for (String m : r.missing()) {
                    float w = (y > qrBottom ? narrow : wide) - 5 * MM;
                    List<String> lines = LetterPdf.wrap(regular, size, m, w);
                    LetterPdf.show(cs, regular, size, valueX, y, n + ".");
                    for (String line : lines) {
                        LetterPdf.show(cs, regular, size, valueX + 5 * MM, y, line);
                        y -= leading;
                    }
                    n++;
                }
                y = Math.min(y, qrBottom - 14) - leading * 0.4f;
                String when = r.due() != null && r.complete()
                        ? "Permohonan diselesaikan paling lambat " + IndonesianDates.longDateWithDay(r.due()) + "."
                        : "Jangka waktu " + r.workingDays() + " hari kerja mulai dihitung setelah berkas lengkap diterima.";
                for (String line : LetterPdf.wrap(bold, size, when, right - left)) {
                    LetterPdf.show(cs, bold, size, left, y, line);
                    y -= leading;
                }
                y -= leading * 0.4f;
                for (String line : LetterPdf.wrap(regular, size, r.progress(), right - left)) {
                    LetterPdf.show(cs, regular, size, left, y, line);
                    y -= leading;
                }
                y -= leading;
                float signX = left + (right - left) * 0.55f;
                LetterPdf.show(cs, regular, size, signX, y, IndonesianDates.placeAndDate(r.place(), r.receivedAt().toLocalDate()));
                y -= leading;
                LetterPdf.show(cs, regular, size, signX, y, "Petugas penerima,");
                y -= leading * 3.2f;
                LetterPdf.show(cs, regular, size, signX, y, r.receivedBy());
            }
            PdfA.identify(doc, "Tanda Terima " + r.agendaNumber(), LetterPdf.titleCase(r.letterhead().agency()),
                    r.subject(), r.receivedAt().withSecond(0).withNano(0), documentId(r));
            ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the receipt of " + r.agendaNumber(), e);
        }
    }

    /** The kop at A5 size: no emblem slot, smaller type, the same double rule. */
    private static float compactKop(PDPageContentStream cs, PDType0Font regular, PDType0Font bold, Receipt r,
                                    float left, float right, float top) throws IOException {
        float center = (left + right) / 2;
        float y = top - 10;
        Kop.centered(cs, regular, 10.5f, center, y, r.letterhead().government());
        y -= 13;
        Kop.centered(cs, bold, 12.5f, center, y, r.letterhead().agency());
        for (String part : new String[] {r.letterhead().address(), r.letterhead().contact()}) {
            for (String line : LetterPdf.wrap(regular, 7.5f, part == null ? "" : part, right - left)) {
                y -= 9;
                Kop.centered(cs, regular, 7.5f, center, y, line);
            }
        }
        y -= 5;
        cs.setLineWidth(1.8f);
        cs.moveTo(left, y);
        cs.lineTo(right, y);
        cs.stroke();
        cs.setLineWidth(0.5f);
        cs.moveTo(left, y - 2.6f);
        cs.lineTo(right, y - 2.6f);
        cs.stroke();
        return y - 2.6f;
    }

    private static byte[] documentId(Receipt r) {
        return PdfA.documentId(("tanda-terima|" + r.agendaNumber() + "|" + r.receivedAt()));
    }
}
