package id.kalbarprov.loket.ui.operators;

import id.kalbarprov.loket.core.auth.SecuritySettingsService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Pengaturan → Keamanan. Enter or Ctrl+S saves, Esc puts back what is saved. */
public final class SecuritySettingsView implements Screen {

    private final SecuritySettingsViewModel vm;
    private final VBox root = new VBox(12);
    private final Map<String, TextField> inputs = new LinkedHashMap<>();
    private final Map<String, Label> errorLabels = new LinkedHashMap<>();

    public SecuritySettingsView(I18n i18n, SecuritySettingsViewModel vm) {
        this.vm = vm;
        root.setId("security-settings");
        root.setPadding(new Insets(12, 0, 0, 0));
        Label title = new Label(i18n.t("security.title"));
        title.getStyleClass().add("title-4");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setVgap(6);
        grid.setHgap(12);
        int row = 0;
        row = field(grid, row, i18n, SecuritySettingsService.LOCKOUT_ATTEMPTS, "security-attempts", vm.attempts(),
                i18n.t("security.lockoutAttempts"), i18n.t("security.lockoutAttempts.note",
                        SecuritySettingsService.MIN_ATTEMPTS, SecuritySettingsService.MAX_ATTEMPTS));
        row = field(grid, row, i18n, SecuritySettingsService.LOCKOUT_MINUTES, "security-lockout-minutes",
                vm.lockoutMinutes(), i18n.t("security.lockoutMinutes"), i18n.t("security.lockoutMinutes.note",
                        SecuritySettingsService.MIN_LOCKOUT, SecuritySettingsService.MAX_LOCKOUT));
        field(grid, row, i18n, SecuritySettingsService.IDLE_MINUTES, "security-idle-minutes", vm.idleMinutes(),
                i18n.t("security.idleMinutes"), i18n.t("security.idleMinutes.note",
                        SecuritySettingsService.MIN_IDLE, SecuritySettingsService.MAX_IDLE));

        Button save = new Button(i18n.t("security.save"));
        save.setId("security-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.busy());
        save.setOnAction(e -> vm.save());
        Label status = new Label();
        status.setId("security-status");
        status.setWrapText(true);
        status.setMaxWidth(640);
        status.textProperty().bind(vm.status());
        root.getChildren().addAll(title, grid, save, status);
        root.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.save();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                vm.cancel();
                e.consume();
            }
        });
        vm.errors().addListener((MapChangeListener<String, String>) c -> errorLabels.forEach((f, l) -> {
            String m = vm.errors().get(f);
            l.setText(m == null ? "" : m);
        }));
        vm.onFocus(f -> {
            TextField t = inputs.get(f);
            if (t != null) {
                t.requestFocus();
                t.selectAll();
            }
        });
    }

    private int field(GridPane grid, int row, I18n i18n, String field, String id, StringProperty value, String label,
                      String note) {
        TextField input = new TextField();
        input.setId(id);
        input.setPrefColumnCount(5);
        input.setMaxWidth(100);
        input.textProperty().bindBidirectional(value);
        input.setAccessibleText(label);
        input.setOnAction(e -> vm.save());
        Label l = new Label(label);
        l.setLabelFor(input);
        l.setWrapText(true);
        l.setMaxWidth(300);
        Label error = new Label();
        error.setId(id + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Label hint = new Label(note);
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMaxWidth(680);
        grid.add(l, 0, row);
        grid.add(input, 1, row);
        grid.add(error, 1, row + 1);
        grid.add(hint, 1, row + 2);
        inputs.put(field, input);
        errorLabels.put(field, error);
        return row + 3;
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
