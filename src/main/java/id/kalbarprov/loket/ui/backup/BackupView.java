package id.kalbarprov.loket.ui.backup;

import id.kalbarprov.loket.core.backup.BackupInfo;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** Pengaturan › Cadangan. */
public final class BackupView implements Screen {

    private final BackupViewModel vm;
    private final VBox root = new VBox(12);

    public BackupView(I18n i18n, BackupViewModel vm) {
        this.vm = vm;
        Label title = new Label(i18n.t("backup.title"));
        title.getStyleClass().add("title-3");
        Label intro = new Label(i18n.t("backup.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        intro.setMaxWidth(900);

        TextField folder = new TextField();
        folder.setId("backup-folder");
        folder.setEditable(false);
        folder.setAccessibleText(i18n.t("backup.folder"));
        folder.textProperty().bind(Bindings.createStringBinding(
                () -> vm.folder().get() == null ? "" : vm.folder().get().toString(), vm.folder()));
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button(i18n.t("backup.chooseFolder"));
        choose.setId("backup-choose-folder");
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(i18n.t("backup.chooseFolder.title"));
            File current = vm.folder().get() == null ? null : vm.folder().get().toFile();
            if (current != null && current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File picked = chooser.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
            vm.chooseFolder(picked == null ? null : picked.toPath());
        });
        Label folderLabel = label(i18n.t("backup.folder"), folder);
        Label folderError = error(vm.folderError(), "backup-folder-error");

        TextField keep = new TextField();
        keep.setId("backup-keep");
        keep.setPrefColumnCount(4);
        keep.setMaxWidth(80);
        keep.setAccessibleText(i18n.t("backup.keep"));
        keep.textProperty().bindBidirectional(vm.keep());
        keep.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.save();
            }
        });
        Label keepLabel = label(i18n.t("backup.keep"), keep);
        Label keepHint = new Label(i18n.t("backup.keep.hint"));
        keepHint.getStyleClass().add("text-muted");
        Label keepError = error(vm.keepError(), "backup-keep-error");

        TextField maxMb = new TextField();
        maxMb.setId("backup-max-mb");
        maxMb.setPrefColumnCount(7);
        maxMb.setMaxWidth(110);
        maxMb.setAccessibleText(i18n.t("backup.maxMb"));
        maxMb.textProperty().bindBidirectional(vm.maxMegabytes());
        maxMb.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.save();
            }
        });
        Label maxMbLabel = label(i18n.t("backup.maxMb"), maxMb);
        Label maxMbHint = new Label(i18n.t("backup.maxMb.hint"));
        maxMbHint.getStyleClass().add("text-muted");
        maxMbHint.setWrapText(true);
        Label maxMbError = error(vm.maxMegabytesError(), "backup-max-mb-error");

        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        form.add(folderLabel, 0, 0);
        form.add(new HBox(8, folder, choose), 1, 0);
        form.add(folderError, 1, 1);
        form.add(keepLabel, 0, 2);
        HBox keepRow = new HBox(12, keep, keepHint);
        keepRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        form.add(keepRow, 1, 2);
        form.add(keepError, 1, 3);
        form.add(maxMbLabel, 0, 4);
        HBox maxMbRow = new HBox(12, maxMb, maxMbHint);
        maxMbRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        form.add(maxMbRow, 1, 4);
        form.add(maxMbError, 1, 5);
        GridPane.setHgrow(form.getChildren().get(1), Priority.ALWAYS);
        form.setMaxWidth(900);
        form.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(),
                growing());

        Button save = new Button(i18n.t("backup.save"));
        save.setId("backup-save");
        save.setOnAction(e -> vm.save());
        Button now = new Button(i18n.t("backup.now"));
        now.setId("backup-now");
        now.getStyleClass().add("accent");
        now.setDefaultButton(true);
        now.setOnAction(e -> vm.backupNow());
        Label status = new Label();
        status.setId("backup-status");
        status.textProperty().bind(vm.status());
        status.setWrapText(true);
        HBox actions = new HBox(8, now, save, status);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        save.disableProperty().bind(vm.busy());
        now.disableProperty().bind(vm.busy());

        Label listTitle = new Label(i18n.t("backup.list"));
        listTitle.getStyleClass().add("section-title");
        TableView<BackupInfo> table = new TableView<>(vm.backups());
        table.setId("backup-list");
        table.setAccessibleText(i18n.t("backup.list"));
        table.setPlaceholder(new Label(i18n.t("backup.empty")));
        table.setMaxWidth(900);
        TableColumn<BackupInfo, String> date = new TableColumn<>(i18n.t("backup.col.date"));
        date.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.date(c.getValue())));
        date.setPrefWidth(200);
        id.kalbarprov.loket.ui.common.Columns.fit(date, id.kalbarprov.loket.ui.common.Columns.DATE_TIME_SAMPLE);
        TableColumn<BackupInfo, String> size = new TableColumn<>(i18n.t("backup.col.size"));
        size.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.size(c.getValue())));
        size.setPrefWidth(120);
        size.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<BackupInfo, String> file = new TableColumn<>(i18n.t("backup.col.file"));
        file.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file().getFileName().toString()));
        file.setPrefWidth(560);
        table.getColumns().addAll(java.util.List.of(date, size, id.kalbarprov.loket.ui.common.Columns.elidable(file)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        id.kalbarprov.loket.ui.common.Columns.wholeHeaders(table);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selected().set(b));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button restore = new Button(i18n.t("backup.restore"));
        restore.setId("backup-restore");
        restore.getStyleClass().add("danger");
        restore.disableProperty().bind(vm.selected().isNull().or(vm.busy()));
        restore.setOnAction(e -> vm.restoreSelected());

        root.getChildren().addAll(title, intro, form, actions, listTitle, table, restore);
        root.setPadding(new Insets(12, 0, 0, 0));
    }

    private static javafx.scene.layout.ColumnConstraints growing() {
        javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private static Label label(String text, Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label error(javafx.beans.value.ObservableValue<String> text, String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-error");
        l.textProperty().bind(text);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        return l;
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
