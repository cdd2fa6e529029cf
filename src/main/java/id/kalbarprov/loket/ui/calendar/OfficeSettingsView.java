package id.kalbarprov.loket.ui.calendar;

import id.kalbarprov.loket.core.office.OfficeSettingsService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Pengaturan → Kantor. Enter or Ctrl+S saves, Esc puts back what is saved. */
public final class OfficeSettingsView implements Screen {

    private final OfficeSettingsViewModel vm;
    private final VBox root = new VBox(12);
    private final TextField closing = new TextField();
    private final TextField place = new TextField();
    private final Label closingError = new Label();
    private final Label placeError = new Label();

    public OfficeSettingsView(I18n i18n, OfficeSettingsViewModel vm) {
        this(i18n, vm, emblemChooser(i18n));
    }

    /** A file chooser for PNG and JPEG pictures (tests pass their own). */
    public static java.util.function.Function<javafx.stage.Window, java.util.Optional<java.nio.file.Path>> emblemChooser(
            I18n i18n) {
        return owner -> {
            javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
            fc.setTitle(i18n.t("office.emblem.choose"));
            fc.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(i18n.t("office.emblem.files"),
                    "*.png", "*.PNG", "*.jpg", "*.JPG", "*.jpeg", "*.JPEG"));
            java.io.File f = fc.showOpenDialog(owner);
            return java.util.Optional.ofNullable(f).map(java.io.File::toPath);
        };
    }

    public OfficeSettingsView(I18n i18n, OfficeSettingsViewModel vm,
                              java.util.function.Function<javafx.stage.Window, java.util.Optional<java.nio.file.Path>> chooser) {
        this.vm = vm;
        root.setId("office-settings");
        root.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        closing.setId("office-closing");
        closing.setPrefColumnCount(6);
        closing.setMaxWidth(120);
        closing.setPromptText("16.00");
        closing.textProperty().bindBidirectional(vm.closingTime());
        place.setId("office-place");
        place.setPrefColumnCount(24);
        place.setMaxWidth(320);
        place.textProperty().bindBidirectional(vm.place());
        Label closingLabel = new Label(i18n.t("office.closingTime"));
        closingLabel.setLabelFor(closing);
        closing.setAccessibleText(i18n.t("office.closingTime"));
        closingLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label placeLabel = new Label(i18n.t("office.place"));
        placeLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        placeLabel.setLabelFor(place);
        place.setAccessibleText(i18n.t("office.place"));
        closingError.setId("office-closing-error");
        placeError.setId("office-place-error");
        for (Label l : new Label[] {closingError, placeError}) {
            l.getStyleClass().add("field-error");
            l.setWrapText(true);
            l.managedProperty().bind(l.textProperty().isNotEmpty());
        }
        Label closingNote = new Label(i18n.t("office.closingTime.note"));
        closingNote.getStyleClass().add("text-muted");
        closingNote.setWrapText(true);
        closingNote.setMaxWidth(640);
        Label placeNote = new Label(i18n.t("office.place.note"));
        placeNote.getStyleClass().add("text-muted");
        placeNote.setWrapText(true);
        placeNote.setMaxWidth(640);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.add(closingLabel, 0, 0);
        grid.add(closing, 1, 0);
        grid.add(closingError, 1, 1);
        grid.add(closingNote, 1, 2);
        grid.add(placeLabel, 0, 3);
        grid.add(place, 1, 3);
        grid.add(placeError, 1, 4);
        grid.add(placeNote, 1, 5);
        grid.setVgap(6);

        Button save = new Button(i18n.t("office.save"));
        save.setId("office-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save());
        closing.setOnAction(e -> vm.save());
        place.setOnAction(e -> vm.save());
        Label status = new Label();
        status.setId("office-status");
        status.textProperty().bind(vm.status());
        root.getChildren().addAll(grid, save, status, emblemSection(i18n, chooser));
        root.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.save();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                vm.errors().clear();
                vm.load();
                e.consume();
            }
        });
        vm.errors().addListener((MapChangeListener<String, String>) c -> {
            String t = vm.errors().get(OfficeSettingsService.CLOSING_TIME);
            String p = vm.errors().get(OfficeSettingsService.PLACE);
            closingError.setText(t == null ? "" : t);
            placeError.setText(p == null ? "" : p);
            if (t != null) {
                closing.requestFocus();
            } else if (p != null) {
                place.requestFocus();
            }
        });
    }

    /** Lambang kantor: the picture as the kop will show it, choose another, or go back to the outline. */
    private Node emblemSection(I18n i18n,
                               java.util.function.Function<javafx.stage.Window, java.util.Optional<java.nio.file.Path>> chooser) {
        Label title = new Label(i18n.t("office.emblem"));
        title.getStyleClass().addAll("title-4", "section-title");
        javafx.scene.image.ImageView picture = new javafx.scene.image.ImageView();
        picture.setId("office-emblem-picture");
        picture.setFitWidth(76);
        picture.setFitHeight(90);
        picture.setPreserveRatio(true);
        Label none = new Label(i18n.t("office.emblem.none"));
        none.setId("office-emblem-none");
        none.setWrapText(true);
        none.setMaxWidth(220);
        Button choose = new Button(i18n.t("office.emblem.chooseButton"));
        choose.setId("office-emblem-choose");
        choose.setOnAction(e -> chooser.apply(root.getScene() == null ? null : root.getScene().getWindow())
                .ifPresent(vm::chooseEmblem));
        Button remove = new Button(i18n.t("office.emblem.remove"));
        remove.setId("office-emblem-remove");
        remove.setOnAction(e -> vm.removeEmblem());
        Label error = new Label();
        error.setId("office-emblem-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.emblemError());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Label note = new Label(i18n.t("office.emblem.note"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        note.setMaxWidth(640);
        vm.emblem().addListener((o, a, bytes) -> {
            picture.setImage(bytes == null ? null : new javafx.scene.image.Image(new java.io.ByteArrayInputStream(bytes)));
            picture.setVisible(bytes != null);
            picture.setManaged(bytes != null);
            none.setVisible(bytes == null);
            none.setManaged(bytes == null);
            remove.setDisable(bytes == null);
        });
        picture.setVisible(false);
        picture.setManaged(false);
        remove.setDisable(true);
        javafx.scene.layout.HBox buttons = new javafx.scene.layout.HBox(8, choose, remove);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(16, picture, none, buttons);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(6, title, row, error, note);
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
