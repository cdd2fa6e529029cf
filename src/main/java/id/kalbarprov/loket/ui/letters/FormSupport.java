package id.kalbarprov.loket.ui.letters;

import id.kalbarprov.loket.ui.common.I18n;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;

/** Labelled fields with their error line, and focus on the first bad field after a refused save. */
final class FormSupport {

    private final I18n i18n;
    private final ObservableMap<String, String> errors;
    private final Map<String, Control> fields = new LinkedHashMap<>();

    FormSupport(I18n i18n, ObservableMap<String, String> errors) {
        this.i18n = i18n;
        this.errors = errors;
        errors.addListener((MapChangeListener<String, String>) ch -> {
            if (ch.wasAdded()) {
                fields.entrySet().stream().filter(e -> errors.containsKey(e.getKey())).findFirst()
                        .ifPresent(e -> e.getValue().requestFocus());
            }
        });
    }

    /** Label above the control, error line below it. */
    VBox field(String field, String labelKey, Control control) {
        Label label = new Label(i18n.t(labelKey));
        label.setLabelFor(control);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        control.setAccessibleText(i18n.t(labelKey));
        fields.put(field, control);
        return new VBox(2, label, control, error(field));
    }

    Label error(String field) {
        Label l = new Label();
        l.setId("error-" + field.replace('.', '-'));
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.textProperty().bind(Bindings.valueAt(errors, field));
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }

    /** Ctrl+S runs {@code save} anywhere inside {@code root}. */
    static void ctrlS(Node root, Runnable save) {
        KeyCombination ctrlS = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (ctrlS.match(e)) {
                save.run();
                e.consume();
            }
        });
    }
}
