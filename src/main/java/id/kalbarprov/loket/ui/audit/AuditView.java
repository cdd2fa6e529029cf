package id.kalbarprov.loket.ui.audit;

import id.kalbarprov.loket.ui.common.Columns;
import id.kalbarprov.loket.ui.common.DateText;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Log Audit tab: the chain status on top, filters, the log newest first, paging. */
public final class AuditView implements Screen {


    private final AuditViewModel vm;
    private final BorderPane root = new BorderPane();

    public AuditView(I18n i18n, AuditViewModel vm) {
        this.vm = vm;
        Label chain = new Label();
        chain.setId("audit-chain-status");
        chain.setWrapText(true);
        chain.setMaxWidth(Double.MAX_VALUE);
        chain.setMinHeight(Region.USE_PREF_SIZE);
        chain.textProperty().bind(vm.chainText());
        vm.chainBroken().addListener((o, a, broken) -> {
            chain.getStyleClass().removeAll("banner-danger", "banner-ok");
            chain.getStyleClass().add(broken ? "banner-danger" : "banner-ok");
        });
        chain.getStyleClass().add("banner-ok");

        ComboBox<String> entity = new ComboBox<>(vm.entities());
        entity.setId("audit-entity");
        entity.valueProperty().bindBidirectional(vm.entity());
        entity.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : vm.entityName(s));
            }
        });
        entity.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return vm.entityName(s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        entity.setPrefWidth(160);
        entity.setPromptText(i18n.t("audit.entity.all"));
        TextField actor = new TextField();
        actor.setId("audit-actor");
        actor.textProperty().bindBidirectional(vm.actorFilter());
        actor.setPrefColumnCount(14);
        actor.setOnAction(e -> vm.search());
        DatePicker from = datePicker("audit-from", i18n.t("common.date.prompt"));
        from.valueProperty().bindBidirectional(vm.from());
        DatePicker to = datePicker("audit-to", i18n.t("common.date.prompt"));
        to.valueProperty().bindBidirectional(vm.to());
        Button search = new Button(i18n.t("audit.search"));
        search.setId("audit-search");
        search.getStyleClass().add("accent");
        search.setOnAction(e -> vm.search());
        Button clear = new Button(i18n.t("audit.clear"));
        clear.setId("audit-clear");
        clear.setOnAction(e -> vm.clearFilters());
        FlowPane filters = new FlowPane(12, 8,
                labelled(i18n.t("audit.filter.entity"), entity),
                labelled(i18n.t("audit.filter.actor"), actor),
                labelled(i18n.t("audit.filter.from"), from),
                labelled(i18n.t("audit.filter.to"), to));
        HBox filterButtons = new HBox(8, search, clear);
        filterButtons.setAlignment(Pos.BOTTOM_LEFT);
        filters.getChildren().add(filterButtons);
        filters.setAlignment(Pos.BOTTOM_LEFT);

        TableView<AuditViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("audit-table");
        table.setAccessibleText(i18n.t("audit.tab"));
        table.setPlaceholder(new Label(i18n.t("audit.page.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Two lines per column so every column fits at 1024 px; the selected row's change is shown whole below.
        table.getStyleClass().add("small-table");
        table.getColumns().add(Columns.fit(Columns.twoLines(i18n.t("audit.col.at") + "\n" + i18n.t("audit.col.actor"),
                Columns.Line.whole(AuditViewModel.Row::at), Columns.Line.cut(AuditViewModel.Row::actor)),
                Columns.DATE_TIME_SAMPLE));
        table.getColumns().add(Columns.twoLines(i18n.t("audit.col.what") + "\n" + i18n.t("audit.col.action"),
                Columns.Line.cut(AuditViewModel.Row::what), Columns.Line.cut(AuditViewModel.Row::action)));
        table.getColumns().get(1).setPrefWidth(230);
        table.getColumns().add(Columns.elidable(column(i18n.t("audit.col.change"), AuditViewModel.Row::change, 360)));
        Columns.wholeHeaders(table);
        Label detail = new Label();
        detail.setId("audit-detail");
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        detail.setMaxWidth(Double.MAX_VALUE);
        detail.getStyleClass().add("text-muted");
        detail.setText(i18n.t("audit.detail.none"));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> detail.setText(r == null
                ? i18n.t("audit.detail.none")
                : i18n.t("audit.detail", r.what(), r.action(), r.change().isEmpty() ? "–" : r.change())));
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        detailScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        detailScroll.setPrefViewportHeight(70);
        detailScroll.setMinViewportHeight(50);
        detailScroll.setId("audit-detail-scroll");
        VBox.setVgrow(table, Priority.ALWAYS);

        Button prev = new Button(i18n.t("audit.previous"));
        prev.setId("audit-prev");
        prev.disableProperty().bind(vm.offset().isEqualTo(0));
        prev.setOnAction(e -> vm.previous());
        Button next = new Button(i18n.t("audit.next"));
        next.setId("audit-next");
        next.disableProperty().bind(vm.hasMore().not());
        next.setOnAction(e -> vm.next());
        Label page = new Label();
        page.setId("audit-page");
        page.textProperty().bind(vm.pageText());
        HBox paging = new HBox(10, prev, page, next);
        paging.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(12, chain, filters, table, detailScroll, paging);
        content.setPadding(new Insets(12, 0, 0, 0));
        root.setCenter(content);
        root.setId("audit-view");
    }

    private static DatePicker datePicker(String id, String prompt) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPrefWidth(150);
        p.setPromptText(prompt);
        p.setConverter(DateText.converter());
        return p;
    }

    private static VBox labelled(String text, javafx.scene.control.Control control) {
        Label l = new Label(text);
        l.setLabelFor(control);
        control.setAccessibleText(text);
        return new VBox(4, l, control);
    }

    private static TableColumn<AuditViewModel.Row, String> column(String title,
                                                                  Function<AuditViewModel.Row, String> value,
                                                                  double width) {
        TableColumn<AuditViewModel.Row, String> c = new TableColumn<>(title);
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
