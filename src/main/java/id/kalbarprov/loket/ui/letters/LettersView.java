package id.kalbarprov.loket.ui.letters;

import id.kalbarprov.loket.core.letters.Delivery;
import id.kalbarprov.loket.core.letters.IssuedLetter;
import id.kalbarprov.loket.core.letters.Paper;
import id.kalbarprov.loket.core.letters.PendingLetter;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
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
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Surat Konfirmasi: waiting requests and the outgoing register, the letter's preview and the actions. */
public final class LettersView implements Screen {

    private final I18n i18n;
    private final LettersViewModel vm;
    private final BorderPane root = new BorderPane();
    private final VBox pagesBox = new VBox(12);

    public LettersView(I18n i18n, LettersViewModel vm) {
        this.i18n = i18n;
        this.vm = vm;
        Label title = new Label(i18n.t("letters.title"));
        title.getStyleClass().add("title-2");
        Label subtitle = new Label(i18n.t("letters.subtitle"));
        subtitle.getStyleClass().add("text-muted");
        subtitle.setWrapText(true);
        Label status = new Label();
        status.setId("letters-status");
        status.textProperty().bind(vm.status());
        status.getStyleClass().add("text-muted");
        VBox header = new VBox(2, title, subtitle, status);
        header.setPadding(new Insets(0, 0, 12, 0));
        root.setTop(header);
        root.setLeft(lists());
        root.setCenter(preview());
        root.setRight(actions());
        root.getStyleClass().add("screen");
    }

    private Node lists() {
        TableView<PendingLetter> waiting = new TableView<>(vm.waiting());
        waiting.setId("letters-waiting");
        waiting.setAccessibleText(i18n.t("letters.waiting"));
        waiting.setPlaceholder(new Label(i18n.t("letters.waiting.none")));
        waiting.getColumns().add(column("letters.col.agenda", PendingLetter::agendaNumber, 100));
        waiting.getColumns().add(column("letters.col.agency", PendingLetter::agency, 90));
        waiting.getColumns().add(column("letters.col.service",
                p -> p.service().replaceFirst("^Pelayanan ", ""), 130));
        waiting.getColumns().add(column("letters.col.kind", p -> i18n.of("letterKind", p.kind()), 100));
        waiting.getColumns().get(0).setMinWidth(112);
        waiting.getColumns().get(1).setMaxWidth(75);
        waiting.getColumns().get(2).setMaxWidth(140);
        waiting.getColumns().get(3).setMinWidth(110);
        waiting.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
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
        Label waitingLabel = section("letters.waiting");
        waitingLabel.setLabelFor(waiting);

        TableView<IssuedLetter> issued = new TableView<>(vm.issued());
        issued.setId("letters-issued");
        issued.setAccessibleText(i18n.t("letters.issued"));
        issued.setPlaceholder(new Label(i18n.t("letters.issued.none")));
        issued.getColumns().add(column("letters.col.number", IssuedLetter::number, 160));
        issued.getColumns().add(column("letters.col.date", i -> IndonesianDates.shortDate(i.letterDate()), 92));
        issued.getColumns().add(column("letters.col.agency", IssuedLetter::agency, 80));
        issued.getColumns().add(column("letters.col.status", this::statusText, 110));
        issued.getColumns().get(0).setMinWidth(175);
        issued.getColumns().get(1).setMinWidth(95);
        issued.getColumns().get(2).setMaxWidth(75);
        issued.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
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
        box.setMinWidth(400);
        BorderPane.setMargin(box, new Insets(0, 16, 0, 0));
        return box;
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

    private Node preview() {
        Label caption = new Label();
        caption.setId("letters-preview-caption");
        caption.textProperty().bind(vm.previewCaption());
        caption.setWrapText(true);
        caption.getStyleClass().add("section-title");
        ScrollPane scroll = new ScrollPane(pagesBox);
        scroll.setId("letters-preview");
        scroll.setAccessibleText(i18n.t("letters.preview"));
        scroll.setFitToWidth(true);
        pagesBox.setPadding(new Insets(8));
        pagesBox.setStyle("-fx-background-color: -color-bg-subtle;");
        Label empty = new Label(i18n.t("letters.preview.empty"));
        empty.setId("letters-preview-empty");
        empty.setWrapText(true);
        empty.getStyleClass().add("text-muted");
        vm.pages().addListener((o, a, imgs) -> showPages(imgs, scroll, empty));
        showPages(vm.pages().get(), scroll, empty);
        VBox box = new VBox(6, caption, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return box;
    }

    private void showPages(List<BufferedImage> imgs, ScrollPane scroll, Label empty) {
        pagesBox.getChildren().clear();
        if (imgs == null || imgs.isEmpty()) {
            pagesBox.getChildren().add(empty);
            return;
        }
        int n = 1;
        for (BufferedImage img : imgs) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(img, null));
            view.setId("letters-page-" + n++);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty().bind(Bindings.max(120, scroll.widthProperty().subtract(40)));
            view.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 6, 0, 0, 1);");
            pagesBox.getChildren().add(view);
        }
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

        VBox box = new VBox(4, issue,
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
        box.setPrefWidth(240);
        box.setMinWidth(220);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(262);
        scroll.setId("letters-actions");
        scroll.setStyle("-fx-background-color: transparent;");
        BorderPane.setMargin(scroll, new Insets(0, 0, 0, 16));
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


    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(i18n.t(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
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
