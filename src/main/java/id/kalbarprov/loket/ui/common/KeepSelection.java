package id.kalbarprov.loket.ui.common;

import java.util.Objects;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

/**
 * Keeps a table's selected row selected when its list is reloaded (a live refresh after another
 * desk's change): the row with the same id is selected again, and the table does not jump.
 */
public final class KeepSelection {

    private KeepSelection() {
    }

    /** Installs on {@code table}; {@code id} tells rows apart across reloads. */
    public static <T> void install(TableView<T> table, Function<T, Object> id) {
        Object[] last = {null};
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                last[0] = id.apply(b);
            }
        });
        table.getItems().addListener((ListChangeListener<T>) c -> {
            Object wanted = last[0];
            if (wanted == null) {
                return;
            }
            T selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && Objects.equals(id.apply(selected), wanted)) {
                return;
            }
            table.getItems().stream().filter(r -> Objects.equals(id.apply(r), wanted)).findFirst()
                    .ifPresentOrElse(r -> table.getSelectionModel().select(r), () -> last[0] = null);
        });
    }
}
