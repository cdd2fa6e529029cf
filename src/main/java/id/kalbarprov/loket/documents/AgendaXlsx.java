package id.kalbarprov.loket.documents;

import id.kalbarprov.loket.core.agendaimport.AgendaBook;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an agenda book in XLSX as lines of text cells (fastexcel-reader): a number cell in
 * a date format (or any number in a date column, Excel's day count) becomes dd-mm-yyyy, other numbers
 * plain ("12", not "12.0"). Line numbers are the sheet's row numbers.
 */
public final class AgendaXlsx {

    private AgendaXlsx() {
    }

    public static List<AgendaBook.Line> lines(InputStream in) throws IOException {
        List<AgendaBook.Line> lines = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<Row> rows = wb.getFirstSheet().read();
            for (Row r : rows) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    cells.add(text(r.getCell(i)));
                }
                lines.add(new AgendaBook.Line(r.getRowNum(), cells));
            }
        }
        return lines;
    }

    private static String text(Cell c) {
        if (c == null || c.getType() == CellType.EMPTY) {
            return "";
        }
        if (c.getType() == CellType.NUMBER) {
            String format = c.getDataFormatString() == null ? "" : c.getDataFormatString().toLowerCase();
            BigDecimal n = c.asNumber();
            if (format.contains("d") && format.contains("y") || format.contains("m") && format.contains("y")) {
                LocalDate d = LocalDate.of(1899, 12, 30).plusDays(n.longValue());
                return String.format("%02d-%02d-%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
            }
            return n.stripTrailingZeros().toPlainString();
        }
        String t = c.getText();
        return t == null ? "" : t;
    }
}
