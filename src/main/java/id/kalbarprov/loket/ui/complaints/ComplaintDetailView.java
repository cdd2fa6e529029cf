package id.kalbarprov.loket.ui.complaints;

import static id.kalbarprov.loket.core.complaints.ComplaintFields.*;

import id.kalbarprov.loket.core.complaints.Complaint;
import id.kalbarprov.loket.core.complaints.ComplaintHistory;
import id.kalbarprov.loket.core.complaints.ComplaintState;
import id.kalbarprov.loket.core.complaints.DeliveryChannel;
import id.kalbarprov.loket.core.letters.ComplaintReplyService;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.ui.common.I18n;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One complaint: its facts (contact details only here), history, and the step its state allows. */
final class ComplaintDetailView {

    private static final double LABEL = 165;

    private final I18n i18n;
    private final ComplaintDetailViewModel vm;
    private final ScrollPane root;
    private final Label title = new Label();
    private final Label stateLabel = new Label();
    private final GridPane facts = new GridPane();
    private final VBox history = new VBox(4);
    private final VBox verifyBox;
    private final VBox followUpBox;
    private final VBox closeBox;
    private final Label finalNote = new Label();
    private final Label noRight = new Label();
    private final VBox replyBox;
    private final Label replyRefusal = new Label();
    private final Label replyIssued = new Label();
    private GridPane replyForm;
    private HBox replyLetterActions;

