package id.kalbarprov.loket.documents;

import id.kalbarprov.loket.core.register.AgendaBookExport;
import id.kalbarprov.loket.core.register.LetterRow;
import id.kalbarprov.loket.core.text.IndonesianDates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The Buku Agenda of a period as PDF/A-2b on landscape A4: the letterhead (the office's Kop) on the
 * first page, the title and period, then the columns of the paper agenda book (No., No. Agenda, Tanggal
 * Terima, Nomor Surat, Tanggal Surat, Asal Surat, Perihal, Layanan, Status), the head repeated on
 * every page, and "Halaman n dari m" in each footer. The same book and moment give the same bytes.
 */
public final class AgendaBookPdf implements AgendaBookExport.Renderer {

    private final PaperTexts t = new PaperTexts();

    @Override
    public byte[] render(AgendaBookExport.Book book) {
        String period = t.t("agendaBook.period", IndonesianDates.longDate(book.from()), IndonesianDates.longDate(book.to()));
        try (PDDocument doc = new PDDocument()) {
            try (ReportPage p = new ReportPage(doc, LetterPdf.Assets.REGULAR, LetterPdf.Assets.BOLD)) {
                p.y = Kop.draw(doc, p.cs, p.regular, p.bold, book.letterhead(), ReportPage.LEFT, ReportPage.RIGHT, p.y) - 18;
                float center = ReportPage.LEFT + ReportPage.WIDTH / 2;
                p.centered(p.bold, 13, center, p.y, t.t("agendaBook.title").toUpperCase(Locale.ROOT));
                p.y -= 15;
                p.centered(p.regular, 10.5f, center, p.y, period);
                p.y -= 13;
                p.centered(p.regular, 9, center, p.y, book.rows().isEmpty() ? t.t("agendaBook.none")
                        : t.t("agendaBook.count", book.rows().size()));
                p.gap(12);
                PdfTable.Builder b = PdfTable.builder()
                        .number(t.t("agendaBook.col.no"), 11)
                        .text(t.t("agendaBook.col.agenda"), 27)
                        .text(t.t("agendaBook.col.received"), 23)
                        .text(t.t("agendaBook.col.number"), 37)
                        .text(t.t("agendaBook.col.letterDate"), 20)
                        .text(t.t("agendaBook.col.agency"), 38)
                        .text(t.t("agendaBook.col.subject"), 58)
                        .text(t.t("agendaBook.col.service"), 29)
                        .text(t.t("agendaBook.col.state"), 19);
                int n = 1;
                for (LetterRow r : book.rows()) {
                    b.row(java.util.List.of(String.valueOf(n++), r.agendaNumber(), IndonesianDates.shortDateTime(r.receivedAt()),
                            nz(r.letterNumber()), r.letterDate() == null ? "" : IndonesianDates.shortDate(r.letterDate()),
                            nz(r.agency()), nz(r.subject()), nz(r.service()), book.stateName().apply(r.state())));
                }
                p.table(b.build(), 8);
                p.footers(t.t("agendaBook.footer", period, IndonesianDates.shortDateTime(book.madeAt())),
                        (i, m) -> t.t("agendaBook.page", i, m));
            }
            PdfA.identify(doc, t.t("agendaBook.title") + " " + period, LetterPdf.titleCase(book.letterhead().agency()),
                    period, book.madeAt(), documentId(book));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the agenda book " + book.from() + ".." + book.to(), e);
        }
    }

    /** A request state in the words of the screens (bundle {@code i18n/common}, Indonesian): for commands. */
    public static String stateName(id.kalbarprov.loket.core.request.RequestState s) {
        return java.util.ResourceBundle.getBundle("i18n/common", Locale.forLanguageTag("id"),
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("state." + s.name());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static byte[] documentId(AgendaBookExport.Book b) {
        return PdfA.documentId(("buku-agenda|" + b.from() + "|" + b.to() + "|" + b.madeAt() + "|" + b.rows().size()));
    }
}
