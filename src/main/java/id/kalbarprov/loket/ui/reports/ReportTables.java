package id.kalbarprov.loket.ui.reports;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The report's tables on screen: column heads that wrap onto two or three lines (so a narrow number
 * column keeps its whole name), numbers right-aligned, the total row in bold.
 */
final class ReportTables {

    /** Height of a row. */
    static final double ROW = 26;

    private ReportTables() {
    }

    static <T> TableView<T> table(String id, Function<T, Boolean> isTotal) {
        return table(id, isTotal, ROW);
    }

    /** A table whose rows are {@code rowHeight} high (two lines of text for long names). */
    static <T> TableView<T> table(String id, Function<T, Boolean> isTotal, double rowHeight) {
        TableView<T> t = new TableView<>();
        t.setId(id);
        t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        t.getStyleClass().add("report-table");
        t.setRowFactory(v -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("report-total");
                if (!empty && item != null && isTotal.apply(item)) {
                    getStyleClass().add("report-total");
                }
            }
        });
        t.setFocusTraversable(true);
        t.setFixedCellSize(rowHeight);
        return t;
    }

    static <T> TableColumn<T, String> column(String head, double width, boolean number, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>();
        Label h = new Label(head);
        h.setWrapText(true);
        h.setAlignment(Pos.CENTER);
        h.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        h.setMinHeight(javafx.scene.control.Control.USE_PREF_SIZE);
        double word = widestWord(head);
        h.setMinWidth(word + 4);
        h.prefWidthProperty().bind(c.widthProperty().subtract(14));
        h.maxWidthProperty().bind(h.prefWidthProperty());
        c.setGraphic(h);
        double w = Math.max(width, word + 26);
        if (w == 80) {
            // JavaFX sizes a column whose width is its default of 80 to fit its cells on first layout,
            // wider than the table that fitRows made as wide as its columns
            w = 79;
        }
        c.setPrefWidth(w);
        c.setMinWidth(w);
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setAlignment(number ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
                setWrapText(!number);
            }
        });
        return c;
    }

    /** The width of the longest word of a column head, in the head's bold font: a word is never broken. */
    static double widestWord(String head) {
        double max = 0;
        javafx.scene.text.Font bold = javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD, 11.5);
        for (String word : head.split("\\s+")) {
            javafx.scene.text.Text t = new javafx.scene.text.Text(word);
            t.setFont(bold);
            max = Math.max(max, Math.ceil(t.getLayoutBounds().getWidth()));
        }
        return max;
    }

    /**
     * A table shows all its rows and columns without an inner scroll bar (the screen scrolls instead): its
     * width is that of its columns, its height follows its head, whose height depends on how the head
     * texts wrap.
     */
    static void fitRows(TableView<?> t, int rows, double headEstimate) {
        // as wide as its columns and no wider: a constrained policy grows the columns on a wide window and
        // does not give the width back when the window narrows (1024 × 768 then hides the last columns)
        double width = t.getColumns().stream().mapToDouble(c -> c.getPrefWidth()).sum() + 4;
        t.setPrefWidth(width);
        t.setMaxWidth(width);
        java.util.function.DoubleConsumer size = head -> {
            // rows * the fixed cell size: set by table() before this is called
            double h = head + rows * t.getFixedCellSize() + 3;
            t.setPrefHeight(h);
            t.setMinHeight(h);
            t.setMaxHeight(h);
        };
        size.accept(headEstimate);
        t.skinProperty().addListener((o, a, skin) -> javafx.application.Platform.runLater(() -> {
            if (t.lookup(".column-header-background") instanceof javafx.scene.layout.Region head) {
                head.heightProperty().addListener((x, y, h) -> size.accept(h.doubleValue()));
                if (head.getHeight() > 0) {
                    size.accept(head.getHeight());
                }
            }
        }));
    }
}
