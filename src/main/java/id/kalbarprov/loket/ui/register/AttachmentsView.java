package id.kalbarprov.loket.ui.register;

import id.kalbarprov.loket.ui.common.I18n;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The "Pindaian surat" section of a letter's detail: thumbnails that open the viewer, and "Lampirkan pindaian…". */
public final class AttachmentsView {

    private final I18n i18n;
    private final AttachmentsViewModel vm;
    private final VBox root = new VBox(6);
    private final FlowPane tiles = new FlowPane(10, 10);

    public AttachmentsView(I18n i18n, AttachmentsViewModel vm, Function<Window, List<Path>> chooseFiles) {
        this.i18n = i18n;
        this.vm = vm;
        root.setId("detail-attachments");
        root.setPadding(new Insets(0, 16, 16, 16));
        Label title = new Label(i18n.t("attachments.title"));
        title.getStyleClass().add("section-title");
        Button attach = new Button(i18n.t("attachments.attach"));
        attach.setId("detail-attach");
        attach.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        attach.disableProperty().bind(vm.busy());
        attach.setVisible(vm.canAttach());
        attach.managedProperty().bind(attach.visibleProperty());
        attach.setOnAction(e -> vm.attach(chooseFiles.apply(root.getScene() == null ? null : root.getScene().getWindow())));
        HBox head = new HBox(12, title, attach);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(6, 0, 0, 0));
        Label status = new Label();
        status.setId("attachments-status");
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        status.textProperty().bind(vm.status());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        tiles.setId("attachment-tiles");
        tiles.setRowValignment(javafx.geometry.VPos.TOP);
        vm.thumbs().addListener((ListChangeListener<AttachmentsViewModel.Thumb>) c -> rebuild());
        vm.mayRemove().addListener((o, a, b) -> rebuild());
        root.getChildren().addAll(head, status, tiles, removeForm());
    }

    /** The reason form for the scan being removed: a required reason, then "Hapus pindaian" or "Batal". */
    private Node removeForm() {
        Label heading = new Label();
        heading.setId("attachment-remove-title");
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.removing().get() == null
                ? "" : i18n.t("attachments.remove.heading", vm.removing().get().attachment().fileName()), vm.removing()));
        javafx.scene.control.TextArea reason = new javafx.scene.control.TextArea();
        reason.setId("attachment-remove-reason");
        reason.setPrefRowCount(2);
        reason.setWrapText(true);
        reason.setPromptText(i18n.t("attachments.remove.reasonPrompt"));
        reason.textProperty().bindBidirectional(vm.reason());
        Label reasonLabel = new Label(i18n.t("attachments.remove.reason"));
        reasonLabel.setLabelFor(reason);
        reason.setAccessibleText(i18n.t("attachments.remove.reason"));
        Label error = new Label();
        error.setId("attachment-remove-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.reasonError());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Button confirm = new Button(i18n.t("attachments.remove.action"));
        confirm.setId("attachment-remove-confirm");
        confirm.getStyleClass().add("danger");
        confirm.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        confirm.disableProperty().bind(vm.busy());
        confirm.setOnAction(e -> vm.remove());
        Button cancel = new Button(i18n.t("attachments.remove.cancel"));
        cancel.setId("attachment-remove-cancel");
        cancel.setCancelButton(false);
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> vm.cancelRemove());
        HBox buttons = new HBox(8, confirm, cancel);
        VBox form = new VBox(4, heading, reasonLabel, reason, error, buttons);
        form.setId("attachment-remove-form");
        form.setPadding(new Insets(8, 0, 0, 0));
        form.visibleProperty().bind(vm.removing().isNotNull());
        form.managedProperty().bind(form.visibleProperty());
        form.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                vm.cancelRemove();
                e.consume();
            }
        });
        vm.removing().addListener((o, a, b) -> {
            if (b != null) {
                javafx.application.Platform.runLater(reason::requestFocus);
            }
        });
        return form;
    }

    private void rebuild() {
        tiles.getChildren().clear();
        int i = 1;
        for (AttachmentsViewModel.Thumb t : vm.thumbs()) {
            Button tile = new Button();
            tile.setId("attachment-" + i);
            tile.setContentDisplay(ContentDisplay.TOP);
            tile.setWrapText(true);
            tile.setPrefWidth(AttachmentsViewModel.THUMB + 40);
            tile.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            String size = i18n.t("attachments.size", Math.max(1, Math.round(t.attachment().size() / 1024.0)));
            tile.setText(t.attachment().fileName() + "\n" + size);
            tile.setAccessibleText(i18n.t("attachments.open", t.attachment().fileName()));
            if (t.image() != null) {
                ImageView img = new ImageView(SwingFXUtils.toFXImage(t.image(), null));
                tile.setGraphic(img);
            } else {
                Label broken = new Label(i18n.t("attachments.unreadable"));
                broken.getStyleClass().add("warning");
                tile.setGraphic(broken);
            }
            tile.setOnAction(e -> vm.open(t));
            if (vm.mayRemove().get()) {
                Button remove = new Button(i18n.t("attachments.remove.start"));
                remove.setId("attachment-remove-" + i);
                remove.setAccessibleText(i18n.t("attachments.remove.heading", t.attachment().fileName()));
                remove.setOnAction(e -> vm.startRemove(t));
                VBox withRemove = new VBox(4, tile, remove);
                withRemove.setAlignment(Pos.TOP_CENTER);
                tiles.getChildren().add(withRemove);
            } else {
                tiles.getChildren().add(tile);
            }
            i++;
        }
    }

    /** Shows the scans of letter {@code letterId}. */
    public Node show(long letterId) {
        vm.load(letterId);
        return root;
    }

    /** A FileChooser for several scans at once, starting in the user's home folder. */
    public static Function<Window, List<Path>> fileChooser(I18n i18n) {
        return owner -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(i18n.t("attachments.choose"));
            fc.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(i18n.t("attachments.scanFiles"), "*.pdf", "*.PDF", "*.jpg", "*.JPG",
                            "*.jpeg", "*.JPEG", "*.png", "*.PNG"),
                    new FileChooser.ExtensionFilter(i18n.t("attachments.allFiles"), "*.*"));
            List<java.io.File> files = fc.showOpenMultipleDialog(owner);
            return files == null ? List.of() : files.stream().map(java.io.File::toPath).toList();
        };
    }
}
