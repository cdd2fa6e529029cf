package id.kalbarprov.loket.ui.operators;

import id.kalbarprov.loket.core.auth.Operator;
import id.kalbarprov.loket.core.auth.OperatorService;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.ui.common.Columns;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import id.kalbarprov.loket.ui.signin.Fields;
import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Operator tab of Pengaturan: the list on the left, the selected operator's form on the right. */
public final class OperatorsView implements Screen {

    private final OperatorsViewModel vm;
    private final BorderPane root = new BorderPane();

    public OperatorsView(I18n i18n, OperatorsViewModel vm) {
        this.vm = vm;
        TableView<Operator> table = new TableView<>(vm.list());
        table.setId("operators-table");
        table.setAccessibleText(i18n.t("operators.list"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Two lines per column: the list stays whole beside the form in a 1024 px window (issue 13).
        var who = Columns.twoLines(i18n.t("operators.col.name"),
                Columns.Line.<Operator>cut(Operator::fullName), Columns.Line.<Operator>cut(Operator::username));
        who.setPrefWidth(200);
        who.setMaxWidth(220); // the room left goes to the roles: an operator often holds two or three
        table.getColumns().add(who);
        table.getColumns().add(Columns.twoLines(i18n.t("operators.col.roles"),
                Columns.Line.<Operator>cut(o -> o.roles().stream().sorted().map(r -> i18n.of("role", r))
                        .collect(Collectors.joining(", "))),
                Columns.Line.<Operator>whole(o -> i18n.t(o.active() ? "operators.status.active"
                        : "operators.status.inactive"))));
        Columns.wholeHeaders(table);
        table.setPrefWidth(560);
        table.setPlaceholder(new Label(i18n.t("operators.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, op) -> {
            if (op != null && vm.selected().get() != op) {
                vm.selected().set(op);
            }
        });
        vm.selected().addListener((o, a, op) -> {
            if (op == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != op) {
                table.getItems().stream().filter(x -> x.id() == op.id()).findFirst()
                        .ifPresent(x -> table.getSelectionModel().select(x));
            }
        });

        Label formTitle = new Label();
        formTitle.setId("operator-form-title");
        formTitle.getStyleClass().add("title-4");
        formTitle.textProperty().bind(javafx.beans.binding.Bindings.when(vm.creating())
                .then(i18n.t("operators.form.new")).otherwise(i18n.t("operators.form.edit")));
        TextField username = new TextField();
        username.textProperty().bindBidirectional(vm.username());
        username.disableProperty().bind(vm.creating().not());
        TextField fullName = new TextField();
        fullName.textProperty().bindBidirectional(vm.fullName());
        PasswordField password = new PasswordField();
        password.textProperty().bindBidirectional(vm.password());
        password.setPromptText(i18n.t("operators.password.prompt"));
        VBox userBox = Fields.field("operator-username", i18n.t("signin.username"), username, vm.errors(),
                OperatorService.USERNAME);
        VBox nameBox = Fields.field("operator-fullname", i18n.t("signin.fullName"), fullName, vm.errors(),
                OperatorService.FULL_NAME);
        VBox pwBox = Fields.field("operator-password", i18n.t("operators.password.initial"), password, vm.errors(),
                OperatorService.PASSWORD);
        pwBox.visibleProperty().bind(vm.creating());
        pwBox.managedProperty().bind(vm.creating());

        Label rolesLabel = new Label(i18n.t("operators.roles"));
        VBox roleBoxes = new VBox(4);
        roleBoxes.setId("operator-roles");
        for (Role r : Role.values()) {
            CheckBox c = new CheckBox(i18n.of("role", r));
            c.setId("role-" + r.name());
            c.selectedProperty().bindBidirectional(vm.role(r));
            c.setAccessibleText(i18n.t("operators.roles") + ": " + i18n.of("role", r));
            roleBoxes.getChildren().add(c);
        }
        rolesLabel.setLabelFor(roleBoxes);
        Label rolesError = new Label();
        rolesError.setId("operator-roles-error");
        rolesError.getStyleClass().add("field-error");
        rolesError.setWrapText(true);
        rolesError.managedProperty().bind(rolesError.textProperty().isNotEmpty());
        vm.errors().addListener((MapChangeListener<String, String>) c -> {
            String t = vm.errors().get(OperatorService.ROLES);
            rolesError.setText(t == null ? "" : t);
        });
        Label status = new Label();
        status.setId("operator-status");
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        status.textProperty().bind(vm.status());

        Button save = new Button(i18n.t("operators.save"));
        save.setId("operators-save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.busy());
        save.setOnAction(e -> vm.save());
        Button fresh = new Button(i18n.t("operators.new"));
        fresh.setId("operators-new");
        fresh.setOnAction(e -> {
            vm.newOperator();
            username.requestFocus();
        });
        Button toggle = new Button();
        toggle.setId("operators-toggle-active");
        toggle.disableProperty().bind(vm.creating().or(vm.busy()));
        vm.selected().addListener((o, a, op) -> toggle.setText(i18n.t(op != null && !op.active()
                ? "operators.activate" : "operators.deactivate")));
        toggle.setText(i18n.t("operators.deactivate"));
        toggle.setOnAction(e -> vm.toggleActive());
        Button reset = new Button(i18n.t("operators.reset"));
        reset.setId("operators-reset");
        reset.disableProperty().bind(vm.creating().or(vm.busy()));
        reset.setOnAction(e -> vm.resetPassword());
        FlowPane buttons = new FlowPane(8, 8, save, fresh, toggle, reset);

        VBox form = new VBox(10, formTitle, userBox, nameBox, pwBox, rolesLabel, roleBoxes, rolesError, status,
                buttons);
        form.setId("operator-form");
        form.setPadding(new Insets(0, 0, 0, 16));
        form.setPrefWidth(360);
        form.setMinWidth(300);
        vm.errors().addListener((MapChangeListener<String, String>) c -> Fields.focusFirstError(vm.errors(),
                List.of(OperatorService.USERNAME, OperatorService.FULL_NAME, OperatorService.PASSWORD),
                List.of(username, fullName, password)));
        root.setCenter(table);
        root.setRight(form);
        root.setPadding(new Insets(12, 0, 0, 0));
        root.setId("operators-view");
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.save();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                vm.newOperator();
            }
        });
        HBox.setHgrow(table, javafx.scene.layout.Priority.ALWAYS);
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
