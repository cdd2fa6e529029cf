package id.kalbarprov.loket.ui.register;

import static id.kalbarprov.loket.core.intake.LetterFields.*;

import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.intake.LetterCorrectionService;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.ui.common.DateText;
import id.kalbarprov.loket.ui.common.FollowFocus;
import id.kalbarprov.loket.ui.common.I18n;
import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The correction form of one letter, in the letter's tab: its fields as stored, the service shown but
 * not correctable, a required reason. Enter (outside the text areas) saves after a confirmation that
 * shows each change before → after; Esc goes back to the letter. Control ids: {@code correct-<field>}.
 */
public final class CorrectionView {

    private final I18n i18n;
    private id.kalbarprov.loket.ui.common.AgencyField agencyPicker;
    private final CorrectionViewModel vm;
    private final BorderPane root = new BorderPane();
    private final Map<String, Control> controls = new HashMap<>();
    private final Map<String, Label> errorLabels = new HashMap<>();
    private final DatePicker receivedDate = new DatePicker();
    private final DatePicker letterDate = new DatePicker();

    public CorrectionView(I18n i18n, CorrectionViewModel vm) {
        this.i18n = i18n;
        this.vm = vm;
        Label title = new Label();
        title.setId("correct-title");
        title.textProperty().bind(vm.title());
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        Label who = new Label();
        who.setId("correct-who");
        who.textProperty().bind(vm.who());
        who.setWrapText(true);
        who.getStyleClass().add("text-muted");
        Label keys = new Label(i18n.t("correction.keys"));
        keys.setWrapText(true);
        keys.getStyleClass().add("text-muted");
        VBox header = new VBox(2, title, who, keys);
        header.setPadding(new Insets(0, 0, 10, 0));

        VBox left = new VBox(2);
        VBox right = new VBox(2);
        left.setPrefWidth(440);
        right.setPrefWidth(440);
        left.setMinWidth(0);
        right.setMinWidth(0);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);

        date(receivedDate, RECEIVED_AT);
        receivedDate.valueProperty().bindBidirectional(vm.receivedDate());
        receivedDate.setPrefWidth(170);
        receivedDate.setMaxWidth(170);
        TextField time = new TextField();
        time.setId("correct-receivedTime");
        time.setPrefColumnCount(5);
        time.setPromptText("09.15");
        time.setAccessibleText(i18n.t("intake.receivedTime"));
        time.textProperty().bindBidirectional(vm.receivedTime());
        HBox when = new HBox(8, receivedDate, time);
        when.setAlignment(Pos.CENTER_LEFT);
        field(left, RECEIVED_AT, "correction.field.receivedAt", receivedDate, when);

        // The agency across the whole form: the longest names (about 90 characters) fit at 1024 px.
        agencyPicker = new id.kalbarprov.loket.ui.common.AgencyField(vm.agencyChoice(), "correct-" + AGENCY,
                i18n.t("common.agency.prompt"));
        javafx.scene.control.TextField agency = agencyPicker.field();
        agency.setMaxWidth(Double.MAX_VALUE);
        VBox wide = new VBox(2);
        field(wide, AGENCY, "correction.field.agency", agency, agency);

        field(left, LETTER_NUMBER, "correction.field.letterNumber", text(LETTER_NUMBER, vm.letterNumber()), null);
        date(letterDate, LETTER_DATE);
        letterDate.valueProperty().bindBidirectional(vm.letterDate());
        letterDate.setPromptText(i18n.t("common.date.prompt"));
        field(left, LETTER_DATE, "correction.field.letterDate", letterDate, letterDate);
        field(left, SUBJECT, "correction.field.subject", text(SUBJECT, vm.subject()), null);

        Label serviceLabel = new Label(i18n.t("correction.service"));
        Label service = new Label();
        service.setId("correct-service");
        service.textProperty().bind(vm.service());
        service.setWrapText(true);
        serviceLabel.setLabelFor(service);
        Label serviceHint = new Label(i18n.t("correction.service.fixed"));
        serviceHint.setWrapText(true);
        serviceHint.getStyleClass().add("text-muted");
        left.getChildren().addAll(serviceLabel, service, serviceHint);

        ComboBox<SignerRole> role = new ComboBox<>(FXCollections.observableArrayList(SignerRole.values()));
        role.setId("correct-" + SIGNER_ROLE);
        role.setConverter(converter(r -> i18n.of("signer", r)));
        role.valueProperty().bindBidirectional(vm.signerRole());
        field(right, SIGNER_ROLE, "correction.field.signerRole", role, role);
        field(right, SIGNER_NAME, "correction.field.signerName", text(SIGNER_NAME, vm.signerName()), null);
        field(right, CONTACT_NAME, "correction.field.contactName", text(CONTACT_NAME, vm.contactName()), null);
        TextField phone = text(CONTACT_PHONE, vm.contactPhone());
        phone.setPromptText("0812 3456 7890");
        field(right, CONTACT_PHONE, "correction.field.contactPhone", phone, null);
        TextArea notes = area(NOTES, vm.notes(), 2);
        field(right, NOTES, "correction.field.notes", notes, null);
        TextArea reason = area(LetterCorrectionService.REASON, vm.reason(), 2);
        field(right, LetterCorrectionService.REASON, "correction.reason", reason, null);

