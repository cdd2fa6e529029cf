package id.kalbarprov.loket.ui.complaints;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** Labelled rows of a form, each with its error line under the control; focuses the first bad field. */
final class FieldErrors {

    private final Map<String, Label> errors = new LinkedHashMap<>();
    private final Map<String, Node> controls = new LinkedHashMap<>();

    private final double labelWidth;

    FieldErrors(ObservableMap<String, String> source, double labelWidth) {
        this.labelWidth = labelWidth;
        source.addListener((MapChangeListener<String, String>) ch -> show(source));
    }

    /** Adds label, control and error line at {@code row} of a two-column grid; returns the next row. */
    int row(GridPane grid, int row, String labelText, Node control, String field) {
        Label label = new Label(labelText);
        label.setLabelFor(control);
        label.setWrapText(true);
        label.setMinWidth(labelWidth);
        label.setMaxWidth(labelWidth);
        if (control.getId() == null) {
            control.setId(field);
        }
        control.setAccessibleText(labelText);
        grid.add(label, 0, row);
        grid.add(control, 1, row);
        Label error = error(field);
        grid.add(error, 1, row + 1);
        register(field, control);
        return row + 2;
    }

    /** An error line for {@code field}, to place where the caller wants it. */
    Label error(String field) {
        return errors.computeIfAbsent(field, f -> {
            Label e = new Label();
            e.setId(f + "-error");
            e.getStyleClass().add("field-error");
            e.setWrapText(true);
            e.managedProperty().bind(e.visibleProperty());
            e.setVisible(false);
            return e;
        });
    }

    void register(String field, Node control) {
        controls.putIfAbsent(field, control);
    }

    private void show(ObservableMap<String, String> source) {
        errors.forEach((field, label) -> {
            String msg = source.get(field);
            label.setText(msg);
            label.setVisible(msg != null);
        });
        for (var e : controls.entrySet()) {
            if (source.containsKey(e.getKey())) {
                e.getValue().requestFocus();
                return;
            }
        }
    }
}
