package id.kalbarprov.loket.ui.common;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Tables and lists that fit small screens (issue 13). Columns of free text (a subject, an agency's
 * full name) may be cut with "…" when the window is narrow: mark them {@link #elidable} and their
 * cells show the whole text as a tooltip. Every other cell, and every column header, must be shown
 * whole: {@link #wholeHeaders} keeps each column at least as wide as its header, {@link #fit} as
 * wide as a sample value (an agenda number of six digits, a date). The layout test checks both.
 */
public final class Columns {

    /** Property key marking a column or list whose cells may be cut (they carry a tooltip). */
    public static final String ELIDABLE = "loket.elidable";
    /** The widest agenda number a column must show whole: six digits (100,000 letters a year). */
    public static final String AGENDA_SAMPLE = "000000/SM/0000";
    public static final String DATE_SAMPLE = "00-00-0000";
    public static final String DATE_TIME_SAMPLE = "00-00-0000 00.00";
    /** The longest agency abbreviation in the reference list ("Inspektorat", "Distanhorti"). */
    public static final String AGENCY_SAMPLE = "Inspektorat";
    private static final String SAMPLE = "loket.fitSample";
    /** Room a cell or header needs beside its text (padding, the sort arrow). */
    private static final double CELL_PADDING = 22;

    private static final Map<TableView<?>, Boolean> WATCHED = new WeakHashMap<>();

    private Columns() {
    }

    /** Cells of {@code column} may be cut; each carries its whole text as a tooltip. */
    public static <S, T> TableColumn<S, T> elidable(TableColumn<S, T> column) {
        column.getProperties().put(ELIDABLE, Boolean.TRUE);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty || item == null ? null : item.toString();
                setText(text);
                setTooltip(text == null || text.isBlank() ? null : new Tooltip(text));
            }
        });
        return column;
    }

    /** Cells of {@code list} may be cut (the list shows names longer than its width). */
    public static <T> ListView<T> elidable(ListView<T> list) {
        list.getProperties().put(ELIDABLE, Boolean.TRUE);
        return list;
    }

    /** A tooltip with the whole text on a list cell that may be cut (call from updateItem). */
    public static void tooltip(ListCell<?> cell, String text) {
        cell.setTooltip(text == null || text.isBlank() ? null : new Tooltip(text));
    }

    public static boolean isElidable(TableColumnBase<?, ?> column) {
        return Boolean.TRUE.equals(column.getProperties().get(ELIDABLE));
    }

    public static boolean isElidable(Node node) {
        return Boolean.TRUE.equals(node.getProperties().get(ELIDABLE));
    }

    /**
     * One line of a {@link #twoLines} cell: its text, whether it may be cut (then its tooltip shows it
     * whole), and its style classes (e.g. "text-muted", a due status), any of them null.
     */
    public record Line<S>(Function<S, String> text, boolean elidable, Function<S, String> style) {

        public static <S> Line<S> whole(Function<S, String> text) {
            return new Line<>(text, false, null);
        }

        public static <S> Line<S> cut(Function<S, String> text) {
            return new Line<>(text, true, null);
        }

        public Line<S> styled(Function<S, String> styleOf) {
            return new Line<>(text, elidable, styleOf);
        }
    }

    /**
     * A column whose cells show two lines (a narrow window keeps every column in view this way): the
     * first line as is, the second muted unless styled. {@link #fit} samples apply to both lines.
     */
    public static <S> TableColumn<S, S> twoLines(String header, Line<S> first, Line<S> second) {
        TableColumn<S, S> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Label top = new Label();
            private final Label bottom = new Label();
            private final javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(1, top, bottom);

            {
                bottom.getStyleClass().add("cell-second-line");
                top.setMinWidth(0);
                bottom.setMinWidth(0);
                if (first.elidable()) {
                    top.getProperties().put(ELIDABLE, Boolean.TRUE);
                }
                if (second.elidable()) {
                    bottom.getProperties().put(ELIDABLE, Boolean.TRUE);
                }
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                fill(top, first, item);
                fill(bottom, second, item);
                boolean cut = first.elidable() || second.elidable();
                setTooltip(cut ? new Tooltip(top.getText() + "\n" + bottom.getText()) : null);
                setGraphic(box);
            }
        });
        return column;
    }

    private static <S> void fill(Label label, Line<S> line, S item) {
        String text = line.text().apply(item);
        label.setText(text == null ? "" : text);
        label.getStyleClass().removeIf(c -> c.startsWith("due-") || c.equals("text-muted") || c.equals("line-style"));
        if (line.style() != null) {
            String style = line.style().apply(item);
            if (style != null) {
                label.getStyleClass().add(style);
            }
        }
    }

    /** The longest of {@code texts} (by characters), as a {@link #fit} sample for a column of known words. */
    public static String longest(java.util.stream.Stream<String> texts) {
        return texts.max(java.util.Comparator.comparingInt(String::length)).orElse("");
    }

    /** {@code column} is never narrower than {@code sample} (e.g. "000000/SM/0000") in the table's font. */
    public static <S, T> TableColumn<S, T> fit(TableColumn<S, T> column, String sample) {
        column.getProperties().put(SAMPLE, sample);
        return column;
    }

    /**
     * Keeps every column of {@code table} at least as wide as its header text (and its {@link #fit}
     * sample), measured in the font the header is drawn with once the table is shown.
     */
    public static <S> TableView<S> wholeHeaders(TableView<S> table) {
        if (WATCHED.put(table, Boolean.TRUE) != null) {
            return table;
        }
        table.needsLayoutProperty().addListener((o, was, needs) -> {
            if (!needs) {
                widen(table);
            }
        });
        table.skinProperty().addListener((o, a, skin) -> javafx.application.Platform.runLater(() -> widen(table)));
        return table;
    }

    private static void widen(TableView<?> table) {
        Font font = null;
        for (Node n : table.lookupAll(".column-header .label")) {
            if (n instanceof Label l) {
                font = l.getFont();
                break;
            }
        }
        if (font == null) {
            return;
        }
        Font cellFont = Font.font(font.getFamily(), font.getSize()); // cells are not bold
        for (TableColumn<?, ?> c : table.getColumns()) {
            double need = width(c.getText(), font) + CELL_PADDING;
            Object sample = c.getProperties().get(SAMPLE);
            if (sample instanceof String s) {
                need = Math.max(need, width(s, cellFont) + CELL_PADDING);
            }
            need = Math.ceil(need);
            if (c.getMinWidth() < need) {
                c.setMinWidth(need);
            }
            if (c.getPrefWidth() < need) {
                c.setPrefWidth(need);
            }
        }
    }

    private static double width(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
