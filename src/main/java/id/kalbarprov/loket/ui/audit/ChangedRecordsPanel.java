package id.kalbarprov.loket.ui.audit;

import id.kalbarprov.loket.ui.common.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Admin's panel of records changed behind the app's back, opened from the banner above Beranda:
 * one line per finding, in words, and the count of the rest. Esc or Tutup closes it.
 */
public final class ChangedRecordsPanel {

    private final StackPane root = new StackPane();

    public ChangedRecordsPanel(ChangedRecordsViewModel vm, I18n i18n, Runnable close) {
        Label title = new Label(i18n.t("audit.changed", vm.total()));
        title.setId("audit-changed-title");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        VBox list = new VBox(6);
        list.setId("audit-changed-list");
        int n = 0;
        for (String finding : vm.shown()) {
            Label line = new Label("• " + finding);
            line.setId("audit-changed-item-" + n++);
            line.setWrapText(true);
            list.getChildren().add(line);
        }
        if (vm.rest() > 0) {
            Label more = new Label(i18n.t("audit.changed.more", vm.rest()));
            more.setId("audit-changed-more");
            more.setWrapText(true);
            list.getChildren().add(more);
        }
        Label action = new Label(i18n.t("audit.changed.action"));
        action.setWrapText(true);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        Button closeButton = new Button(i18n.t("audit.changed.close"));
        closeButton.setId("audit-changed-close");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        HBox buttons = new HBox(closeButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        BorderPane card = new BorderPane(scroll, title, null, new VBox(8, action, buttons), null);
        BorderPane.setMargin(title, new Insets(0, 0, 8, 0));
        card.setPadding(new Insets(16));
        card.setMaxSize(760, 520);
        card.getStyleClass().add("card");
        card.setStyle("-fx-background-color: white; -fx-background-radius: 4; -fx-padding: 16; -fx-border-color: #b3261e; -fx-border-width: 2;");
        root.getChildren().add(card);
        root.setId("audit-changed-panel");
        root.setStyle("-fx-background-color: rgba(0, 0, 0, 0.35);");
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close.run();
            }
        });
        root.setAccessibleText(title.getText());
    }

    public Node root() {
        return root;
    }
}
