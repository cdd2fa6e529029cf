package id.kalbarprov.loket.documents;

import id.kalbarprov.loket.core.register.LetterRow;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The Buku Agenda of a period as one XLSX sheet, the columns of the paper book, dates as dates. */
public final class AgendaBookXlsx implements id.kalbarprov.loket.core.register.AgendaBookExport.Renderer {

    private static final String[] HEAD = {"No. Agenda", "Tanggal Terima", "Nomor Surat", "Tanggal Surat", "Asal Surat",
        "Perihal", "Layanan", "Status"};

    @Override
    public byte[] render(id.kalbarprov.loket.core.register.AgendaBookExport.Book book) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64 * 1024);
        try {
            write(book.rows(), book.from(), book.to(), r -> book.stateName().apply(r.state()), out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes {@code rows} (in the order given) for {@code from}..{@code to}; {@code state} names a row's state. */
    public static void write(List<LetterRow> rows, LocalDate from, LocalDate to,
                             java.util.function.Function<LetterRow, String> state, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Loket", "1.0");
        Worksheet ws = wb.newWorksheet("Buku Agenda");
        ws.value(0, 0, "Buku Agenda Surat Masuk " + id.kalbarprov.loket.core.text.IndonesianDates.longDate(from) + " s.d. "
                + id.kalbarprov.loket.core.text.IndonesianDates.longDate(to));
        ws.style(0, 0).bold().set();
        for (int c = 0; c < HEAD.length; c++) {
            ws.value(2, c, HEAD[c]);
            ws.style(2, c).bold().fillColor("DDDDDD").set();
        }
        int r = 3;
        for (LetterRow row : rows) {
            ws.value(r, 0, row.agendaNumber());
            ws.value(r, 1, row.receivedAt());
            ws.style(r, 1).format("dd-mm-yyyy hh:mm").set();
            ws.value(r, 2, row.letterNumber());
            ws.value(r, 3, row.letterDate());
            ws.style(r, 3).format("dd-mm-yyyy").set();
            ws.value(r, 4, row.agency());
            ws.value(r, 5, row.subject());
            ws.value(r, 6, row.service());
            ws.value(r, 7, state.apply(row));
            r++;
        }
        double[] widths = {16, 17, 24, 13, 18, 60, 32, 22};
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
        wb.finish();
    }
}
