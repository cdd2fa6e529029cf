package id.kalbarprov.loket.ui.register;

import id.kalbarprov.loket.ui.common.KeepSelection;
import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.ui.common.Columns;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.LetterFilterTarget;
import id.kalbarprov.loket.ui.common.DateText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The register (Buku Agenda): quick filter bar, the letters newest first, sorting by the store,
 * one page at a time. Enter or a double click opens the letter's detail.
 */
public final class RegisterView implements LetterFilterTarget {

    private final I18n i18n;
    private final RegisterViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TableView<RegisterRow> table = new TableView<>();
    private final List<Object[]> sortable = new ArrayList<>();
    private Consumer<Long> onOpen = id -> { };

    public RegisterView(I18n i18n, RegisterViewModel vm) {
        this.i18n = i18n;
        this.vm = vm;
        root.setId("register");
        root.setTop(filterBar());
        root.setCenter(table());
        root.setBottom(pagingBar());
        root.setPadding(new Insets(8, 0, 0, 0));
    }

    /** Static so the detail pane colours the due status the same way. */
    static String dueClass(DueStatus s) {
        return switch (s) {
            case ON_TRACK -> "due-on-track";
            case DUE_TODAY -> "due-today";
            case OVERDUE -> "due-overdue";
        };
    }

