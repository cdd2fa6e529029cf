package id.kalbarprov.loket.ui.letters;

import id.kalbarprov.loket.core.letters.Delivery;
import id.kalbarprov.loket.core.letters.IssuedLetter;
import id.kalbarprov.loket.core.letters.Paper;
import id.kalbarprov.loket.core.letters.PendingLetter;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.ui.common.Columns;
import id.kalbarprov.loket.ui.common.FollowFocus;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.PageViewer;
import id.kalbarprov.loket.ui.common.Screen;
import java.awt.image.BufferedImage;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Surat Konfirmasi: waiting requests and the outgoing register, the letter's preview and the actions. */
public final class LettersView implements Screen {

    private final I18n i18n;
    private final LettersViewModel vm;
    private final BorderPane root = new BorderPane();
    /** Width of the first page's small picture in the right-hand column. */
    private static final double THUMB = 240;

    public LettersView(I18n i18n, LettersViewModel vm) {
        this.i18n = i18n;
        this.vm = vm;
        Label title = new Label(i18n.t("letters.title"));
        title.getStyleClass().add("title-2");
        Label subtitle = new Label(i18n.t("letters.subtitle"));
        subtitle.getStyleClass().add("text-muted");
        subtitle.setWrapText(true);
        subtitle.setMinHeight(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("letters-status");
        status.textProperty().bind(vm.status());
        status.getStyleClass().add("text-muted");
        VBox header = new VBox(2, title, subtitle, status);
        header.setPadding(new Insets(0, 0, 12, 0));
        root.setTop(header);
        HBox body = new HBox(16, lists(), actions());
        root.setCenter(body);
        root.getStyleClass().add("screen");
    }

    private Node lists() {
        TableView<PendingLetter> waiting = new TableView<>(vm.waiting());
        waiting.setId("letters-waiting");
        waiting.getStyleClass().add("small-table");
        waiting.setAccessibleText(i18n.t("letters.waiting"));
        waiting.setPlaceholder(new Label(i18n.t("letters.waiting.none")));
        // Two lines per column: both lists keep every column in view at 1024 px (issue 13).
        waiting.getColumns().add(Columns.fit(Columns.twoLines(i18n.t("letters.col.agenda") + "\n" + i18n.t("letters.col.agency"),
                Columns.Line.whole(PendingLetter::agendaNumber), Columns.Line.whole(PendingLetter::agency)),
                Columns.AGENDA_SAMPLE));
        waiting.getColumns().add(Columns.twoLines(i18n.t("letters.col.service") + "\n" + i18n.t("letters.col.kind"),
                Columns.Line.cut(p -> p.service().replaceFirst("^Pelayanan ", "")),
                Columns.Line.whole(p -> i18n.of("letterKind", p.kind()))));
        waiting.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Columns.wholeHeaders(waiting);
        waiting.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null && vm.selectedWaiting().get() != p) {
                vm.selectWaiting(p);
            }
        });
        vm.selectedWaiting().addListener((o, a, p) -> {
            if (p == null) {
                waiting.getSelectionModel().clearSelection();
            }
        });
        openOnEnter(waiting);
        Label waitingLabel = section("letters.waiting");
        waitingLabel.setLabelFor(waiting);

        TableView<IssuedLetter> issued = new TableView<>(vm.issued());
        issued.setId("letters-issued");
        issued.getStyleClass().add("small-table");
        issued.setAccessibleText(i18n.t("letters.issued"));
        issued.setPlaceholder(new Label(i18n.t("letters.issued.none")));
        issued.getColumns().add(Columns.fit(Columns.twoLines(i18n.t("letters.col.number") + "\n" + i18n.t("letters.col.date"),
                Columns.Line.whole(IssuedLetter::number), Columns.Line.whole(i -> IndonesianDates.shortDate(i.letterDate()))),
                "000.0.00.0/0000/Diskominfo"));
        issued.getColumns().add(Columns.twoLines(i18n.t("letters.col.agency") + "\n" + i18n.t("letters.col.status"),
                Columns.Line.whole(IssuedLetter::agency), Columns.Line.cut(this::statusText)));
        issued.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Columns.wholeHeaders(issued);
        openOnEnter(issued);
        issued.getSelectionModel().selectedItemProperty().addListener((o, a, i) -> {
            if (i != null && (vm.selectedIssued().get() == null || vm.selectedIssued().get().id() != i.id())) {
                vm.selectIssued(i);
            }
        });
        vm.selectedIssued().addListener((o, a, i) -> {
            if (i == null) {
                issued.getSelectionModel().clearSelection();
            } else if (issued.getSelectionModel().getSelectedItem() == null
                    || issued.getSelectionModel().getSelectedItem().id() != i.id()) {
                vm.issued().stream().filter(x -> x.id() == i.id()).findFirst()
                        .ifPresent(x -> issued.getSelectionModel().select(x));
            }
        });
        Label issuedLabel = section("letters.issued");
        issuedLabel.setLabelFor(issued);
        VBox box = new VBox(6, waitingLabel, waiting, issuedLabel, issued);
        VBox.setVgrow(waiting, Priority.ALWAYS);
        VBox.setVgrow(issued, Priority.ALWAYS);
        box.setPrefWidth(470);
        box.setMinWidth(330);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** Enter on a selected row opens the letter full size. */
    private void openOnEnter(TableView<?> table) {
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                vm.openPages();
                e.consume();
            }
        });
    }

    private String statusText(IssuedLetter i) {
        String text = statusOnly(i);
        return i.complaintReply() ? i18n.t("letters.status.reply", text) : text;
    }

    private String statusOnly(IssuedLetter i) {
        if (i.cancelled()) {
            return i18n.t("letters.status.cancelled");
        }
        if (i.delivery() != null) {
            return i18n.of("letterDelivery", i.delivery()) + " " + IndonesianDates.shortDate(i.deliveredOn());
        }
        return i18n.t("letters.status.issued");
    }

    /** The first page small, and the button that opens the letter full size ({@link PageViewer}). */
    private VBox preview() {
        Label caption = new Label();
        caption.setId("letters-preview-caption");
        caption.textProperty().bind(vm.previewCaption());
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.getStyleClass().add("section-title");
        Label empty = new Label(i18n.t("letters.preview.empty"));
        empty.setId("letters-preview-empty");
        empty.setWrapText(true);
        empty.setMinHeight(Region.USE_PREF_SIZE);
        empty.getStyleClass().add("text-muted");
        ImageView thumb = new ImageView();
        thumb.setId("letters-page-1");
        thumb.setPreserveRatio(true);
        thumb.setSmooth(true);
        thumb.setFitWidth(THUMB);
        thumb.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 6, 0, 0, 1); -fx-cursor: hand;");
        thumb.setOnMouseClicked(e -> vm.openPages());
        Button open = new Button(i18n.t("pages.open"));
        open.setId("letters-open-pages");
        open.setMaxWidth(Double.MAX_VALUE);
        open.setOnAction(e -> vm.openPages());
        Label hint = new Label(i18n.t("pages.open.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(6, caption, empty, thumb, open, hint);
        box.setId("letters-preview");
        box.setAccessibleText(i18n.t("letters.preview"));
        Runnable show = () -> {
            List<BufferedImage> imgs = vm.pages().get();
            boolean has = imgs != null && !imgs.isEmpty();
            thumb.setImage(has ? SwingFXUtils.toFXImage(imgs.get(0), null) : null);
            for (Node n : List.of(thumb, open, hint)) {
                n.setVisible(has);
                n.setManaged(has);
            }
            empty.setVisible(!has);
            empty.setManaged(!has);
        };
        vm.pages().addListener((o, a, b) -> show.run());
        show.run();
        return box;
    }

    private Node actions() {
        Button issue = new Button(i18n.t("letters.issue"));
        issue.setId("letters-issue");
        issue.getStyleClass().add("accent");
        issue.setMaxWidth(Double.MAX_VALUE);
        issue.disableProperty().bind(vm.selectedWaiting().isNull().or(vm.busy()));
        issue.setOnAction(e -> vm.issue());

        ComboBox<String> printer = new ComboBox<>(vm.printers());
        printer.setId("letters-printer");
        printer.valueProperty().bindBidirectional(vm.printer());
        printer.setMaxWidth(Double.MAX_VALUE);
        printer.setPromptText(i18n.t("letters.print.none"));
        ComboBox<Paper> paper = new ComboBox<>();
        paper.getItems().setAll(Paper.values());
        paper.setId("letters-paper");
        paper.valueProperty().bindBidirectional(vm.paper());
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(Paper p) {
                return p == null ? "" : i18n.of("letters.paper", p);
            }

            @Override
            public Paper fromString(String s) {
                return null;
            }
        });
        Spinner<Integer> copies = new Spinner<>(1, 20, 1);
        copies.setPrefWidth(80);
        copies.setId("letters-copies");
        copies.setEditable(true);
        copies.getValueFactory().valueProperty().bindBidirectional(vm.copies());
        Button print = new Button(i18n.t("letters.print"));
        print.setId("letters-print");
        print.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox.setHgrow(print, Priority.ALWAYS);
        print.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.selectedIssued().get() == null
                || vm.selectedIssued().get().cancelled() || vm.busy().get(), vm.selectedIssued(), vm.busy()));
        print.setOnAction(e -> vm.print());

        ComboBox<Delivery> method = new ComboBox<>();
        method.getItems().setAll(Delivery.values());
        method.setId("letters-delivery-method");
        method.valueProperty().bindBidirectional(vm.delivery());
        method.setMaxWidth(Double.MAX_VALUE);
        method.setConverter(new StringConverter<>() {
            @Override
            public String toString(Delivery d) {
                return d == null ? "" : i18n.of("letterDelivery", d);
            }

            @Override
            public Delivery fromString(String s) {
                return null;
            }
        });
        method.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Delivery d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : i18n.of("letterDelivery", d));
            }
        });
        DatePicker on = new DatePicker();
        on.setId("letters-delivered-on");
        on.valueProperty().bindBidirectional(vm.deliveredOn());
        on.setMaxWidth(Double.MAX_VALUE);
        on.setConverter(id.kalbarprov.loket.ui.common.DateText.converter());
        TextField receiver = new TextField();
        receiver.setId("letters-receiver");
        receiver.textProperty().bindBidirectional(vm.receiver());
        Button record = new Button(i18n.t("letters.delivery.record"));
        record.setId("letters-record-delivery");
        record.setMaxWidth(Double.MAX_VALUE);
        record.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.selectedIssued().get() == null
                || vm.selectedIssued().get().cancelled(), vm.selectedIssued()));
        record.setOnAction(e -> vm.recordDelivery());
        receiver.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !record.isDisabled()) {
                vm.recordDelivery();
            }
        });

        TextField reason = new TextField();
        reason.setId("letters-cancel-reason");
        reason.textProperty().bindBidirectional(vm.cancelReason());
        Button cancel = new Button(i18n.t("letters.cancel"));
        cancel.setId("letters-cancel");
        cancel.getStyleClass().add("danger");
        cancel.setMaxWidth(Double.MAX_VALUE);
        cancel.disableProperty().bind(record.disableProperty());
        cancel.setOnAction(e -> vm.cancel());

        VBox box = new VBox(4, preview(), issue,
                section("letters.print.section"),
                labelled("letters.print.printer", printer), printer,
                labelled("letters.print.paper", paper), paper,
                labelled("letters.print.copies", copies), new javafx.scene.layout.HBox(8, copies, print),
                section("letters.delivery.section"),
                labelled("letters.delivery.method", method), method,
                labelled("letters.delivery.on", on), on, error("deliveredOn"),
                labelled("letters.delivery.receiver", receiver), receiver, error("receiver"), record,
                section("letters.cancel.section"),
                labelled("letters.cancel.reason", reason), reason, error("reason"), cancel);
        box.setPadding(new Insets(0, 12, 0, 0));
        ScrollPane scroll = FollowFocus.install(new ScrollPane(box));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(THUMB + 30);
        scroll.setMinWidth(THUMB + 30);
        scroll.setId("letters-actions");
        scroll.setStyle("-fx-background-color: transparent;");
        return scroll;
    }

    private Label labelled(String key, javafx.scene.control.Control control) {
        Label l = new Label(i18n.t(key));
        l.setLabelFor(control);
        control.setAccessibleText(i18n.t(key));
        return l;
    }

    private Label error(String field) {
        Label l = new Label();
        l.getStyleClass().add("field-error");
        l.setId("letters-error-" + field);
        l.setWrapText(true);
        l.textProperty().bind(Bindings.valueAt(vm.errors(), field));
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }

    private Label section(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("section-title");
        l.setPadding(new Insets(8, 0, 0, 0));
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
