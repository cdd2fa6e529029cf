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
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Change one's own password: forced after a reset, or by choice (then Esc or "Batal" closes it). */
public final class ChangePasswordView {

    private final StackPane root = new StackPane();
    private final PasswordField first;

    /** @param onCancel null when the change is forced (the only other way out is signing out) */
    public ChangePasswordView(I18n i18n, ChangePasswordViewModel vm, Runnable onCancel, Runnable onSignOut) {
        Label title = new Label(i18n.t(vm.forced() ? "password.forced.title" : "password.title"));
        title.setId("password-title");
        title.getStyleClass().add("title-3");
        Label hint = new Label(i18n.t(vm.forced() ? "password.forced.hint" : "password.hint",
                vm.actor().label(), OperatorService.MIN_PASSWORD));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        PasswordField old = new PasswordField();
        old.textProperty().bindBidirectional(vm.oldPassword());
        PasswordField pw = new PasswordField();
        pw.textProperty().bindBidirectional(vm.newPassword());
        PasswordField confirm = new PasswordField();
        confirm.textProperty().bindBidirectional(vm.confirm());
        VBox oldBox = Fields.field("password-old", i18n.t("password.old"), old, vm.errors(),
                OperatorService.OLD_PASSWORD);
        VBox newBox = Fields.field("password-new", i18n.t("password.new"), pw, vm.errors(), OperatorService.PASSWORD);
        VBox confirmBox = Fields.field("password-confirm", i18n.t("password.confirm"), confirm, vm.errors(),
                SignInViewModel.CONFIRM);
        oldBox.setVisible(!vm.forced());
        oldBox.setManaged(!vm.forced());
        first = vm.forced() ? pw : old;

        Button save = new Button(i18n.t("password.save"));
        save.setId("password-save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.busy());
        save.setOnAction(e -> vm.save());
        HBox buttons = new HBox(8, save);
        if (onCancel != null) {
            Button cancel = new Button(i18n.t("password.cancel"));
            cancel.setId("password-cancel");
            cancel.setCancelButton(true);
            cancel.setOnAction(e -> onCancel.run());
            buttons.getChildren().add(cancel);
        } else {
            Button out = new Button(i18n.t("shell.signOut"));
            out.setId("password-signout");
            out.setOnAction(e -> onSignOut.run());
            buttons.getChildren().add(out);
        }
        VBox card = new VBox(10, title, hint, oldBox, newBox, confirmBox, buttons);
        card.getStyleClass().add("signin-card");
        card.setMaxWidth(420);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        vm.errors().addListener((MapChangeListener<String, String>) c -> Fields.focusFirstError(vm.errors(),
                List.of(OperatorService.OLD_PASSWORD, OperatorService.PASSWORD, SignInViewModel.CONFIRM),
                List.of(old, pw, confirm)));
        root.getChildren().add(card);
        root.setAlignment(Pos.CENTER);
        root.setId("password-view");
        root.getStyleClass().add("signin-view");
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && onCancel != null) {
                onCancel.run();
            }
        });
    }

    public Node view() {
        return root;
    }

    public void focus() {
        first.requestFocus();
    }
}
