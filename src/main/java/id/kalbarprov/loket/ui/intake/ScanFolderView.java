package id.kalbarprov.loket.ui.intake;

import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** Pengaturan → Pemindai: the scan folder of this workstation, typed or chosen, saved with Enter or "Simpan". */
public final class ScanFolderView implements Screen {

    private final ScanFolderViewModel vm;
    private final VBox root = new VBox(8);

    public ScanFolderView(I18n i18n, ScanFolderViewModel vm, Function<Window, Optional<Path>> chooseFolder) {
        this.vm = vm;
        root.setId("scan-folder-settings");
        root.setPadding(new Insets(16));
        Label title = new Label(i18n.t("scanFolder.title"));
        title.getStyleClass().add("title-3");
        Label explain = new Label(i18n.t("scanFolder.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("text-muted");
        explain.setMinHeight(Region.USE_PREF_SIZE);
        Label label = new Label(i18n.t("scanFolder.folder"));
        TextField field = new TextField();
        field.setId("scan-folder");
        field.setPromptText(i18n.t("scanFolder.prompt"));
        field.setAccessibleText(i18n.t("scanFolder.folder"));
        field.textProperty().bindBidirectional(vm.folder());
        field.setOnAction(e -> vm.save());
        label.setLabelFor(field);
        HBox.setHgrow(field, Priority.ALWAYS);
        Button choose = new Button(i18n.t("scanFolder.choose"));
        choose.setId("scan-folder-choose");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> chooseFolder.apply(root.getScene() == null ? null : root.getScene().getWindow())
                .ifPresent(p -> vm.folder().set(p.toString())));
        HBox line = new HBox(8, field, choose);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setMaxWidth(720);
        Button save = new Button(i18n.t("scanFolder.save"));
        save.setId("scan-folder-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save());
        Label status = new Label();
        status.setId("scan-folder-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.status());
        vm.statusIsError().addListener((o, a, bad) -> {
            status.getStyleClass().removeAll("status-ok", "status-error");
            status.getStyleClass().add(bad ? "status-error" : "status-ok");
        });
        root.getChildren().addAll(title, explain, label, line, save, status);
    }

    /** A DirectoryChooser starting in the user's home folder. */
    public static Function<Window, Optional<Path>> folderChooser(I18n i18n) {
        return owner -> {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle(i18n.t("scanFolder.choose"));
            File f = dc.showDialog(owner);
            return Optional.ofNullable(f).map(File::toPath);
        };
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }
}
