package id.kalbarprov.loket.ui.signin;

import id.kalbarprov.loket.core.auth.OperatorService;
import id.kalbarprov.loket.ui.common.I18n;
import java.util.List;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Sign-in, or on a fresh database the creation of the administrator. Enter submits. */
public final class SignInView {

    private final StackPane root = new StackPane();

    public SignInView(I18n i18n, SignInViewModel vm) {
        Label brand = new Label(i18n.t("app.name"));
        brand.getStyleClass().add("title-1");
        Label office = new Label(i18n.t("app.office"));
        office.getStyleClass().add("text-muted");
        office.setWrapText(true);
        Label title = new Label();
        title.setId("signin-title");
        title.getStyleClass().add("title-3");
        Label hint = new Label();
        hint.setId("signin-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");

        TextField username = new TextField();
        username.textProperty().bindBidirectional(vm.username());
        TextField fullName = new TextField();
        fullName.textProperty().bindBidirectional(vm.fullName());
        PasswordField password = new PasswordField();
        password.textProperty().bindBidirectional(vm.password());
        PasswordField confirm = new PasswordField();
        confirm.textProperty().bindBidirectional(vm.confirm());
        VBox userBox = Fields.field("signin-username", i18n.t("signin.username"), username, vm.errors(),
                OperatorService.USERNAME);
        VBox nameBox = Fields.field("signin-fullname", i18n.t("signin.fullName"), fullName, vm.errors(),
                OperatorService.FULL_NAME);
        VBox pwBox = Fields.field("signin-password", i18n.t("signin.password"), password, vm.errors(),
                OperatorService.PASSWORD);
        VBox confirmBox = Fields.field("signin-confirm", i18n.t("signin.confirm"), confirm, vm.errors(),
                SignInViewModel.CONFIRM);
        for (Node n : List.of(nameBox, confirmBox)) {
            n.managedProperty().bind(n.visibleProperty());
        }

        Label message = new Label();
        message.setId("signin-message");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.textProperty().bind(vm.message());
        message.managedProperty().bind(message.visibleProperty());
        message.visibleProperty().bind(vm.message().isNotEmpty());

        Button submit = new Button();
        submit.setId("signin-submit");
        submit.setDefaultButton(true);
        submit.getStyleClass().add("accent");
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.disableProperty().bind(vm.busy());
        submit.setOnAction(e -> vm.submit());

        VBox card = new VBox(10, brand, office, title, hint, userBox, nameBox, pwBox, confirmBox, message, submit);
        card.setId("signin-card");
        card.getStyleClass().add("signin-card");
        card.setMaxWidth(420);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        vm.mode().addListener((o, a, mode) -> {
            boolean first = mode == SignInViewModel.Mode.FIRST_ADMIN;
            title.setText(i18n.t(first ? "signin.firstAdmin.title" : "signin.title"));
            hint.setText(i18n.t(first ? "signin.firstAdmin.hint" : "signin.hint"));
            submit.setText(i18n.t(first ? "signin.firstAdmin.submit" : "signin.submit"));
            nameBox.setVisible(first);
            confirmBox.setVisible(first);
            username.requestFocus();
        });
        nameBox.setVisible(false);
        confirmBox.setVisible(false);
        vm.errors().addListener((MapChangeListener<String, String>) c -> Fields.focusFirstError(vm.errors(),
                List.of(OperatorService.USERNAME, OperatorService.FULL_NAME, OperatorService.PASSWORD,
                        SignInViewModel.CONFIRM), List.of(username, fullName, password, confirm)));
        vm.message().addListener((o, a, m) -> {
            if (!m.isEmpty()) {
                password.requestFocus();
            }
        });
        root.getChildren().add(card);
        root.setAlignment(Pos.CENTER);
        root.setId("signin-view");
        root.getStyleClass().add("signin-view");
    }

    public Node view() {
        return root;
    }
}
