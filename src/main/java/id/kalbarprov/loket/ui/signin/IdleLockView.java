package id.kalbarprov.loket.ui.signin;

import id.kalbarprov.loket.ui.common.I18n;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Covers the whole window while idle-locked: nothing of the work behind it is visible. */
public final class IdleLockView {

    private final StackPane root = new StackPane();
    private final PasswordField password = new PasswordField();

    public IdleLockView(I18n i18n, IdleLockViewModel vm, Runnable onSignOut) {
        Label title = new Label(i18n.t("lock.title"));
        title.setId("lock-title");
        title.getStyleClass().add("title-3");
        Label hint = new Label(i18n.t("lock.hint", vm.actor().label()));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        password.textProperty().bindBidirectional(vm.password());
        VBox pwBox = Fields.field("lock-password", i18n.t("signin.password"), password,
                javafx.collections.FXCollections.observableHashMap(), "none");
        Label message = new Label();
        message.setId("lock-message");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.textProperty().bind(vm.message());
        message.managedProperty().bind(vm.message().isNotEmpty());
        Button unlock = new Button(i18n.t("lock.unlock"));
        unlock.setId("lock-unlock");
        unlock.setDefaultButton(true);
        unlock.getStyleClass().add("accent");
        unlock.setOnAction(e -> vm.unlock());
        Button out = new Button(i18n.t("shell.signOut"));
        out.setId("lock-signout");
        out.setOnAction(e -> onSignOut.run());
        VBox card = new VBox(10, title, hint, pwBox, message, new HBox(8, unlock, out));
        card.getStyleClass().add("signin-card");
        card.setMaxWidth(420);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        root.setAlignment(Pos.CENTER);
        root.setId("lock-view");
        root.getStyleClass().add("signin-view");
    }

    public Node view() {
        return root;
    }

    public void focus() {
        password.requestFocus();
    }
}
