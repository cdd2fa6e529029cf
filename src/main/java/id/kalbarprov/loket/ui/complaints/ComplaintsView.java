package id.kalbarprov.loket.ui.complaints;

import id.kalbarprov.loket.ui.common.KeepSelection;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.catalog.ComplaintCategory;
import id.kalbarprov.loket.core.catalog.ComplaintChannel;
import id.kalbarprov.loket.core.complaints.ComplaintRow;
import id.kalbarprov.loket.core.complaints.ComplaintState;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.ui.common.Columns;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Pengaduan: the list (open first), the registration form, a complaint's detail, the monthly recap. */
public final class ComplaintsView implements Screen {

    private final I18n i18n;
    private final ComplaintListViewModel list;
    private final ComplaintFormViewModel form;
    private final ComplaintDetailViewModel detail;
    private final ComplaintRecapViewModel recap;
    private final BorderPane root = new BorderPane();
    private final BorderPane listTab = new BorderPane();
    private final Node listPane;
    private final ComplaintFormView formView;
    private final ComplaintDetailView detailView;

    public ComplaintsView(I18n i18n, ComplaintsContext ctx) {
        this.i18n = i18n;
        this.list = new ComplaintListViewModel(ctx);
        this.form = new ComplaintFormViewModel(ctx);
        this.detail = new ComplaintDetailViewModel(ctx, list::load);
        this.recap = new ComplaintRecapViewModel(ctx);
        Label title = new Label(i18n.t("complaints.title"));
        title.getStyleClass().add("title-2");
        Label subtitle = new Label(i18n.t("complaints.subtitle"));
        subtitle.getStyleClass().add("text-muted");
        subtitle.setWrapText(true);
        subtitle.setMinHeight(Region.USE_PREF_SIZE);
        VBox header = new VBox(2, title, subtitle);
        header.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(header);
        root.getStyleClass().add("screen");

        listPane = buildList(ctx);
        formView = new ComplaintFormView(i18n, form, id -> {
            list.load();
            open(id);
        }, this::showList);
        detailView = new ComplaintDetailView(i18n, detail, this::showList);
        listTab.setCenter(listPane);

        Tab listTabItem = new Tab(i18n.t("complaints.tab.list"), listTab);
        listTabItem.setId("complaints-tab-list");
        listTabItem.setOnSelectionChanged(e -> {
            if (listTabItem.isSelected()) {
                list.load();
            }
        });
        Tab recapTab = new Tab(i18n.t("complaints.tab.recap"), new ComplaintRecapView(i18n, recap).view());
        recapTab.setId("complaints-tab-recap");
        recapTab.setOnSelectionChanged(e -> {
            if (recapTab.isSelected()) {
                recap.show();
            }
        });
        TabPane tabs = new TabPane(listTabItem, recapTab);
        tabs.setId("complaints-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
    }

    private Node buildList(ComplaintsContext ctx) {
        ComboBox<ComplaintState> state = new ComboBox<>();
        state.setId("complaints-filter-state");
        state.getItems().add(null);
        state.getItems().addAll(ComplaintState.values());
        cells(state, s -> s == null ? i18n.t("complaints.filter.any") : i18n.of("complaintState", s));
        state.valueProperty().bindBidirectional(list.state());
        ComboBox<ComplaintChannel> channel = new ComboBox<>();
        channel.setId("complaints-filter-channel");
        list.channels().addListener((javafx.collections.ListChangeListener<ComplaintChannel>) ch -> {
            channel.getItems().setAll((ComplaintChannel) null);
            channel.getItems().addAll(list.channels());
        });
        cells(channel, c -> c == null ? i18n.t("complaints.filter.any") : c.name());
        channel.valueProperty().bindBidirectional(list.channel());
        ComboBox<ComplaintCategory> category = new ComboBox<>();
        category.setId("complaints-filter-category");
        list.categories().addListener((javafx.collections.ListChangeListener<ComplaintCategory>) ch -> {
            category.getItems().setAll((ComplaintCategory) null);
            category.getItems().addAll(list.categories());
        });
        cells(category, c -> c == null ? i18n.t("complaints.filter.any") : c.name());
        category.setMaxWidth(220);
        category.valueProperty().bindBidirectional(list.category());
        TextField text = new TextField();
        text.setId("complaints-filter-text");
        text.setPromptText(i18n.t("complaints.filter.textPrompt"));
        text.setPrefColumnCount(30);
        text.textProperty().bindBidirectional(list.text());
        text.setOnAction(e -> list.load());
        for (ComboBox<?> b : new ComboBox<?>[] {state, channel, category}) {
            b.valueProperty().addListener((o, a, v) -> list.load());
        }
        Button add = new Button(i18n.t("complaints.new"));
        add.setId("complaints-new");
        add.getStyleClass().add("accent");
        add.setDisable(!ctx.actor().get().can(Permission.REGISTER_COMPLAINT));
        add.setOnAction(e -> showForm());
        add.setMinWidth(Region.USE_PREF_SIZE);
        // The filters wrap onto a second row in a narrow window instead of cutting their texts.
        for (ComboBox<?> b : new ComboBox<?>[] {state, channel, category}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane filters = new FlowPane(8, 6, labelled("complaints.filter.state", state),
                labelled("complaints.filter.channel", channel), labelled("complaints.filter.category", category),
                labelled("complaints.filter.text", text), new VBox(2, new Label(" "), add));
        filters.setAlignment(Pos.BOTTOM_LEFT);
        filters.setPadding(new Insets(8, 0, 8, 0));

        TableView<ComplaintRow> table = new TableView<>(list.rows());
        KeepSelection.install(table, ComplaintRow::id);
        table.setId("complaints-table");
        table.setAccessibleText(i18n.t("complaints.tab.list"));
        table.setPlaceholder(new Label(i18n.t("complaints.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Two lines per column: every column stays in view at 1024 px (issue 13).
        table.getStyleClass().add("small-table");
        table.getColumns().add(Columns.fit(Columns.twoLines(
                i18n.t("complaints.col.number") + "\n" + i18n.t("complaints.col.received"),
                Columns.Line.whole(ComplaintRow::number),
                Columns.Line.whole(r -> IndonesianDates.shortDateTime(r.receivedAt()))), Columns.DATE_TIME_SAMPLE));
        table.getColumns().add(Columns.twoLines(
                i18n.t("complaints.col.complainant") + "\n" + i18n.t("complaints.col.channel"),
                Columns.Line.cut(list::complainant), Columns.Line.cut(ComplaintRow::channel)));
        table.getColumns().add(Columns.fit(Columns.twoLines(
                i18n.t("complaints.col.state") + "\n" + i18n.t("complaints.col.due"),
                Columns.Line.whole(r -> i18n.of("complaintState", r.state())),
                Columns.Line.<ComplaintRow>whole(list::dueText).styled(list::dueStyle)),
                i18n.t("complaints.dueLine", Columns.DATE_SAMPLE, i18n.of("due", DueStatus.DUE_TODAY))));
        table.getColumns().add(Columns.elidable(col("complaints.col.text", 0, r -> r.text().replaceAll("\\s+", " "))));
        Columns.wholeHeaders(table);
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<ComplaintRow>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem().id());
            }
        });
        Label hint = new Label(i18n.t("complaints.openHint"));
        hint.getStyleClass().add("text-muted");
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(4, filters, table, hint);
    }

    private VBox labelled(String key, Node control) {
        Label l = new Label(i18n.t(key));
        l.setLabelFor(control);
        if (control instanceof javafx.scene.control.Control c) {
            c.setAccessibleText(i18n.t(key));
        }
        return new VBox(2, l, control);
    }

    private static <T> void cells(ComboBox<T> box, Function<T, String> text) {
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(text.apply(empty ? null : item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
    }

    private TableColumn<ComplaintRow, String> col(String key, double width, Function<ComplaintRow, String> value) {
        TableColumn<ComplaintRow, String> c = new TableColumn<>(i18n.t(key));
        c.setPrefWidth(width);
        if (width > 0) {
            c.setMinWidth(width);
        } else {
            c.setMinWidth(100);
        }
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private void showList() {
        listTab.setCenter(listPane);
        list.load();
    }

    private void showForm() {
        form.reset();
        listTab.setCenter(formView.view());
        formView.focus();
    }

    /** Opens complaint {@code id} in the detail pane. */
    public void open(long id) {
        detail.load(id);
        listTab.setCenter(detailView.view());
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShow() {
        list.load();
    }

    @Override
    public void onDataChanged() {
        list.load();
    }
}
