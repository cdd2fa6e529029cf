package id.kalbarprov.loket.ui.letters;

import id.kalbarprov.loket.core.letters.LetterKind;
import id.kalbarprov.loket.core.letters.LetterTemplate;
import id.kalbarprov.loket.core.letters.Placeholders;
import id.kalbarprov.loket.ui.common.Columns;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Pengaturan → Template Surat. */
public final class TemplatesView implements Screen {

    private final TemplatesViewModel vm;
    private final BorderPane root = new BorderPane();
    /** Width of the preview's page: the letter is read full size in the page viewer. */
    private static final double PREVIEW = 200;

    /** The placeholders the selected template may use (the complaint reply has its own). */
    private static String helpText(I18n i18n, LetterTemplate t) {
        return i18n.t("templates.help", String.join("  ", Placeholders.known(t == null ? LetterKind.SELESAI : t.kind())
                .stream().map(p -> "{" + p + "}").toList()));
    }

    public TemplatesView(I18n i18n, TemplatesViewModel vm) {
        this.vm = vm;
        ListView<LetterTemplate> list = new ListView<>(vm.templates());
        list.setId("templates-list");
        list.setAccessibleText(i18n.t("templates.list"));
        list.setPrefWidth(230);
        list.setMinWidth(200);
        // Names longer than the list is wide are cut; the cell's tooltip shows them whole.
        Columns.elidable(list);
        list.setCellFactory(l -> new ListCell<>() {
            {
                setPrefWidth(0); // no sideways scrolling: a long name is cut, its tooltip shows it whole
            }

            @Override
            protected void updateItem(LetterTemplate t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.service() == null ? i18n.of("letterKind", t.kind())
                        : i18n.t("templates.item", i18n.of("templates.service", t.service()),
                        i18n.of("letterKind", t.kind())));
                Columns.tooltip(this, getText());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t != null && t != vm.selected().get()) {
                vm.select(t);
            }
        });
        vm.selected().addListener((o, a, t) -> {
            if (t != null && list.getSelectionModel().getSelectedItem() != t) {
                list.getSelectionModel().select(t);
            }
        });

        FormSupport form = new FormSupport(i18n, vm.errors());
        TextField subject = new TextField();
        subject.setId("template-subject");
        subject.textProperty().bindBidirectional(vm.subject());
        TextArea body = new TextArea();
        body.setId("template-body");
        body.setWrapText(true);
        body.setPrefRowCount(14);
        body.textProperty().bindBidirectional(vm.body());
        Label help = new Label(helpText(i18n, null));
        vm.selected().addListener((o, a, t) -> help.setText(helpText(i18n, t)));
        help.setId("template-help");
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        help.getStyleClass().add("text-muted");
        Button save = new Button(i18n.t("templates.save"));
        save.setId("template-save");
        save.getStyleClass().add("accent");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(e -> vm.save());
        save.disableProperty().bind(vm.selected().isNull());
        Label status = new Label();
        status.setId("template-status");
        status.textProperty().bind(vm.status());
        status.setWrapText(true);
        VBox editor = new VBox(8, form.field("subject", "templates.subject", subject),
                form.field("body", "templates.body", body), help, new HBox(12, save, status));
        VBox.setVgrow(editor.getChildren().get(1), Priority.ALWAYS);
        editor.setPadding(new Insets(0, 12, 0, 12));
        HBox.setHgrow(editor, Priority.ALWAYS);

        ImageView preview = new ImageView();
        preview.setId("template-preview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(PREVIEW);
        preview.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 6, 0, 0, 1); -fx-cursor: hand;");
        preview.setOnMouseClicked(e -> vm.openPreview());
        Button full = new Button(i18n.t("pages.open"));
        full.setId("template-open-pages");
        full.setWrapText(true);
        full.setMaxWidth(PREVIEW);
        full.setMinHeight(Region.USE_PREF_SIZE);
        full.disableProperty().bind(vm.preview().isNull());
        full.setOnAction(e -> vm.openPreview());
        vm.preview().addListener((o, a, img) -> preview.setImage(img == null ? null : SwingFXUtils.toFXImage(img, null)));
        Label previewLabel = new Label(i18n.t("templates.preview"));
        vm.selected().addListener((o, x, t) -> previewLabel.setText(i18n.t(t != null
                && t.kind() == LetterKind.BALASAN_PENGADUAN ? "templates.previewReply" : "templates.preview")));
        previewLabel.getStyleClass().add("section-title");
        previewLabel.setWrapText(true);
        previewLabel.setMaxWidth(PREVIEW);
        previewLabel.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane previewScroll = new ScrollPane(new VBox(6, previewLabel, preview, full));
        previewScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        previewScroll.setPrefWidth(PREVIEW + 24);
        previewScroll.setMinWidth(PREVIEW + 24);
        previewScroll.setAccessibleText(i18n.t("templates.preview"));

        PauseTransition debounce = new PauseTransition(Duration.millis(350));
        debounce.setOnFinished(e -> vm.refreshPreview());
        subject.textProperty().addListener((o, a, b) -> {
            vm.check();
            debounce.playFromStart();
        });
        body.textProperty().addListener((o, a, b) -> {
            vm.check();
            debounce.playFromStart();
        });

        root.setLeft(list);
        root.setCenter(editor);
        root.setRight(previewScroll);
        root.setPadding(new Insets(12, 0, 0, 0));
        FormSupport.ctrlS(root, vm::save);
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