        HBox columns = new HBox(24, left, right);
        ScrollPane scroll = FollowFocus.install(new ScrollPane(new VBox(wide, columns)));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");

        Label status = new Label();
        status.setId("correct-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.status());
        status.getStyleClass().add("status-error");
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Button cancel = new Button(i18n.t("correction.cancel"));
        cancel.setId("correct-cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> vm.cancel());
        Button save = new Button(i18n.t("correction.save"));
        save.setId("correct-save");
        save.getStyleClass().add("accent");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.disableProperty().bind(vm.saving());
        save.setOnAction(e -> save());
        tabOut(notes, phone, reason);
        tabOut(reason, notes, save);
        HBox bar = new HBox(10, status, cancel, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 0, 0, 0));

        root.setTop(header);
        root.setCenter(scroll);
        root.setBottom(bar);
        root.setPadding(new Insets(12, 16, 12, 16));
        root.setId("correction-form");
        vm.errors().addListener((MapChangeListener<String, String>) c -> showErrors());
        vm.onFocus(f -> Platform.runLater(() -> focus(f)));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !e.isShiftDown() && !e.isShortcutDown()) {
            Object t = e.getTarget();
            if (t instanceof TextArea || t instanceof Button || agencyPicker.suggesting()
                    || (t instanceof ComboBox<?> c && c.isShowing())
                    || (t instanceof DatePicker d && d.isShowing())) {
                return;
            }
            save();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            Object t = e.getTarget();
            if (agencyPicker.suggesting() || (t instanceof ComboBox<?> c && c.isShowing())
                    || (t instanceof DatePicker d && d.isShowing())) {
                return;
            }
            vm.cancel();
            e.consume();
        }
    }

    /** Saves (typed dates committed first). */
    public void save() {
        commit(receivedDate);
        boolean bad = commit(letterDate);
        vm.markUnparsableDate(bad);
        vm.save();
    }

    /** Esc: back to the letter, nothing saved. */
    public void cancel() {
        vm.cancel();
    }

    /** True when the picker's text is no date (the picker's value is then left empty). */
    private static boolean commit(DatePicker picker) {
        String text = picker.getEditor().getText();
        if (text == null || text.isBlank()) {
            picker.setValue(null);
            return false;
        }
        java.time.LocalDate parsed = DateText.parse(text);
        picker.setValue(parsed);
        return parsed == null;
    }

    private void date(DatePicker picker, String field) {
        picker.setId("correct-" + field);
        picker.setConverter(DateText.converter());
        picker.setShowWeekNumbers(false);
    }

    private TextField text(String field, javafx.beans.property.StringProperty value) {
        TextField t = new TextField();
        t.setId("correct-" + field);
        t.textProperty().bindBidirectional(value);
        return t;
    }

    private TextArea area(String field, javafx.beans.property.StringProperty value, int rows) {
        TextArea a = new TextArea();
        a.setId("correct-" + field);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.textProperty().bindBidirectional(value);
        return a;
    }

    /** Tab leaves a text area for {@code next}, Shift+Tab for {@code previous} (a tab character is never meant here). */
    private static void tabOut(TextArea a, Node previous, Node next) {
        a.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                (e.isShiftDown() ? previous : next).requestFocus();
            }
        });
    }

    /** A one-way converter for a choice box: the item as text (the register's screens share it). */
    static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void field(VBox column, String name, String labelKey, Control control, Node shown) {
        Label label = new Label(i18n.t(labelKey));
        label.setLabelFor(control);
        label.setMnemonicParsing(false);
        control.setAccessibleText(i18n.t(labelKey));
        if (!(control instanceof DatePicker && shown != control)) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        Label error = new Label();
        error.setId("correct-" + name + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.managedProperty().bind(error.visibleProperty());
        controls.put(name, control);
        errorLabels.put(name, error);
        Region gap = new Region();
        gap.setMinHeight(6);
        column.getChildren().addAll(label, shown == null ? control : shown, error, gap);
    }

    private void showErrors() {
        errorLabels.forEach((field, label) -> {
            String msg = vm.errors().get(field);
            label.setText(msg == null ? "" : msg);
            label.setVisible(msg != null);
            controls.get(field).pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), msg != null);
        });
    }

    /** Moves the focus to the control of {@code field}. */
    public void focus(String field) {
        Control c = controls.get(field);
        if (c != null) {
            c.requestFocus();
            if (c instanceof TextField t) {
                t.end();
            }
        }
    }

    public Node view() {
        return root;
    }
}
