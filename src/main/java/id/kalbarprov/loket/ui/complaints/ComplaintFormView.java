package id.kalbarprov.loket.ui.complaints;

import static id.kalbarprov.loket.core.complaints.ComplaintFields.*;

import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ComplaintChannel;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.register.LetterRow;
import id.kalbarprov.loket.ui.common.I18n;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The registration form of a complaint (Ctrl+S saves, Esc cancels). */
final class ComplaintFormView {

    private final ComplaintFormViewModel vm;
    private final ScrollPane root;
    private id.kalbarprov.loket.ui.common.AgencyField agencyPicker;
    private final ComboBox<ComplaintChannel> channel = new ComboBox<>();

    ComplaintFormView(I18n i18n, ComplaintFormViewModel vm, LongConsumer onSaved, Runnable onCancel) {
        this.vm = vm;
        FieldErrors errors = new FieldErrors(vm.errors(), 190);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        ColumnConstraints c0 = new ColumnConstraints(190);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        c1.setMaxWidth(640);
        grid.getColumnConstraints().addAll(c0, c1);

        DatePicker date = new DatePicker();
        date.setId("complaint-received-date");
        indonesian(date, i18n);
        date.valueProperty().bindBidirectional(vm.receivedDate());
        TextField time = new TextField();
        time.setId("complaint-received-time");
        time.setPrefColumnCount(5);
        time.textProperty().bindBidirectional(vm.receivedTime());
        time.setAccessibleText(i18n.t("complaints.field.receivedTime"));
        Label timeLabel = new Label(i18n.t("complaints.field.receivedTime"));
        timeLabel.setLabelFor(time);
        HBox when = new HBox(8, date, timeLabel, time);
        when.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        int r = errors.row(grid, 0, i18n.t("complaints.field.receivedDate"), when, RECEIVED_AT);
        date.setAccessibleText(i18n.t("complaints.field.receivedDate"));
        errors.register(RECEIVED_AT, date);

        channel.setId(CHANNEL);
        channel.setItems(vm.channels());
        channel.setMaxWidth(Double.MAX_VALUE);
        cells(channel, ch -> ch.name() + " — " + ch.detail());
        channel.valueProperty().bindBidirectional(vm.channel());
        r = errors.row(grid, r, i18n.t("complaints.field.channel"), channel, CHANNEL);

        TextField reference = field(REFERENCE, vm.reference());
        Label refLabel = new Label(i18n.t("complaints.field.reference"));
        refLabel.setLabelFor(reference);
        refLabel.setWrapText(true);
        refLabel.setMaxWidth(190);
        grid.add(refLabel, 0, r);
        grid.add(reference, 1, r);
        grid.add(errors.error(REFERENCE), 1, r + 1);
        errors.register(REFERENCE, reference);
        r += 2;
        Runnable refreshReference = () -> {
            boolean show = vm.needsReference();
            refLabel.setText(i18n.t(vm.referenceLabelKey()));
            reference.setAccessibleText(refLabel.getText());
            for (Node n : new Node[] {refLabel, reference}) {
                n.setVisible(show);
                n.setManaged(show);
            }
        };
        vm.channel().addListener((o, a, b) -> refreshReference.run());
        refreshReference.run();

        CheckBox anonymous = new CheckBox(i18n.t("complaints.field.anonymous"));
        anonymous.setId("complaint-anonymous");
        anonymous.selectedProperty().bindBidirectional(vm.anonymous());
        grid.add(anonymous, 1, r++);
        TextField name = field(NAME, vm.name());
        name.disableProperty().bind(vm.anonymous());
        r = errors.row(grid, r, i18n.t("complaints.field.name"), name, NAME);

        ComboBox<ComplainantKind> kind = new ComboBox<>();
        kind.setId(KIND);
        kind.getItems().setAll(ComplainantKind.values());
        cells(kind, k -> i18n.of("complainantKind", k));
        kind.valueProperty().bindBidirectional(vm.kind());
        r = errors.row(grid, r, i18n.t("complaints.field.kind"), kind, KIND);

        agencyPicker = new id.kalbarprov.loket.ui.common.AgencyField(vm.agencyChoice(), AGENCY,
                i18n.t("common.agency.prompt"));
        TextField agency = agencyPicker.field();
        agency.setMaxWidth(Double.MAX_VALUE);
        agency.disableProperty().bind(vm.kind().isNotEqualTo(ComplainantKind.INSTANSI));
        r = errors.row(grid, r, i18n.t("complaints.field.agency"), agency, AGENCY);

        TextField contact = field(CONTACT, vm.contact());
        r = errors.row(grid, r, i18n.t("complaints.field.contact"), contact, CONTACT);

        ComboBox<ServiceStandard> service = new ComboBox<>();
        service.setId(SERVICE);
        service.setItems(vm.services());
        service.setMaxWidth(Double.MAX_VALUE);
        service.setPromptText(i18n.t("complaints.field.noService"));
        cells(service, ServiceStandard::name);
        service.valueProperty().bindBidirectional(vm.service());
        r = errors.row(grid, r, i18n.t("complaints.field.service"), service, SERVICE);

        TextField search = new TextField();
        search.setId("complaint-letter-search");
        search.textProperty().bindBidirectional(vm.letterSearch());
        search.setOnAction(e -> vm.findLetters());
        Button find = new Button(i18n.t("complaints.letter.find"));
        find.setId("complaint-letter-find");
        find.setOnAction(e -> vm.findLetters());
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox searchRow = new HBox(8, search, find);
        r = errors.row(grid, r, i18n.t("complaints.field.letterSearch"), searchRow, "complaint-letter-search");
        search.setAccessibleText(i18n.t("complaints.field.letterSearch"));
        ListView<LetterRow> results = new ListView<>(vm.letterResults());
        results.setId("complaint-letter-results");
        results.setPrefHeight(96);
        results.setPlaceholder(new Label(i18n.t("complaints.letter.noResult")));
        results.setAccessibleText(i18n.t("complaints.field.letterSearch"));
        Function<LetterRow, String> letterText = l -> i18n.t("complaints.letter.line", l.agendaNumber(), l.agency(),
                l.subject());
        results.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(LetterRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : letterText.apply(item));
            }
        });
        results.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.letter().set(b);
            }
        });
        results.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.letterResults())
                .or(vm.noLetterFound()));
        results.managedProperty().bind(results.visibleProperty());
        grid.add(results, 1, r++);
        Label chosen = new Label();
        chosen.setId("complaint-letter-chosen");
        chosen.setWrapText(true);
        Button clear = new Button(i18n.t("complaints.letter.clear"));
        clear.setId("complaint-letter-clear");
        clear.setOnAction(e -> vm.letter().set(null));
        Runnable showChosen = () -> {
            LetterRow l = vm.letter().get();
            chosen.setText(l == null ? i18n.t("complaints.letter.none") : letterText.apply(l));
            clear.setVisible(l != null);
        };
        vm.letter().addListener((o, a, b) -> showChosen.run());
        showChosen.run();
        HBox chosenRow = new HBox(8, chosen, clear);
        chosenRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        r = errors.row(grid, r, i18n.t("complaints.field.letter"), chosenRow, LETTER);

        TextArea text = new TextArea();
        text.setId(TEXT);
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.textProperty().bindBidirectional(vm.text());
        r = errors.row(grid, r, i18n.t("complaints.field.text"), text, TEXT);

        Button save = new Button(i18n.t("complaints.save"));
        save.setId("complaint-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save(reg -> onSaved.accept(reg.id())));
        Button cancel = new Button(i18n.t("complaints.cancel"));
        cancel.setId("complaint-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onCancel.run());
        grid.add(new HBox(8, save, cancel), 1, r);

        Label title = new Label(i18n.t("complaints.form.title"));
        title.getStyleClass().add("title-3");
        VBox box = new VBox(12, title, grid);
        box.setPadding(new Insets(10, 16, 16, 0));
        root = id.kalbarprov.loket.ui.common.FollowFocus.install(new ScrollPane(box));
        root.setFitToWidth(true);
        root.setId("complaint-form");
        KeyCombination ctrlS = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (ctrlS.match(e)) {
                save.fire();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !agencyPicker.suggesting()) {
                cancel.fire();
                e.consume();
            }
        });
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    /** Dates typed and shown as 23-11-2026, whatever the system locale. */
    static void indonesian(DatePicker picker, I18n i18n) {
        picker.setPromptText(i18n.t("common.date.prompt"));
        picker.setConverter(id.kalbarprov.loket.ui.common.DateText.converter(picker::getValue));
    }

    /**
     * Shows each item as {@code text}. In the drop-down a long text wraps within the box's width, so the
     * list never grows wider than the box (and past the edge of a small screen).
     */
    static <T> void cells(ComboBox<T> box, Function<T, String> text) {
        box.setCellFactory(l -> new ListCell<>() {
            {
                if (l != null) {
                    setWrapText(true);
                    prefWidthProperty().bind(box.widthProperty().subtract(2));
                    setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                }
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
    }

    Node view() {
        return root;
    }

    void focus() {
        channel.requestFocus();
    }
}
