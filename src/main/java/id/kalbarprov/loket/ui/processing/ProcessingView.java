package id.kalbarprov.loket.ui.processing;

import id.kalbarprov.loket.ui.common.KeepSelection;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.processing.CloudRecord;
import id.kalbarprov.loket.core.processing.EmailRecord;
import id.kalbarprov.loket.core.processing.HostingRecord;
import id.kalbarprov.loket.core.processing.NetworkRecord;
import id.kalbarprov.loket.core.processing.VideoConferenceRecord;
import id.kalbarprov.loket.core.register.RequestDetail;
import id.kalbarprov.loket.core.register.WorkItem;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import id.kalbarprov.loket.ui.review.RequestDetailPane;
import id.kalbarprov.loket.ui.review.WorklistTable;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Proses: DIPROSES requests, most urgent first, and the structured record of step c per service. */
public final class ProcessingView implements Screen {

    private final I18n i18n;
    private final ProcessingViewModel vm;
    private final BorderPane root = new BorderPane();
    private final RequestDetailPane detailPane;
    private final VBox form = new VBox(6);
    private final Map<String, Label> errorLabels = new LinkedHashMap<>();
    private final Map<String, Control> fields = new LinkedHashMap<>();

    public ProcessingView(I18n i18n, ProcessingViewModel vm) {
        this.i18n = i18n;
        this.vm = vm;
        this.detailPane = new RequestDetailPane(i18n, "processing-detail");
        root.getStyleClass().add("screen");
        Label title = new Label(i18n.t("processing.title"));
        title.getStyleClass().add("title-2");
        Label subtitle = new Label(i18n.t("processing.subtitle"));
        subtitle.getStyleClass().add("text-muted");
        subtitle.setWrapText(true);
        CheckBox mine = new CheckBox(i18n.t("processing.mineOnly"));
        mine.setId("processing-mine");
        mine.selectedProperty().bindBidirectional(vm.mineOnly());
        Label notice = new Label();
        notice.setId("processing-notice");
        notice.getStyleClass().add("due-on-track");
        notice.textProperty().bind(vm.notice());
        HBox bar = new HBox(12, mine, notice);
        bar.setPadding(new Insets(8, 0, 8, 0));
        root.setTop(new VBox(2, title, subtitle, bar));

        TableView<WorkItem> table = WorklistTable.create(i18n, vm.items(), "processing-list");
        KeepSelection.install(table, w -> w.row().id());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, w) -> {
            if (w != null) {
                vm.select(w.row().id());
            }
        });
        Button more = new Button(i18n.t("workflow.more"));
        more.setId("processing-more");
        more.visibleProperty().bind(vm.hasMore());
        more.managedProperty().bind(vm.hasMore());
        more.setOnAction(e -> vm.loadMore());
        VBox left = new VBox(6, table, more);
        VBox.setVgrow(table, Priority.ALWAYS);

        form.setId("processing-form");
        // The request above, the record of step c below: each scrolls on its own (DetailAndActions).
        detailPane.root().setPadding(new Insets(0, 8, 0, 0));
        form.setPadding(new Insets(8, 8, 8, 0));
        BorderPane right = new BorderPane(id.kalbarprov.loket.ui.common.DetailAndActions.of(detailPane.root(), form,
                "processing-detail"));
        right.setPadding(new Insets(0, 0, 0, 12));
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.5);
        left.setMinWidth(WorklistTable.MIN_WIDTH);
        right.setMinWidth(320);
        root.setCenter(split);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.S && e.isShortcutDown() && vm.detail().get() != null) {
                e.consume();
                vm.finish();
            }
        });

        vm.detail().addListener((o, a, d) -> render(d));
        vm.errors().addListener((MapChangeListener<String, String>) c -> showErrors());
        render(null);
    }

    private void render(RequestDetail d) {
        detailPane.show(d);
        form.getChildren().clear();
        errorLabels.clear();
        fields.clear();
        if (d == null) {
            return;
        }
        ServiceKind kind = d.item().row().serviceKind();
        Label head = new Label(i18n.of("processing.form", kind));
        head.getStyleClass().add("section-title");
        Label step = new Label(i18n.t("processing.form.hint"));
        step.getStyleClass().add("text-muted");
        step.setWrapText(true);
        // Labels above their fields: the form keeps its width beside the worklist in a narrow window.
        VBox grid = new VBox(2);
        int[] row = {0};
        switch (kind) {
            case VICON -> {
                CheckBox activated = new CheckBox(i18n.t("processing.vicon.activated"));
                activated.setWrapText(true);
                activated.selectedProperty().bindBidirectional(vm.viconActivated());
                add(grid, row, VideoConferenceRecord.ACTIVATED, null, activated);
                add(grid, row, VideoConferenceRecord.ACCOUNT, "processing.vicon.account",
                        text(VideoConferenceRecord.ACCOUNT, "vicon3@kalbarprov.go.id"));
                DatePicker date = new DatePicker();
                date.valueProperty().bindBidirectional(vm.viconDate());
                date.setPromptText(i18n.t("common.date.prompt"));
                date.setConverter(id.kalbarprov.loket.ui.common.DateText.converter());
                add(grid, row, VideoConferenceRecord.EVENT_AT, "processing.vicon.date", date);
                add(grid, row, ProcessingViewModel.EVENT_TIME, "processing.vicon.time",
                        text(ProcessingViewModel.EVENT_TIME, "09.00"));
            }
            case HOSTING -> {
                add(grid, row, HostingRecord.HOST, "processing.hosting.host",
                        text(HostingRecord.HOST, "dinkes.kalbarprov.go.id"));
                add(grid, row, HostingRecord.TYPE, "processing.hosting.type",
                        choice(vm.hostingType(), HostingRecord.Type.values(), "hosting"));
                add(grid, row, HostingRecord.QUOTA, "processing.hosting.quota", text(HostingRecord.QUOTA, "5 GB"));
                add(grid, row, HostingRecord.SERVER, "processing.hosting.server", text(HostingRecord.SERVER, "srv-web-01"));
            }
            case EMAIL -> {
                add(grid, row, EmailRecord.ACTION, "processing.email.action",
                        choice(vm.emailAction(), EmailRecord.Action.values(), "email"));
                add(grid, row, EmailRecord.MAILBOXES, "processing.email.mailboxes",
                        area(EmailRecord.MAILBOXES, "sekretariat@dinkes.kalbarprov.go.id"));
                add(grid, row, EmailRecord.DETAIL, "processing.email.detail", text(EmailRecord.DETAIL, null));
                add(grid, row, EmailRecord.HANDOVER, "processing.email.handover",
                        text(EmailRecord.HANDOVER, i18n.t("processing.email.handover.prompt")));
                Label noPassword = new Label(i18n.t("processing.email.noPassword"));
                noPassword.getStyleClass().add("text-muted");
                noPassword.setWrapText(true);
                grid.getChildren().add(noPassword);
            }
            case CLOUD -> {
                add(grid, row, CloudRecord.ACCOUNT, "processing.cloud.account", text(CloudRecord.ACCOUNT, null));
                add(grid, row, CloudRecord.QUOTA, "processing.cloud.quota", text(CloudRecord.QUOTA, "100 GB"));
                add(grid, row, CloudRecord.ADMIN_NAME, "processing.cloud.adminName", text(CloudRecord.ADMIN_NAME, null));
                add(grid, row, CloudRecord.ADMIN_NIP, "processing.cloud.adminNip",
                        text(CloudRecord.ADMIN_NIP, "19850412 201001 2 003"));
                CheckBox pppk = new CheckBox(i18n.t("processing.cloud.pppk"));
                pppk.setWrapText(true);
                pppk.selectedProperty().bindBidirectional(vm.cloudPppk());
                add(grid, row, "cloud.pppk", null, pppk);
                add(grid, row, CloudRecord.ADMIN_POSITION, "processing.cloud.adminPosition",
                        text(CloudRecord.ADMIN_POSITION, null));
            }
            case JARINGAN -> {
                add(grid, row, NetworkRecord.LOCATION, "processing.network.location", text(NetworkRecord.LOCATION, null));
                add(grid, row, NetworkRecord.WORK, "processing.network.work",
                        choice(vm.networkWork(), NetworkRecord.Work.values(), "network"));
                add(grid, row, NetworkRecord.BANDWIDTH, "processing.network.bandwidth",
                        text(NetworkRecord.BANDWIDTH, "20 Mbps"));
            }
        }
        Button finish = new Button(i18n.t("processing.finish"));
        finish.setId("processing-finish");
        finish.getStyleClass().add("accent");
        finish.setOnAction(e -> vm.finish());
        Label keys = new Label(i18n.t("processing.finish.hint"));
        keys.getStyleClass().add("text-muted");
        javafx.scene.layout.FlowPane done = new javafx.scene.layout.FlowPane(12, 6, finish, keys);
        done.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        form.getChildren().addAll(head, step, grid, done);
        showErrors();
    }

    private void add(VBox grid, int[] row, String field, String labelKey, Control control) {
        control.setId("processing-" + field.replace('.', '-'));
        if (labelKey != null) {
            Label l = new Label(i18n.t(labelKey));
            l.setLabelFor(control);
            l.setMnemonicParsing(false);
            l.setWrapText(true);
            control.setAccessibleText(i18n.t(labelKey));
            grid.getChildren().add(l);
        }
        grid.getChildren().add(control);
        row[0]++;
        if (control instanceof TextInputControl || control instanceof ComboBox<?> || control instanceof DatePicker) {
            control.setMaxWidth(420);
        }
        Label err = new Label();
        err.setId("processing-error-" + field.replace('.', '-'));
        err.getStyleClass().add("field-error");
        err.setWrapText(true);
        err.setVisible(false);
        err.setManaged(false);
        grid.getChildren().add(err);
        errorLabels.put(field, err);
        fields.put(field, control);
    }

    private TextField text(String field, String prompt) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(vm.text(field));
        if (prompt != null) {
            t.setPromptText(prompt);
        }
        return t;
    }

    private TextArea area(String field, String prompt) {
        TextArea t = new TextArea();
        t.setPrefRowCount(3);
        t.textProperty().bindBidirectional(vm.text(field));
        t.setPromptText(prompt);
        t.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                Node next = e.isShiftDown() ? null : fields.values().stream().dropWhile(c -> c != t).skip(1)
                        .findFirst().orElse(null);
                if (next != null) {
                    next.requestFocus();
                }
            }
        });
        return t;
    }

    private <E extends Enum<E>> ComboBox<E> choice(ObjectProperty<E> value, E[] options, String prefix) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(options));
        box.valueProperty().bindBidirectional(value);
        box.setPromptText(i18n.t("processing.choose"));
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.of(prefix, item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        return box;
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

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    /** The worklist again; the step-c form being filled in is not touched. */
    @Override
    public void onDataChanged() {
        vm.load();
    }
}
