package id.kalbarprov.loket.ui.intake;

import id.kalbarprov.loket.ui.common.DateText;
import static id.kalbarprov.loket.core.intake.LetterFields.*;

import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.ui.common.I18n;
import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
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
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.StringConverter;

/**
 * The registration form. Keyboard first: Tab order follows the paper letter, Enter (outside the
 * notes) or Ctrl+S saves, Esc cancels; after a save the form empties and the focus returns to the
 * agency, where the clerk types next. Control ids are the field names of {@code LetterFields}.
 */
public final class IntakeView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final I18n i18n;
    private final IntakeViewModel vm;
    private final BorderPane root = new BorderPane();
    private final Map<String, Control> controls = new HashMap<>();
    private final Map<String, Label> errorLabels = new HashMap<>();
    private final VBox checklistBox = new VBox(6);
    private final DatePicker receivedDate = new DatePicker();
    private final DatePicker letterDate = new DatePicker();
    private final id.kalbarprov.loket.ui.common.AgencyField agencyPicker;
    private final TextField agencyField;
    private final Button saveButton = new Button();
    private Runnable onClose = () -> { };

    public IntakeView(I18n i18n, IntakeViewModel vm) {
        this(i18n, vm, owner -> java.util.List.of());
    }

    /** {@code chooseScans} asks for scan files ("Lampirkan pindaian…": a FileChooser; tests pass fixed files). */
    public IntakeView(I18n i18n, IntakeViewModel vm,
                      java.util.function.Function<javafx.stage.Window, java.util.List<java.nio.file.Path>> chooseScans) {
        this.i18n = i18n;
        this.vm = vm;
        Label title = new Label(i18n.t("intake.title"));
        title.getStyleClass().add("title-3");
        Label hint = new Label(i18n.t("intake.keys"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox header = new VBox(2, title, hint);
        header.setPadding(new Insets(0, 0, 10, 0));

        VBox left = new VBox(2);
        VBox right = new VBox(2);
        left.setPrefWidth(460);
        right.setPrefWidth(460);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);

        Label agenda = new Label();
        agenda.setId("agenda-preview");
        agenda.textProperty().bind(vm.agendaPreview());
        agenda.getStyleClass().add("text-muted");
        Label agendaLabel = new Label(i18n.t("intake.agenda"));
        agendaLabel.setLabelFor(agenda);
        left.getChildren().addAll(agendaLabel, agenda, spacer());

        // Received date and time
        configureDate(receivedDate, RECEIVED_AT);
        receivedDate.valueProperty().bindBidirectional(vm.receivedDate());
        receivedDate.setPrefWidth(170);
        TextField time = new TextField();
        time.setId("receivedTime");
        time.setPrefColumnCount(5);
        time.setPromptText("09.15");
        time.setAccessibleText(i18n.t("intake.receivedTime"));
        time.textProperty().bindBidirectional(vm.receivedTime());
        HBox when = new HBox(8, receivedDate, time);
        when.setAlignment(Pos.CENTER_LEFT);
        field(left, RECEIVED_AT, "intake.receivedAt", receivedDate, when);

        // Agency with type-ahead
        agencyPicker = new id.kalbarprov.loket.ui.common.AgencyField(vm.agencyChoice(), AGENCY,
                i18n.t("common.agency.prompt"));
        agencyField = agencyPicker.field();
        field(left, AGENCY, "intake.agency", agencyField, agencyField);

        TextField number = text(LETTER_NUMBER);
        number.textProperty().bindBidirectional(vm.letterNumber());
        number.setPromptText("000.1/123/Dinkes");
        field(left, LETTER_NUMBER, "intake.letterNumber", number, number);

        configureDate(letterDate, LETTER_DATE);
        letterDate.valueProperty().bindBidirectional(vm.letterDate());
        letterDate.setPromptText(i18n.t("common.date.prompt"));
        field(left, LETTER_DATE, "intake.letterDate", letterDate, letterDate);

        TextField subject = text(SUBJECT);
        subject.textProperty().bindBidirectional(vm.subject());
        field(left, SUBJECT, "intake.subject", subject, subject);

        ComboBox<ServiceStandard> service = new ComboBox<>(vm.services());
        service.setId(SERVICE);
        service.setMaxWidth(Double.MAX_VALUE);
        service.setPromptText(i18n.t("intake.service.prompt"));
        service.setConverter(new StringConverter<>() {
            @Override
            public String toString(ServiceStandard s) {
                return s == null ? "" : s.name();
            }

            @Override
            public ServiceStandard fromString(String s) {
                return null;
            }
        });
        service.valueProperty().bindBidirectional(vm.service());
        field(left, SERVICE, "intake.service", service, service);

        // Right column: signer, checklist, contact, notes
        ComboBox<SignerRole> role = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(SignerRole.values()));
        role.setId(SIGNER_ROLE);
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(SignerRole r) {
                return r == null ? "" : i18n.of("signer", r);
            }

            @Override
            public SignerRole fromString(String s) {
                return null;
            }
        });
        role.valueProperty().bindBidirectional(vm.signerRole());
        role.setMaxWidth(Double.MAX_VALUE);
        field(right, SIGNER_ROLE, "intake.signerRole", role, role);

        TextField signer = text(SIGNER_NAME);
        signer.textProperty().bindBidirectional(vm.signerName());
        field(right, SIGNER_NAME, "intake.signerName", signer, signer);

        Label checklistTitle = new Label(i18n.t("intake.checklist"));
        checklistTitle.getStyleClass().add("section-title");
        checklistBox.setId("checklist");
        checklistBox.setPadding(new Insets(2, 0, 2, 0));
        Label checklistHint = new Label();
        checklistHint.setId("checklist-hint");
        checklistHint.setWrapText(true);
        checklistHint.textProperty().bind(vm.checklistHint());
        vm.complete().addListener((o, a, c) -> styleHint(checklistHint, c));
        vm.service().addListener((o, a, s) -> styleHint(checklistHint, vm.complete().get()));
        styleHint(checklistHint, false);
        vm.checklist().addListener((ListChangeListener<IntakeViewModel.CheckItem>) c -> rebuildChecklist());
        right.getChildren().addAll(checklistTitle, checklistBox, checklistHint, spacer());

        TextField contact = text(CONTACT_NAME);
        contact.textProperty().bindBidirectional(vm.contactName());
        field(right, CONTACT_NAME, "intake.contactName", contact, contact);

        TextField phone = text(CONTACT_PHONE);
        phone.setPromptText("0812 3456 7890");
        phone.textProperty().bindBidirectional(vm.contactPhone());
        field(right, CONTACT_PHONE, "intake.contactPhone", phone, phone);

        TextArea notes = new TextArea();
        notes.setId(NOTES);
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.textProperty().bindBidirectional(vm.notes());
        field(right, NOTES, "intake.notes", notes, notes);
        // Tab leaves the notes (a tab character is never what a clerk means here); Enter stays a new line.
        notes.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                if (e.isShiftDown()) {
                    phone.requestFocus();
                } else {
                    saveButton.requestFocus();
                }
            }
        });

        if (vm.scans() != null) {
            // Below the notes: Tab from the notes still goes straight to Save (the clerk's usual path).
            right.getChildren().add(new ScanTrayView(i18n, vm.scans(), chooseScans).view());
            CheckBox receipt = new CheckBox(i18n.t("receipt.afterSave"));
            receipt.setId("intake-receipt");
            receipt.setWrapText(true);
            receipt.selectedProperty().bindBidirectional(vm.receiptAfterSave());
            VBox.setMargin(receipt, new Insets(8, 0, 0, 0));
            right.getChildren().add(receipt);
        }
        HBox columns = new HBox(24, left, right);
        ScrollPane scroll = id.kalbarprov.loket.ui.common.FollowFocus.install(new ScrollPane(columns));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");

        Label status = new Label();
        status.setId("intake-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.status());
        status.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        vm.statusIsError().addListener((o, a, bad) -> styleStatus(status, bad));
        styleStatus(status, false);
        Button save = saveButton;
        save.setText(i18n.t("intake.save"));
        save.setId("intake-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        save.disableProperty().bind(vm.saving());
        save.setOnAction(e -> save());
        Button cancel = new Button(i18n.t("intake.cancel"));
        cancel.setId("intake-cancel");
        cancel.setOnAction(e -> cancel());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox.setHgrow(status, Priority.SOMETIMES);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox bar = new HBox(10, status, grow, cancel, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 0, 0, 0));

        root.setTop(header);
        root.setCenter(scroll);
        root.setBottom(bar);
        root.setPadding(new Insets(12, 4, 4, 4));
        root.setId("intake-form");

        vm.errors().addListener((MapChangeListener<String, String>) c -> showErrors());
        vm.onFocus(f -> Platform.runLater(() -> focus(f)));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    private void keys(KeyEvent e) {
        if (SAVE.match(e)) {
            save();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isShiftDown()) {
            Object target = e.getTarget();
            if (target instanceof TextArea && ((TextArea) target).getId().equals(NOTES)) {
                return;
            }
            if (target instanceof Button || agencyPicker.suggesting()
                    || (target instanceof ComboBox<?> c && c.isShowing())) {
                return;
            }
            save();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            if (agencyPicker.suggesting() || (e.getTarget() instanceof ComboBox<?> c && c.isShowing())) {
                return;
            }
            cancel();
            e.consume();
        }
    }

    /** Saves the form (commits typed dates first). */
    public void save() {
        commit(receivedDate, RECEIVED_AT);
        commit(letterDate, LETTER_DATE);
        vm.save();
    }

    private void cancel() {
        if (vm.cancel()) {
            onClose.run();
        }
    }

    /** What happens after Esc abandoned the form (Surat Masuk shows the register again). */
    public void onClose(Runnable r) {
        this.onClose = r;
    }

    /** A new registration: keeps what is typed, focuses the first field to type. */
    public void startNew() {
        vm.startNew();
    }

    private void commit(DatePicker picker, String field) {
        String text = picker.getEditor().getText();
        if (text == null || text.isBlank()) {
            picker.setValue(null);
            vm.markUnparsable(field, false);
            return;
        }
        java.time.LocalDate parsed = DateText.parse(text);
        vm.markUnparsable(field, parsed == null);
        picker.setValue(parsed);
    }

    private void configureDate(DatePicker picker, String id) {
        picker.setId(id);
        picker.setConverter(DateText.converter());
        picker.setShowWeekNumbers(false);
    }

    private void rebuildChecklist() {
        checklistBox.getChildren().clear();
        int i = 1;
        for (IntakeViewModel.CheckItem item : vm.checklist()) {
            CheckBox box = new CheckBox(i + ". " + item.requirement().text());
            box.setId("requirement-" + i);
            box.setWrapText(true);
            box.setMaxWidth(Double.MAX_VALUE);
            box.selectedProperty().bindBidirectional(item.fulfilled());
            checklistBox.getChildren().add(box);
            i++;
        }
        if (vm.checklist().isEmpty()) {
            Label none = new Label(i18n.t("intake.checklist.none"));
            none.getStyleClass().add("text-muted");
            checklistBox.getChildren().add(none);
        }
    }

    private static void styleHint(Label hint, boolean complete) {
        hint.getStyleClass().removeAll("warning", "checklist-complete");
        hint.getStyleClass().add(complete ? "checklist-complete" : "warning");
    }

    private static void styleStatus(Label status, boolean error) {
        status.getStyleClass().removeAll("status-ok", "status-error");
        status.getStyleClass().add(error ? "status-error" : "status-ok");
    }

    private TextField text(String id) {
        TextField t = new TextField();
        t.setId(id);
        return t;
    }

    private void field(VBox column, String name, String labelKey, Control control, Node shown) {
        Label label = new Label(i18n.t(labelKey));
        label.setLabelFor(control);
        label.setMnemonicParsing(false);
        control.setAccessibleText(i18n.t(labelKey));
        if (control instanceof TextField || control instanceof TextArea || control instanceof ComboBox
                || control instanceof DatePicker) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        Label error = new Label();
        error.setId(name + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.managedProperty().bind(error.visibleProperty());
        controls.put(name, control);
        errorLabels.put(name, error);
        column.getChildren().addAll(label, shown, error, spacer());
    }

    private static Region spacer() {
        Region r = new Region();
        r.setMinHeight(6);
        return r;
    }

    private void showErrors() {
        errorLabels.forEach((field, label) -> {
            String msg = vm.errors().get(field);
            label.setText(msg == null ? "" : msg);
            label.setVisible(msg != null);
            Control c = controls.get(field);
            c.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), msg != null);
        });
    }

    /** Moves the focus to the control of {@code field}. */
    public void focus(String field) {
        Control c = controls.get(field);
        if (c != null) {
            c.requestFocus();
            if (c instanceof TextField t) {
                t.selectAll();
            }
        }
    }

    /**
     * Puts the caret in the first field at once, within the event that opened the form (Ctrl+N): keys
     * typed right after it are already queued and go to whatever owns the focus when it ends. The form
     * may have just been built or its tab just selected, so CSS and layout are applied first.
     */
    public void focusFirstFieldNow() {
        if (root.getScene() != null) {
            root.getScene().getRoot().applyCss();
            root.getScene().getRoot().layout();
        }
        focus(id.kalbarprov.loket.core.intake.LetterFields.AGENCY);
    }

    /** See {@link IntakeViewModel#canRegister}. */
    public boolean canRegister() {
        return vm.canRegister();
    }

    public Node view() {
        return root;
    }

    /** Refreshes the reference lists and the agenda preview. */
    public void onShow() {
        vm.load();
    }
}
