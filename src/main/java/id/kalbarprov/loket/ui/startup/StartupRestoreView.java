package id.kalbarprov.loket.ui.startup;

import id.kalbarprov.loket.ui.common.I18n;
import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The guided-restore screen, shown before the main window when the database cannot be used. */
public final class StartupRestoreView {

    private final VBox root = new VBox(14);

    public StartupRestoreView(I18n i18n, StartupRestoreViewModel vm, Runnable exit) {
        Label title = new Label(i18n.t("startup.title"));
        title.setId("startup-title");
        title.getStyleClass().add("title-2");
        Label intro = new Label(i18n.t("startup.intro"));
        Label problem = new Label(vm.problem());
        problem.setId("startup-problem");
        problem.getStyleClass().add("warning");
        problem.setWrapText(true);
        Label file = new Label(vm.file());
        file.getStyleClass().add("text-muted");
        file.setWrapText(true);
        Label newest = new Label(vm.newest());
        newest.setId("startup-newest");
        newest.setWrapText(true);

        Button restore = new Button(i18n.t("startup.restoreNewest"));
        restore.setId("startup-restore-newest");
        restore.getStyleClass().add("accent");
        restore.setDefaultButton(vm.hasNewest());
        restore.setDisable(!vm.hasNewest());
        restore.setOnAction(e -> vm.restoreNewest());
        Button choose = new Button(i18n.t("startup.chooseFile"));
        choose.setId("startup-choose-file");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.t("startup.chooseFile.title"));
            File picked = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
            vm.restoreFrom(picked == null ? null : picked.toPath());
        });
        Button quit = new Button(i18n.t("startup.exit"));
        quit.setId("startup-exit");
        quit.setCancelButton(true);
        quit.setOnAction(e -> exit.run());
        restore.disableProperty().bind(vm.busy().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !vm.hasNewest())));
        choose.disableProperty().bind(vm.busy());
        HBox actions = new HBox(8, restore, choose, quit);

        Label note = new Label(i18n.t("startup.note"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);

        root.getChildren().addAll(title, intro, problem, file, newest, actions, note);
        root.setPadding(new Insets(32, 40, 32, 40));
        root.setMaxWidth(820);
        root.getStyleClass().add("main-window");
    }

    public Parent root() {
        return root;
    }
}
