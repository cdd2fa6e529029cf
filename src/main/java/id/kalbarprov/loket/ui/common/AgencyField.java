package id.kalbarprov.loket.ui.common;

import id.kalbarprov.loket.core.catalog.Agency;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Popup;

/**
 * The agency type-ahead's field: a text field whose suggestions drop below it. Down/Up move through
 * them, Enter or Tab takes the highlighted one (Tab then moves on), Esc closes the list, a click takes
 * one. The list has the id {@code <field id>-suggestions}.
 */
public final class AgencyField {

    private final TextField field = new TextField();
    private final Popup popup = new Popup();
    private final ListView<Agency> list = new ListView<>();
    private final AgencyChoice choice;

    public AgencyField(AgencyChoice choice, String id, String prompt) {
        this.choice = choice;
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(choice.query());
        list.setId(id + "-suggestions");
        list.setItems(choice.suggestions());
        list.setPrefWidth(460);
        list.setPrefHeight(AgencyChoice.MAX_SUGGESTIONS * 26 + 4);
        list.setFocusTraversable(false);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Agency a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.label());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                choice.choose(list.getSelectionModel().getSelectedItem());
                field.positionCaret(field.getText().length());
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setConsumeAutoHidingEvents(false); // a click elsewhere closes the list and still lands there
        choice.suggestions().addListener((ListChangeListener<Agency>) c -> suggestionsChanged());
        field.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    private void suggestionsChanged() {
        if (choice.suggestions().isEmpty() || !field.isFocused()) {
            popup.hide();
            return;
        }
        list.getSelectionModel().select(0);
        list.setPrefHeight(Math.min(AgencyChoice.MAX_SUGGESTIONS, choice.suggestions().size()) * 26 + 4);
        if (!popup.isShowing() && field.getScene() != null) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            list.setPrefWidth(Math.max(360, b.getWidth()));
            popup.show(field, b.getMinX(), b.getMaxY());
        }
    }

    private void keys(KeyEvent e) {
        if (!popup.isShowing()) {
            return;
        }
        var sel = list.getSelectionModel();
        switch (e.getCode()) {
            case DOWN -> {
                sel.select(Math.min(choice.suggestions().size() - 1, sel.getSelectedIndex() + 1));
                list.scrollTo(sel.getSelectedIndex());
                e.consume();
            }
            case UP -> {
                sel.select(Math.max(0, sel.getSelectedIndex() - 1));
                list.scrollTo(sel.getSelectedIndex());
                e.consume();
            }
            case ENTER, TAB -> {
                Agency a = sel.getSelectedItem() != null ? sel.getSelectedItem() : choice.suggestions().get(0);
                choice.choose(a);
                popup.hide();
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                }
            }
            case ESCAPE -> {
                popup.hide();
                e.consume();
            }
            default -> {
            }
        }
    }

    /** Is the suggestion list open (Enter and Esc then belong to it, not to the form)? */
    public boolean suggesting() {
        return popup.isShowing();
    }

    public TextField field() {
        return field;
    }
}
