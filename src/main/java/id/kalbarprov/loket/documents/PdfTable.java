package id.kalbarprov.loket.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * A table for {@link ReportPdf}: column heads and widths, text rows (numbers right-aligned), bold rows
 * (totals). Only data: the report lays it out and breaks pages, repeating the head.
 */
record PdfTable(List<Column> columns, List<List<String>> rows, List<Boolean> bold) {

    /** {@code width} in millimetres; {@code number}: right-aligned. */
    record Column(String head, float width, boolean number) {
    }

    PdfTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        bold = List.copyOf(bold);
    }

    static Builder builder() {
        return new Builder();
    }

    static final class Builder {
        private final List<Column> columns = new ArrayList<>();
        private final List<List<String>> rows = new ArrayList<>();
        private final List<Boolean> bold = new ArrayList<>();

        Builder text(String head, float widthMm) {
            columns.add(new Column(head, widthMm, false));
            return this;
        }

        Builder number(String head, float widthMm) {
            columns.add(new Column(head, widthMm, true));
            return this;
        }

        Builder row(List<String> cells) {
            return row(cells, false);
        }

        Builder row(List<String> cells, boolean strong) {
            if (cells.size() != columns.size()) {
                throw new IllegalArgumentException(cells.size() + " cells for " + columns.size() + " columns");
            }
            rows.add(List.copyOf(cells));
            bold.add(strong);
            return this;
        }

        PdfTable build() {
            return new PdfTable(columns, rows, bold);
        }
    }
}
