package id.kalbarprov.loket.ui.review;

import id.kalbarprov.loket.core.auth.Person;
import id.kalbarprov.loket.core.register.RequestDetail;
import id.kalbarprov.loket.core.register.WorkItem;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.request.RequestWorkflow;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.KeepSelection;
import id.kalbarprov.loket.ui.common.Screen;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Kajian: worklist on the left (most urgent first), the request and the decisions on the right. */
public final class ReviewView implements Screen {

    private final I18n i18n;
    private final ReviewViewModel vm;
    private final BorderPane root = new BorderPane();
    private final RequestDetailPane detailPane;
    private final VBox decisions = new VBox(8);
    private final Map<String, Label> errorLabels = new LinkedHashMap<>();
    private final Map<String, Control> fields = new LinkedHashMap<>();
    private final Button take;
    private final Button forward;
    private final Button giveBack;
    private final Button refuse;
    private final Button complete;
    private final Button openReturn;
    private final Button openRefuse;
    private final VBox everyday = new VBox(8);
    private VBox returnForm;
    private VBox refuseForm;
    private long shownId = -1;

    public ReviewView(I18n i18n, ReviewViewModel vm) {
        this.i18n = i18n;
        this.vm = vm;
        this.detailPane = new RequestDetailPane(i18n, "review-detail");
        take = button("review-take", "review.take");
        forward = button("review-forward", "review.forward");
        giveBack = button("review-return", "review.return");
        refuse = button("review-refuse", "review.refuse");
        openReturn = button("review-return-open", "review.return.open");
        openRefuse = button("review-refuse-open", "review.refuse.open");
        complete = button("review-complete", "review.complete");
        root.getStyleClass().add("screen");

        Label title = new Label(i18n.t("review.title"));
        title.getStyleClass().add("title-2");
        Label subtitle = new Label(i18n.t("review.subtitle"));
        subtitle.getStyleClass().add("text-muted");
        subtitle.setWrapText(true);
        ToggleGroup sections = new ToggleGroup();
        ToggleButton toReview = new ToggleButton(i18n.t("review.section.TO_REVIEW"));
        toReview.setId("review-section-to-review");
        ToggleButton waiting = new ToggleButton(i18n.t("review.section.WAITING"));
        waiting.setId("review-section-waiting");
        toReview.setToggleGroup(sections);
        waiting.setToggleGroup(sections);
        toReview.setSelected(true);
        toReview.setOnAction(e -> {
            toReview.setSelected(true);
            vm.section().set(ReviewViewModel.Section.TO_REVIEW);
        });
        waiting.setOnAction(e -> {
            waiting.setSelected(true);
            vm.section().set(ReviewViewModel.Section.WAITING);
        });
        Label notice = new Label();
        notice.setId("review-notice");
        notice.getStyleClass().add("due-on-track");
        notice.textProperty().bind(vm.notice());
        notice.setWrapText(true);
        FlowPane bar = new FlowPane(8, 6, toReview, waiting, notice);
        bar.setPadding(new Insets(8, 0, 8, 0));
        root.setTop(new VBox(2, title, subtitle, bar));

        TableView<WorkItem> table = WorklistTable.create(i18n, vm.items(), "review-list");
        KeepSelection.install(table, w -> w.row().id());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, w) -> {
            if (w != null) {
                vm.select(w.row().id());
            }
        });
        Button more = new Button(i18n.t("workflow.more"));
        more.setId("review-more");
        more.visibleProperty().bind(vm.hasMore());
        more.managedProperty().bind(vm.hasMore());
        more.setOnAction(e -> vm.loadMore());
        VBox left = new VBox(6, table, more);
        VBox.setVgrow(table, Priority.ALWAYS);

        buildDecisions();
        // The request above, the decisions below: each scrolls on its own (DetailAndActions).
        detailPane.root().setPadding(new Insets(0, 8, 0, 0));
        decisions.setPadding(new Insets(8, 8, 8, 0));
        BorderPane right = new BorderPane(id.kalbarprov.loket.ui.common.DetailAndActions.of(detailPane.root(), decisions,
                "review-detail"));
        right.setPadding(new Insets(0, 0, 0, 12));
        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        left.setMinWidth(WorklistTable.MIN_WIDTH);
        right.setMinWidth(320);
        root.setCenter(split);

        vm.detail().addListener((o, a, d) -> render(d));
        vm.errors().addListener((MapChangeListener<String, String>) c -> showErrors());
        render(null);
    }

    private void buildDecisions() {
        decisions.setId("review-decisions");
        Label head = new Label(i18n.t("review.decisions"));
        head.getStyleClass().add("section-title");

        ComboBox<Person> processor = new ComboBox<>(vm.processors());
        processor.setId("review-processor");
        processor.setPromptText(i18n.t("review.processor.prompt"));
        processor.setMaxWidth(Double.MAX_VALUE);
        processor.setMinWidth(170);
        processor.setAccessibleText(i18n.t("review.processor"));
        // The list shows full names; the request stores the username.
        processor.valueProperty().addListener((o, a, p) -> vm.processor().set(p == null ? "" : p.username()));
        vm.processor().addListener((o, a, u) -> selectProcessor(processor, u));
        vm.processors().addListener((javafx.collections.ListChangeListener<Person>) c ->
                selectProcessor(processor, vm.processor().get()));
        Label processorLabel = label("review.processor", processor);
        fields.put(RequestWorkflow.PROCESSOR, processor);

        take.setOnAction(e -> vm.take());
        forward.setOnAction(e -> vm.forward());
        complete.setOnAction(e -> vm.complete());
        take.setTooltip(new javafx.scene.control.Tooltip(i18n.t("review.take.hint")));
        complete.setTooltip(new javafx.scene.control.Tooltip(i18n.t("review.take.hint")));

        // Returning and refusing each have their own form, opened on purpose, and ask before acting.
        TextArea reason = area("review-reason");
        reason.textProperty().bindBidirectional(vm.reason());
        fields.put(RequestWorkflow.REASON, reason);
        TextArea missing = area("review-missing");
        missing.textProperty().bindBidirectional(vm.missingItems());
        fields.put(RequestWorkflow.MISSING_ITEMS, missing);
        giveBack.setOnAction(e -> vm.returnToAgency());
        Button closeReturn = button("review-return-cancel", "common.cancel");
        returnForm = new VBox(4, label("review.return.reason", reason), reason, error(RequestWorkflow.REASON),
                label("review.missing", missing), missing, error(RequestWorkflow.MISSING_ITEMS),
                hint("review.return.hint"), new FlowPane(8, 6, giveBack, closeReturn));
        returnForm.setId("review-return-form");

        TextArea refuseReason = area("review-refuse-reason");
        refuseReason.textProperty().bindBidirectional(vm.refuseReason());
        fields.put(ReviewViewModel.REFUSE_REASON, refuseReason);
        refuse.getStyleClass().add("danger");
        refuse.setOnAction(e -> vm.refuse());
        Button closeRefuse = button("review-refuse-cancel", "common.cancel");
        refuseForm = new VBox(4, label("review.refuse.reason", refuseReason), refuseReason,
                error(ReviewViewModel.REFUSE_REASON), hint("review.refuse.hint"), new FlowPane(8, 6, refuse, closeRefuse));
        refuseForm.setId("review-refuse-form");

        tabOut(reason, openReturn, missing);
        tabOut(missing, reason, giveBack);
        tabOut(refuseReason, openRefuse, refuse);
        openReturn.setOnAction(e -> openForm(returnForm, refuseForm, reason));
        openRefuse.setOnAction(e -> openForm(refuseForm, returnForm, refuseReason));
        closeReturn.setOnAction(e -> closeForms(returnForm, refuseForm, openReturn));
        closeRefuse.setOnAction(e -> closeForms(returnForm, refuseForm, openRefuse));
        closeForms(returnForm, refuseForm, null);
        openReturn.disableProperty().bind(giveBack.disableProperty());
        openRefuse.disableProperty().bind(refuse.disableProperty());
        openRefuse.getStyleClass().add("danger");

        // Tolak sits apart from the other decisions, at the far end of its own row.
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox refuseRow = new HBox(8, grow, openRefuse);
        // While a form is open only it is shown: its reason, what it will do, and its two buttons.
        everyday.getChildren().addAll(new FlowPane(8, 6, take, complete),
                processorLabel, processor, error(RequestWorkflow.PROCESSOR),
                new FlowPane(8, 6, forward, openReturn), new javafx.scene.control.Separator(), refuseRow);
        decisions.getChildren().addAll(head, everyday, returnForm, refuseForm);
    }

    private static void selectProcessor(ComboBox<Person> box, String username) {
        Person p = box.getItems().stream().filter(x -> x.username().equals(username)).findFirst().orElse(null);
        if (box.getValue() != p) {
            box.setValue(p);
        }
    }

    private void openForm(VBox form, VBox other, Node first) {
        show(other, false);
        show(everyday, false);
        show(form, true);
        first.requestFocus();
    }

    private void closeForms(VBox returnForm, VBox refuseForm, Node focus) {
        show(returnForm, false);
        show(refuseForm, false);
        show(everyday, true);
        if (focus != null) {
            focus.requestFocus();
        }
    }

    private static void show(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    private void render(RequestDetail d) {
        long id = d == null ? -1 : d.item().row().id();
        if (id != shownId) {
            closeForms(returnForm, refuseForm, null); // a form belongs to the request it was opened for
            shownId = id;
        }
        detailPane.show(d);
        decisions.setVisible(d != null);
        decisions.setManaged(d != null);
        take.setDisable(!vm.canMove(RequestState.DIKAJI));
        forward.setDisable(!vm.canMove(RequestState.DIPROSES));
        giveBack.setDisable(!vm.canMove(RequestState.DIKEMBALIKAN));
        refuse.setDisable(!vm.canMove(RequestState.DITOLAK));
        complete.setDisable(!vm.canMove(RequestState.DITERIMA));
        showErrors();
    }

    private void showErrors() {
        errorLabels.forEach((field, label) -> {
            String msg = vm.errors().get(field);
            label.setText(msg == null ? "" : msg);
            label.setVisible(msg != null);
            label.setManaged(msg != null);
        });
        fields.entrySet().stream().filter(e -> vm.errors().containsKey(e.getKey())).findFirst()
                .ifPresent(e -> e.getValue().requestFocus());
    }

    private Label error(String field) {
        Label l = new Label();
        l.setId("review-error-" + field);
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.setVisible(false);
        l.setManaged(false);
        errorLabels.put(field, l);
        return l;
    }

    private TextArea area(String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(2);
        a.setWrapText(true);
        return a;
    }

    /** Tab leaves a text area (as in any other field) for {@code next}; Shift+Tab for {@code previous}. */
    static void tabOut(TextArea a, Node previous, Node next) {
        a.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                (e.isShiftDown() ? previous : next).requestFocus();
            }
        });
    }

    private Label label(String key, Control control) {
        Label l = new Label(i18n.t(key));
        l.setLabelFor(control);
        l.setMnemonicParsing(false);
        return l;
    }

    private Label hint(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        return l;
    }

    private Button button(String id, String key) {
        Button b = new Button(i18n.t(key));
        b.setId(id);
        return b;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    /** The list and the open request again; a reason or missing items being typed stay (ReviewViewModel.select). */
    @Override
    public void onDataChanged() {
        vm.load();
    }
}