    ComplaintDetailView(I18n i18n, ComplaintDetailViewModel vm, Runnable onBack) {
        this.i18n = i18n;
        this.vm = vm;
        FieldErrors errors = new FieldErrors(vm.errors(), LABEL);
        Button back = new Button("← " + i18n.t("complaints.back"));
        back.setId("complaint-back");
        back.setCancelButton(true);
        back.setOnAction(e -> onBack.run());
        title.setId("complaint-title");
        title.getStyleClass().add("title-3");
        stateLabel.setId("complaint-state");
        stateLabel.getStyleClass().add("section-title");
        HBox header = new HBox(16, back, title, stateLabel);
        header.setAlignment(Pos.CENTER_LEFT);

        facts.setId("complaint-facts");
        facts.getStyleClass().add("form-grid");
        facts.setVgap(6);
        facts.getColumnConstraints().addAll(new ColumnConstraints(LABEL), grow());

        // verify and categorise, or forward
        ComboBox<ComplaintDetailViewModel.Verdict> verdict = new ComboBox<>(vm.verdicts());
        verdict.setId(CATEGORY);
        verdict.setMaxWidth(Double.MAX_VALUE);
        ComplaintFormView.cells(verdict, v -> v.notOurs() ? i18n.t("complaints.action.notOurs")
                : i18n.t("complaints.field.categoryLine", v.category().name(), v.category().workingDays()));
        verdict.valueProperty().bindBidirectional(vm.verdict());
        TextField forwardTo = new TextField();
        forwardTo.textProperty().bindBidirectional(vm.forwardTo());
        TextField note = new TextField();
        note.textProperty().bindBidirectional(vm.note());
        Button verify = new Button(i18n.t("complaints.action.verifySave"));
        verify.setId("complaint-verify");
        verify.getStyleClass().add("accent");
        verify.setOnAction(e -> vm.verify());
        GridPane vg = actionGrid();
        int r = errors.row(vg, 0, i18n.t("complaints.field.category"), verdict, CATEGORY);
        int fwdRow = r;
        r = errors.row(vg, r, i18n.t("complaints.field.forwardTo"), forwardTo, FORWARD_TO);
        vg.getChildren().stream().filter(n -> GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) == fwdRow)
                .forEach(n -> {
                    n.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                            () -> vm.verdict().get() != null && vm.verdict().get().notOurs(), vm.verdict()));
                    n.managedProperty().bind(n.visibleProperty());
                });
        r = errors.row(vg, r, i18n.t("complaints.field.note"), note, NOTE);
        vg.add(verify, 1, r);
        verifyBox = section("complaints.action.verify", vg);

        TextArea actions = new TextArea();
        actions.setWrapText(true);
        actions.setPrefRowCount(2);
        actions.textProperty().bindBidirectional(vm.actions());
        Button followUp = new Button(i18n.t("complaints.action.followUpSave"));
        followUp.setId("complaint-follow-up");
        followUp.getStyleClass().add("accent");
        followUp.setOnAction(e -> vm.followUp());
        GridPane fg = actionGrid();
        r = errors.row(fg, 0, i18n.t("complaints.field.actions"), actions, ACTIONS);
        fg.add(followUp, 1, r);
        followUpBox = section("complaints.action.followUp", fg);

        TextArea answer = new TextArea();
        answer.setWrapText(true);
        answer.setPrefRowCount(2);
        answer.textProperty().bindBidirectional(vm.answer());
        ComboBox<DeliveryChannel> delivery = new ComboBox<>();
        delivery.getItems().setAll(DeliveryChannel.values());
        ComplaintFormView.cells(delivery, d -> i18n.of("complaintDelivery", d));
        delivery.valueProperty().bindBidirectional(vm.delivery());
        DatePicker deliveredOn = new DatePicker();
        ComplaintFormView.indonesian(deliveredOn, i18n);
        deliveredOn.valueProperty().bindBidirectional(vm.deliveredOn());
        Button close = new Button(i18n.t("complaints.action.closeSave"));
        close.setId("complaint-close");
        close.getStyleClass().add("accent");
        close.setOnAction(e -> vm.close());
        GridPane cg = actionGrid();
        r = errors.row(cg, 0, i18n.t("complaints.field.answer"), answer, ANSWER);
        r = errors.row(cg, r, i18n.t("complaints.field.delivery"), delivery, DELIVERY);
        r = errors.row(cg, r, i18n.t("complaints.field.deliveredOn"), deliveredOn, DELIVERED_ON);
        Label later = new Label(i18n.t(vm.canIssue() ? "complaints.replyLetterAbove" : "complaints.replyLetterLater"));
        later.getStyleClass().add("text-muted");
        later.setWrapText(true);
        cg.add(later, 1, r++);
        cg.add(close, 1, r);
        closeBox = section("complaints.action.close", cg);

        replyBox = section("complaints.reply.title", replyContent(errors));
        replyBox.setId("complaint-reply-box");

        finalNote.setId("complaint-final");
        finalNote.getStyleClass().add("text-muted");
        noRight.setText(i18n.t("complaints.action.noRight"));
        noRight.getStyleClass().add("warning");
        noRight.setWrapText(true);

        Label historyTitle = new Label(i18n.t("complaints.detail.history"));
        historyTitle.getStyleClass().add("section-title");
        history.setId("complaint-history");
        VBox left = new VBox(12, facts, historyTitle, history);
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox right = new VBox(12, verifyBox, followUpBox, closeBox, replyBox, finalNote, noRight);
        right.setPrefWidth(470);
        right.setMinWidth(420);
        VBox box = new VBox(12, header, new HBox(20, left, right));
        box.setPadding(new Insets(10, 16, 16, 0));
        root = id.kalbarprov.loket.ui.common.FollowFocus.install(new ScrollPane(box));
        root.setFitToWidth(true);
        root.setId("complaint-detail");
        vm.complaint().addListener((o, a, c) -> render(c));
    }

    /** The reply letter: answer and address, preview and issue; once issued, its number, view and print. */
    private Node replyContent(FieldErrors errors) {
        replyRefusal.setId("complaint-reply-refusal");
        replyRefusal.getStyleClass().add("warning");
        replyRefusal.setWrapText(true);
        replyRefusal.managedProperty().bind(replyRefusal.visibleProperty());
        replyIssued.setId("complaint-reply-issued");
        replyIssued.setWrapText(true);
        replyIssued.managedProperty().bind(replyIssued.visibleProperty());

        TextArea answer = new TextArea();
        answer.setWrapText(true);
        answer.setPrefRowCount(3);
        answer.textProperty().bindBidirectional(vm.replyAnswer());
        TextField address = new TextField();
        address.textProperty().bindBidirectional(vm.replyAddress());
        address.setPromptText(i18n.t("complaints.reply.addressPrompt"));
        Button preview = new Button(i18n.t("complaints.reply.preview"));
        preview.setId("complaint-reply-preview");
        preview.setOnAction(e -> vm.previewReply());
        Button issue = new Button(i18n.t("complaints.reply.issue"));
        issue.setId("complaint-reply-issue");
        issue.getStyleClass().add("accent");
        issue.setOnAction(e -> vm.issueReply());
        preview.disableProperty().bind(vm.replyBusy());
        issue.disableProperty().bind(vm.replyBusy());
        GridPane g = actionGrid();
        g.setId("complaint-reply-form");
        int r = errors.row(g, 0, i18n.t("complaints.reply.answer"), answer, ComplaintReplyService.ANSWER);
        r = errors.row(g, r, i18n.t("complaints.reply.address"), address, ComplaintReplyService.ADDRESS);
        g.add(new HBox(8, preview, issue), 1, r);
        g.managedProperty().bind(g.visibleProperty());
        replyForm = g;

        Button open = new Button(i18n.t("complaints.reply.open"));
        open.setId("complaint-reply-open");
        open.setOnAction(e -> vm.openReply());
        ComboBox<String> printer = new ComboBox<>(vm.printers());
        printer.setId("complaint-reply-printer");
        printer.setAccessibleText(i18n.t("letters.print.printer"));
        printer.setPromptText(i18n.t("letters.print.none"));
        printer.valueProperty().bindBidirectional(vm.printer());
        printer.setMaxWidth(150);
        printer.setPrefWidth(150);
        Label printerLabel = new Label(i18n.t("letters.print.printer"));
        printerLabel.setLabelFor(printer);
        Button print = new Button(i18n.t("letters.print"));
        print.setId("complaint-reply-print");
        print.setOnAction(e -> vm.printReply());
        print.disableProperty().bind(vm.replyBusy());
        HBox actions = new HBox(8, open, printerLabel, printer, print);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setId("complaint-reply-actions");
        actions.managedProperty().bind(actions.visibleProperty());
        replyLetterActions = actions;

        Label status = new Label();
        status.setId("complaint-reply-status");
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        status.textProperty().bind(vm.replyStatus());
        status.visibleProperty().bind(vm.replyStatus().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        Label caption = new Label();
        caption.setId("complaint-reply-caption");
        caption.getStyleClass().add("text-muted");
        caption.setWrapText(true);
        caption.textProperty().bind(vm.replyCaption());
        caption.visibleProperty().bind(vm.replyCaption().isNotEmpty());
        caption.managedProperty().bind(caption.visibleProperty());
        // The first page small; the letter is read full size in the page viewer (issue 13).
        VBox pages = new VBox(8);
        pages.setId("complaint-reply-pages");
        Button full = new Button(i18n.t("pages.open"));
        full.setId("complaint-reply-open-pages");
        full.setOnAction(e -> vm.openReplyPages());
        vm.replyPages().addListener((o, a, imgs) -> {
            pages.getChildren().clear();
            if (!imgs.isEmpty()) {
                ImageView v = new ImageView(SwingFXUtils.toFXImage(imgs.get(0), null));
                v.setPreserveRatio(true);
                v.setFitWidth(240);
                v.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 6, 0, 0, 1); -fx-cursor: hand;");
                v.setOnMouseClicked(e -> vm.openReplyPages());
                pages.getChildren().addAll(full, v);
            }
        });
        Label general = errors.error(ComplaintReplyService.REPLY);
        return new VBox(8, replyRefusal, replyIssued, general, g, actions, status, caption, pages);
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setMaxWidth(640);
        return c;
    }

    private static GridPane actionGrid() {
        GridPane g = new GridPane();
        g.getStyleClass().add("form-grid");
        g.getColumnConstraints().addAll(new ColumnConstraints(LABEL), grow());
        return g;
    }

    private VBox section(String key, Node content) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("section-title");
        VBox v = new VBox(8, l, content);
        v.getStyleClass().add("complaint-action");
        v.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 6; -fx-padding: 12;");
        v.managedProperty().bind(v.visibleProperty());
        return v;
    }

    private void render(Complaint c) {
        if (c == null) {
            return;
        }
        title.setText(c.number());
        stateLabel.setText(i18n.of("complaintState", c.state()));
        facts.getChildren().clear();
        int r = 0;
        r = fact(r, "complaints.detail.received", IndonesianDates.shortDateTime(c.receivedAt()), null);
        r = fact(r, "complaints.detail.channel", c.channelReference() == null ? c.channel()
                : c.channel() + " — " + c.channelReference(), null);
        String who = (c.anonymous() ? i18n.t("complaints.anonymous") : c.complainantName()) + " · "
                + i18n.of("complainantKind", c.complainantKind()) + (c.agency() == null ? "" : " · " + c.agency());
        r = fact(r, "complaints.detail.complainant", who, null);
        r = fact(r, "complaints.detail.contact", c.contact(), "complaint-contact-value");
        r = fact(r, "complaints.detail.service", c.service(), null);
        r = fact(r, "complaints.detail.letter", c.letterAgenda(), null);
        r = fact(r, "complaints.detail.text", c.text(), "complaint-text-value");
        r = fact(r, "complaints.detail.category", c.category() == null ? i18n.t("complaints.uncategorised")
                : i18n.t("complaints.field.categoryLine", c.category(), c.workingDays()), "complaint-category-value");
        Label due = new Label(vm.dueText());
        due.setId("complaint-due");
        due.setWrapText(true);
        due.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (vm.dueStyle() != null) {
            due.getStyleClass().add(vm.dueStyle());
        }
        r = factNode(r, "complaints.detail.due", due);
        if (c.forwardedTo() != null) {
            r = fact(r, "complaints.detail.forwardedTo", c.forwardedTo(), "complaint-forwarded-value");
        }
        var live = vm.liveReply();
        if (live.isPresent()) {
            r = fact(r, "complaints.detail.replyLetter", i18n.t("complaints.reply.line", live.get().number(),
                    IndonesianDates.longDate(live.get().letterDate())), "complaint-reply-letter-value");
        }
        if (c.answer() != null) {
            r = fact(r, "complaints.detail.answer", c.answer(), "complaint-answer-value");
            fact(r, "complaints.detail.delivery", i18n.t("complaints.detail.deliveryLine",
                    i18n.of("complaintDelivery", c.delivery()), IndonesianDates.longDate(c.deliveredOn())), null);
        }
        boolean handle = vm.canHandle();
        verifyBox.setVisible(handle && c.state() == ComplaintState.DITERIMA);
        followUpBox.setVisible(handle && c.state().canMoveTo(ComplaintState.DITINDAKLANJUTI));
        closeBox.setVisible(handle && c.state().canMoveTo(ComplaintState.SELESAI));
        finalNote.setText(i18n.t("complaints.final", i18n.of("complaintState", c.state())));
        finalNote.setVisible(!c.state().open());
        finalNote.setManaged(!c.state().open());
        renderReply(c);
        noRight.setVisible(!handle && c.state().open());
        noRight.setManaged(noRight.isVisible());
        history.getChildren().clear();
        for (ComplaintHistory h : vm.history()) {
            Label l = new Label(IndonesianDates.shortDateTime(h.at()) + " · " + h.actor() + " · "
                    + i18n.of("complaintState", h.to()) + (h.note() == null ? "" : ": " + h.note()));
            l.setWrapText(true);
            history.getChildren().add(l);
        }
    }

    private void renderReply(Complaint c) {
        boolean stateFits = c.state() == ComplaintState.DITINDAKLANJUTI || c.state() == ComplaintState.SELESAI;
        replyBox.setVisible(vm.canIssue() && stateFits);
        String refusal = vm.replyRefusal();
        var live = vm.liveReply();
        replyRefusal.setText(refusal == null ? "" : refusal);
        replyRefusal.setVisible(refusal != null);
        replyIssued.setVisible(live.isPresent());
        live.ifPresent(l -> replyIssued.setText(i18n.t("complaints.reply.issued", l.number(),
                IndonesianDates.longDate(l.letterDate()))));
        replyForm.setVisible(refusal == null && live.isEmpty());
        replyLetterActions.setVisible(live.isPresent());
    }

    private int fact(int row, String key, String value, String id) {
        Label v = new Label(value == null || value.isBlank() ? i18n.t("complaints.detail.none") : value);
        v.setWrapText(true);
        if (id != null) {
            v.setId(id);
        }
        return factNode(row, key, v);
    }

    private int factNode(int row, String key, Label value) {
        Label k = new Label(i18n.t(key));
        k.getStyleClass().add("text-muted");
        k.setWrapText(true);
        k.setLabelFor(value);
        facts.add(k, 0, row);
        facts.add(value, 1, row);
        return row + 1;
    }

    Node view() {
        return root;
    }
}