    private Node filterBar() {
        TextField text = new TextField();
        text.setId("filter-text");
        text.setPromptText(i18n.t("register.filter.text.prompt"));
        text.setPrefColumnCount(18);
        text.textProperty().bindBidirectional(vm.text());
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(e -> vm.reload());
        text.textProperty().addListener((o, a, b) -> typing.playFromStart());
        text.setOnAction(e -> {
            typing.stop();
            vm.reload();
        });

        ComboBox<ServiceStandard> service = choice("filter-service", vm.services(), ServiceStandard::name,
                "register.filter.allServices", vm.service());
        TextField agency = new id.kalbarprov.loket.ui.common.AgencyField(vm.agencyChoice(), "filter-agency",
                i18n.t("register.filter.allAgencies")).field();
        agency.setPrefWidth(175);
        ComboBox<RequestState> state = choice("filter-state",
                FXCollections.observableArrayList(Arrays.asList(RequestState.values())), s -> i18n.of("state", s),
                "register.filter.allStates", vm.state());
        ComboBox<DueStatus> due = choice("filter-due",
                FXCollections.observableArrayList(Arrays.asList(DueStatus.values())), s -> i18n.of("due", s),
                "register.filter.allDue", vm.due());
        DatePicker from = date("filter-from", "register.filter.from", vm.from());
        DatePicker to = date("filter-to", "register.filter.to", vm.to());
        javafx.scene.control.CheckBox open = new javafx.scene.control.CheckBox(i18n.t("register.filter.openOnly"));
        open.setId("filter-open-only");
        open.setAccessibleText(i18n.t("register.filter.openOnly"));
        open.selectedProperty().bindBidirectional(vm.openOnly());
        Button clear = new Button(i18n.t("register.filter.clear"));
        clear.setId("filter-clear");
        clear.setOnAction(e -> vm.clearFilter());

        FlowPane bar = new FlowPane(8, 6);
        bar.getChildren().addAll(labelled("register.filter.text", text), labelled("register.filter.service", service),
                labelled("register.filter.agency", agency), labelled("register.filter.state", state),
                labelled("register.filter.due", due), labelled("register.filter.from", from),
                labelled("register.filter.to", to), open, clear);
        bar.setAlignment(Pos.BOTTOM_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        bar.setId("filter-bar");
        return bar;
    }

    private Node labelled(String key, javafx.scene.control.Control c) {
        Label l = new Label(i18n.t(key));
        l.setLabelFor(c);
        l.getStyleClass().add("text-small");
        c.setAccessibleText(i18n.t(key));
        return new VBox(2, l, c);
    }

    private <T> ComboBox<T> choice(String id, ObservableList<T> items, Function<T, String> text, String allKey,
                                   ObjectProperty<T> bound) {
        ObservableList<T> withAll = FXCollections.observableArrayList();
        withAll.add(null);
        withAll.addAll(items);
        items.addListener((javafx.collections.ListChangeListener<T>) c -> {
            T keep = bound.get();
            withAll.setAll(new ArrayList<T>());
            withAll.add(null);
            withAll.addAll(items);
            bound.set(keep);
        });
        ComboBox<T> box = new ComboBox<>(withAll);
        box.setId(id);
        String all = i18n.t(allKey);
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? all : text.apply(item));
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? all : text.apply(item));
            }
        });
        box.valueProperty().bindBidirectional(bound);
        return box;
    }

    private DatePicker date(String id, String key, ObjectProperty<java.time.LocalDate> bound) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPrefWidth(150);
        p.setMinWidth(150);
        p.setPromptText(i18n.t("common.date.prompt"));
        p.setConverter(DateText.converter());
        p.valueProperty().bindBidirectional(bound);
        return p;
    }

    private Node table() {
        table.setId("register-table");
        table.setAccessibleText(i18n.t("register.table"));
        table.setPlaceholder(new Label(i18n.t("register.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Columns.wholeHeaders(table);
        table.getStyleClass().addAll("dense", "striped", "register-table");
        // Four columns of two lines each: every column stays in view in a 1024 px wide window (issue 13).
        TableColumn<RegisterRow, RegisterRow> agenda = Columns.fit(Columns.twoLines(i18n.t("register.col.agenda"),
                Columns.Line.whole(r -> r.letter().agendaNumber()),
                Columns.Line.whole(r -> IndonesianDates.shortDateTime(r.letter().receivedAt()))), Columns.AGENDA_SAMPLE);
        agenda.setId("col-received");
        sortable(agenda, LetterFilter.SortKey.RECEIVED);
        TableColumn<RegisterRow, RegisterRow> from = Columns.fit(Columns.twoLines(i18n.t("register.col.agency"),
                Columns.Line.whole(r -> r.letter().agency()),
                Columns.Line.cut(r -> i18n.t("register.letterNumberAndDate", r.letter().letterNumber(),
                        IndonesianDates.shortDate(r.letter().letterDate())))), Columns.AGENCY_SAMPLE);
        from.setId("col-agency");
        from.setPrefWidth(200);
        sortable(from, LetterFilter.SortKey.AGENCY);
        TableColumn<RegisterRow, RegisterRow> subject = Columns.twoLines(i18n.t("register.col.subject"),
                Columns.Line.cut(r -> r.letter().subject()),
                Columns.Line.whole(r -> i18n.of("serviceShort", r.letter().serviceKind())));
        subject.setId("col-subject");
        subject.setPrefWidth(260);
        sortable(subject, LetterFilter.SortKey.SERVICE);
        TableColumn<RegisterRow, RegisterRow> state = Columns.fit(Columns.twoLines(i18n.t("register.col.state"),
                Columns.Line.whole(r -> i18n.of("state", r.letter().state())),
                Columns.Line.<RegisterRow>whole(this::dueText).styled(r -> r.dueStatus() == null ? null
                        : dueClass(r.dueStatus()))),
                i18n.t("register.due.cell", Columns.DATE_SAMPLE, i18n.t("due.short.ON_TRACK")));
        state.setId("col-state");
        sortable(state, LetterFilter.SortKey.STATE);
        table.getColumns().addAll(List.of(agenda, from, subject, state));
        table.setItems(vm.rows());
        KeepSelection.install(table, r -> r.letter().id());
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                vm.sortBy(LetterFilter.SortKey.RECEIVED, false);
                return true;
            }
            TableColumn<RegisterRow, ?> first = t.getSortOrder().get(0);
            for (Object[] s : sortable) {
                if (s[0] == first) {
                    vm.sortBy((LetterFilter.SortKey) s[1], first.getSortType() == TableColumn.SortType.ASCENDING);
                }
            }
            return true;
        });
        TableColumn<RegisterRow, ?> received = table.getColumns().get(0);
        received.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(received);
        table.setRowFactory(t -> {
            TableRow<RegisterRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem().letter().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(table.getSelectionModel().getSelectedItem().letter().id());
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private void sortable(TableColumn<RegisterRow, ?> c, LetterFilter.SortKey sort) {
        sortable.add(new Object[] {c, sort});
    }

    /** "08-12-2026 · Sesuai jadwal", or why the clock does not run ("—"). */
    private String dueText(RegisterRow r) {
        if (r.due() == null) {
            return "—";
        }
        return r.dueStatus() == null ? IndonesianDates.shortDate(r.due())
                : i18n.t("register.due.cell", IndonesianDates.shortDate(r.due()), i18n.of("due.short", r.dueStatus()));
    }

    private Node pagingBar() {
        Label total = new Label();
        total.setId("register-total");
        Runnable update = () -> {
            int n = vm.total().get();
            boolean exact = vm.totalExact().get();
            if (n < 0) {
                total.setText(i18n.t("register.loading"));
            } else if (exact && n <= RegisterViewModel.PAGE_SIZE) {
                total.setText(i18n.t("register.total", n));
            } else {
                int first = vm.offset().get() + 1;
                int last = vm.offset().get() + vm.rows().size();
                total.setText(exact ? i18n.t("register.range", first, Math.min(n, last), n)
                        : i18n.t("register.range.more", first, last, n));
            }
        };
        vm.total().addListener((o, a, b) -> update.run());
        vm.totalExact().addListener((o, a, b) -> update.run());
        vm.offset().addListener((o, a, b) -> update.run());
        vm.rows().addListener((javafx.collections.ListChangeListener<RegisterRow>) c -> update.run());
        update.run();
        Button prev = new Button(i18n.t("register.previous"));
        prev.setId("register-previous");
        prev.disableProperty().bind(vm.offset().isEqualTo(0));
        prev.setOnAction(e -> vm.previousPage());
        Button next = new Button(i18n.t("register.next"));
        next.setId("register-next");
        next.disableProperty().bind(vm.hasMore().not());
        next.setOnAction(e -> vm.nextPage());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, total, grow, prev, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 0, 0, 0));
        return bar;
    }

    /** What Enter or a double click on a letter does (Surat Masuk opens its detail). */
    public void onOpen(Consumer<Long> open) {
        this.onOpen = open;
    }

    @Override
    public void applyFilter(LetterFilter filter) {
        vm.apply(filter);
    }

    public void focusTable() {
        table.requestFocus();
        if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    public Node view() {
        return root;
    }

    public void onShow() {
        vm.load();
    }

    /** The page being read again, same filter and selection; the text being typed in the filter stays. */
    public void onDataChanged() {
        vm.refreshPage();
    }
}
