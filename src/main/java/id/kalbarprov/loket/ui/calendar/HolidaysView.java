package id.kalbarprov.loket.ui.calendar;

import id.kalbarprov.loket.core.calendar.Holiday;
import id.kalbarprov.loket.core.calendar.HolidayKind;
import id.kalbarprov.loket.core.calendar.HolidayService;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import id.kalbarprov.loket.ui.common.Columns;
import id.kalbarprov.loket.ui.common.DateText;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Pengaturan → Hari Libur. */
public final class HolidaysView implements Screen {

    private final I18n i18n;
    private final HolidaysViewModel vm;
    private final Function<Window, Optional<Path>> chooseFile;
    private final VBox root = new VBox(12);
    private final TableView<Holiday> table = new TableView<>();
    private final Map<String, Control> fields = new LinkedHashMap<>();
    private final Map<String, Label> errorLabels = new LinkedHashMap<>();

    /** {@code chooseFile} asks for the CSV file to import (a FileChooser; tests pass a fixed file). */
    public HolidaysView(I18n i18n, HolidaysViewModel vm, Function<Window, Optional<Path>> chooseFile) {
        this.i18n = i18n;
        this.vm = vm;
        this.chooseFile = chooseFile;
        root.setId("holidays");
        root.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        root.getChildren().addAll(toolbar(), note(), tableBox(), addForm(), problemsBox());
        root.setFillWidth(true);
    }

