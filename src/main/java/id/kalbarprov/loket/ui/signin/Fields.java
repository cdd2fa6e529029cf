package id.kalbarprov.loket.ui.signin;

import java.util.List;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

/** A labelled input with its error line underneath; the first bad field gets the focus. */
public final class Fields {

    private Fields() {
    }

    /** {@code field} is the core's field name whose message shows under this control. */
    public static VBox field(String id, String label, TextInputControl control, ObservableMap<String, String> errors,
                             String field) {
        control.setId(id);
        Label l = new Label(label);
        l.setLabelFor(control);
        control.setAccessibleText(label);
        Label error = new Label();
        error.setId(id + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        errors.addListener((MapChangeListener<String, String>) c -> {
            String text = errors.get(field);
            error.setText(text == null ? "" : text);
            error.setVisible(text != null);
        });
        return new VBox(4, l, control, error);
    }

    /** Focuses the first control, in form order, whose field has an error. */
    public static void focusFirstError(ObservableMap<String, String> errors, List<String> fields,
                                       List<? extends TextInputControl> controls) {
        for (int i = 0; i < fields.size(); i++) {
            if (errors.containsKey(fields.get(i))) {
                controls.get(i).requestFocus();
                return;
            }
        }
    }
}