    /** The FileChooser for CSV files, starting in the user's home folder. */
    public static Function<Window, Optional<Path>> fileChooser(I18n i18n) {
        return owner -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(i18n.t("holidays.import.choose"));
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t("holidays.import.csvFiles"), "*.csv"));
            File f = fc.showOpenDialog(owner);
            return Optional.ofNullable(f).map(File::toPath);
        };
    }

    private Node toolbar() {
        Label yearLabel = new Label(i18n.t("holidays.year"));
        ComboBox<Integer> year = new ComboBox<>(vm.years());
        year.setId("holiday-year");
        year.setAccessibleText(i18n.t("holidays.year"));
        yearLabel.setLabelFor(year);
        year.valueProperty().bindBidirectional(vm.year());
        year.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer y) {
                return y == null ? "" : String.valueOf(y);
            }

            @Override
            public Integer fromString(String s) {
                return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
            }
        });
        Label count = new Label();
        count.setId("holiday-count");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                vm.holidays().isEmpty() ? i18n.t("holidays.none", yearText())
                        : i18n.t("holidays.count", vm.holidays().size(), yearText()), vm.holidays(), vm.year()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button importButton = new Button(i18n.t("holidays.import.button"));
        importButton.setId("holiday-import");
        importButton.setOnAction(e -> chooseFile.apply(root.getScene() == null ? null : root.getScene().getWindow())
                .ifPresent(vm::importFile));
        HBox bar = new HBox(8, yearLabel, year, count, spacer, importButton);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    private String yearText() {
        return vm.year().get() == null ? "" : String.valueOf(vm.year().get());
    }

    private Node note() {
        Label note = new Label(i18n.t("holidays.note"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        return note;
    }

    private Node tableBox() {
        table.setId("holiday-table");
        table.setItems(vm.holidays());
        table.setAccessibleText(i18n.t("holidays.table"));
        table.setPlaceholder(new Label(i18n.t("holidays.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(340);
        table.getColumns().add(Columns.fit(Columns.twoLines(i18n.t("holidays.col.date"),
                Columns.Line.whole(h -> IndonesianDates.shortDate(h.date())),
                Columns.Line.whole(h -> IndonesianDates.dayName(h.date()))), Columns.DATE_SAMPLE));
        table.getColumns().add(Columns.fit(column("holidays.col.kind", 130, h -> vm.kindText(h.kind())),
                Columns.longest(java.util.Arrays.stream(HolidayKind.values()).map(k -> vm.kindText(k.code())))));
        table.getColumns().add(Columns.elidable(column("holidays.col.name", 300, Holiday::name)));
        table.getColumns().add(Columns.elidable(column("holidays.col.basis", 200,
                h -> h.basis() == null ? "" : h.basis())));
        Columns.wholeHeaders(table);
        Button remove = new Button(i18n.t("holidays.remove.button"));
        remove.setId("holiday-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.remove(table.getSelectionModel().getSelectedItem()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                vm.remove(table.getSelectionModel().getSelectedItem());
            }
        });
        Label status = new Label();
        status.setId("holiday-status");
        status.textProperty().bind(vm.status());
        status.setWrapText(true);
        HBox actions = new HBox(12, remove, status);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(6, table, actions);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private TableColumn<Holiday, String> column(String key, double width, Function<Holiday, String> value) {
        TableColumn<Holiday, String> c = new TableColumn<>(i18n.t(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    private Node addForm() {
        Label title = new Label(i18n.t("holidays.add.title"));
        title.getStyleClass().addAll("title-4", "section-title");
        DatePicker date = new DatePicker();
        date.setId("holiday-date");
        date.setEditable(true);
        date.setPromptText(i18n.t("common.date.prompt"));
        date.setPrefWidth(160);
        date.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return DateText.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                return s == null ? null : HolidaysViewModel.parseDate(s.strip());
            }
        });
        date.getEditor().textProperty().bindBidirectional(vm.dateText());
        ComboBox<HolidayKind> kind = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                HolidayKind.values()));
        kind.setId("holiday-kind");
        kind.setMinWidth(170);
        kind.valueProperty().bindBidirectional(vm.kind());
        kind.setCellFactory(l -> kindCell());
        kind.setButtonCell(kindCell());
        TextField name = new TextField();
        name.setId("holiday-name");
        name.textProperty().bindBidirectional(vm.name());
        name.setPrefColumnCount(24);
        TextField basis = new TextField();
        basis.setId("holiday-basis");
        basis.textProperty().bindBidirectional(vm.basis());
        basis.setPromptText(i18n.t("holidays.basis.prompt"));
        basis.setPrefColumnCount(16);
        Button add = new Button(i18n.t("holidays.add.button"));
        add.setId("holiday-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> vm.add());
        name.setOnAction(e -> vm.add());
        basis.setOnAction(e -> vm.add());
        date.getEditor().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.add();
            }
        });

        // One box per field, wrapping onto a second row in a narrow window.
        FlowPane grid = new FlowPane(12, 8);
        grid.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT);
        field(grid, HolidayService.DATE, "holidays.col.date", date);
        field(grid, HolidayService.KIND, "holidays.col.kind", kind);
        field(grid, HolidayService.NAME, "holidays.col.name", name);
        field(grid, HolidayService.BASIS, "holidays.col.basis", basis);
        VBox addBox = new VBox(2, new Label(" "), add);
        grid.getChildren().add(addBox);
        vm.errors().addListener((MapChangeListener<String, String>) c -> showErrors());
        return new VBox(6, title, grid);
    }

    private void field(FlowPane grid, String id, String labelKey, Control control) {
        Label label = new Label(i18n.t(labelKey));
        label.setLabelFor(control);
        control.setAccessibleText(i18n.t(labelKey));
        Label error = new Label();
        error.setId("holiday-" + id + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(260);
        error.setMinHeight(Region.USE_PREF_SIZE);
        grid.getChildren().add(new VBox(2, label, control, error));
        fields.put(id, control);
        errorLabels.put(id, error);
    }

    private void showErrors() {
        Control first = null;
        for (var e : errorLabels.entrySet()) {
            String message = vm.errors().get(e.getKey());
            e.getValue().setText(message == null ? "" : message);
            if (message != null && first == null) {
                first = fields.get(e.getKey());
            }
        }
        if (first != null) {
            first.requestFocus();
        }
    }

    private ListCell<HolidayKind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(HolidayKind k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? null : i18n.of("holidayKind", k));
            }
        };
    }

    private Node problemsBox() {
        Label title = new Label(i18n.t("holidays.import.problems"));
        title.getStyleClass().addAll("section-title", "due-overdue");
        ListView<String> list = new ListView<>(vm.importProblems());
        list.setId("import-problems");
        list.setAccessibleText(i18n.t("holidays.import.problems"));
        list.setPrefHeight(140);
        VBox box = new VBox(6, title, list);
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.importProblems()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
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
