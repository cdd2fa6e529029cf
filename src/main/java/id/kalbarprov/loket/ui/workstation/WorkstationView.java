package id.kalbarprov.loket.ui.workstation;

import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.workstation.WorkstationViewModel.Field;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The first screen on a new workstation: where this computer's Loket keeps its data. Keyboard first:
 * the arrow keys pick the option, Tab walks the fields, Enter confirms, Esc leaves Loket.
 */
public final class WorkstationView {

    private final StackPane root;
    private final PasswordField password = new PasswordField();
    private final RadioButton thisComputer;
    private final WorkstationViewModel vm;

    public WorkstationView(I18n i18n, WorkstationViewModel vm, Runnable exit) {
        this.vm = vm;
        Label title = new Label(i18n.t("workstation.title"));
        title.setId("workstation-title");
        title.getStyleClass().add("title-3");
        Label intro = new Label(i18n.t("workstation.intro"));
        intro.setId("workstation-intro");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add("text-muted");

        ToggleGroup group = new ToggleGroup();
        thisComputer = new RadioButton(i18n.t("workstation.thisComputer"));
        thisComputer.setId("workstation-this-computer");
        thisComputer.setToggleGroup(group);
        Label thisNote = note(i18n.t("workstation.thisComputer.note"));
        RadioButton server = new RadioButton(i18n.t("workstation.server"));
        server.setId("workstation-server");
        server.setToggleGroup(group);
        Label serverNote = note(i18n.t("workstation.server.note"));
        group.selectToggle(vm.server().get() ? server : thisComputer);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.server().set(now == server);
            } else {
                group.selectToggle(was); // one option is always chosen
            }
        });
        vm.server().addListener((o, was, now) -> group.selectToggle(now ? server : thisComputer));
        for (RadioButton option : new RadioButton[] {thisComputer, server}) {
            // Enter on an option confirms it (a radio button would otherwise keep Enter from the default button)
            option.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                    e.consume();
                    vm.confirm();
                }
            });
        }

        TextField host = new TextField();
        host.textProperty().bindBidirectional(vm.host());
        host.setPromptText(i18n.t("workstation.host.prompt"));
        TextField port = new TextField();
        port.textProperty().bindBidirectional(vm.port());
        port.setPrefColumnCount(6);
        TextField database = new TextField();
        database.textProperty().bindBidirectional(vm.database());
        TextField user = new TextField();
        user.textProperty().bindBidirectional(vm.user());
        password.textProperty().bindBidirectional(vm.password());

        VBox hostBox = field("workstation-host", i18n.t("workstation.host"), host);
        VBox portBox = field("workstation-port", i18n.t("workstation.port"), port);
        VBox databaseBox = field("workstation-database", i18n.t("workstation.database"), database);
        VBox userBox = field("workstation-user", i18n.t("workstation.user"), user);
        VBox passwordBox = field("workstation-password", i18n.t("workstation.password"), password);
        HBox.setHgrow(hostBox, Priority.ALWAYS);
        HBox.setHgrow(databaseBox, Priority.ALWAYS);
        HBox.setHgrow(userBox, Priority.ALWAYS);
        portBox.setPrefWidth(110);
        portBox.setMinWidth(110);
        databaseBox.setPrefWidth(200);
        userBox.setPrefWidth(200);
        Label passwordNote = note(i18n.t("workstation.password.note"));
        passwordNote.setId("workstation-password-note");
        // each row's messages under the whole row: a message about the port is as wide as the form
        VBox serverFields = new VBox(6,
                new HBox(12, hostBox, portBox), error("workstation-host", Field.HOST), error("workstation-port", Field.PORT),
                new HBox(12, databaseBox, userBox), error("workstation-database", Field.DATABASE),
                error("workstation-user", Field.USER),
                passwordBox, error("workstation-password", Field.PASSWORD), passwordNote);
        serverFields.setId("workstation-server-fields");
        serverFields.setPadding(new javafx.geometry.Insets(0, 0, 0, 28));
        serverFields.disableProperty().bind(vm.server().not());
        for (TextInputControl c : new TextInputControl[] {host, port, database, user}) {
            c.disableProperty().bind(vm.passwordOnly());
        }
        thisComputer.disableProperty().bind(vm.passwordOnly());
        server.disableProperty().bind(vm.passwordOnly());

        Label status = new Label();
        status.setId("workstation-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.status());
        status.managedProperty().bind(status.visibleProperty());
        status.visibleProperty().bind(vm.status().isNotEmpty());
        vm.statusGood().addListener((o, was, good) -> {
            status.getStyleClass().removeAll("field-error", "due-on-track");
            status.getStyleClass().add(good ? "due-on-track" : "field-error");
        });
        status.getStyleClass().add("field-error");

        Button test = new Button(i18n.t("workstation.test"));
        test.setId("workstation-test");
        test.disableProperty().bind(vm.server().not().or(vm.busy()));
        test.setOnAction(e -> vm.testConnection());
        Button confirm = new Button(i18n.t("workstation.confirm"));
        confirm.setId("workstation-confirm");
        confirm.getStyleClass().add("accent");
        confirm.setDefaultButton(true);
        confirm.disableProperty().bind(vm.busy());
        confirm.setOnAction(e -> vm.confirm());
        Button quit = new Button(i18n.t("workstation.exit"));
        quit.setId("workstation-exit");
        quit.setCancelButton(true);
        quit.setOnAction(e -> exit.run());
        Label busy = new Label(i18n.t("workstation.busy"));
        busy.setId("workstation-busy");
        busy.getStyleClass().add("text-muted");
        busy.visibleProperty().bind(vm.busy());
        HBox actions = new HBox(8, confirm, test, quit, busy);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(8, title, intro, thisComputer, indented(thisNote), server, indented(serverNote),
                serverFields, status, actions);
        card.getStyleClass().add("signin-card");
        card.setMaxWidth(760);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        root = new StackPane(card);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("signin-view");
        root.setId("workstation-view");

        javafx.beans.value.ChangeListener<Boolean> mode = (o, was, only) -> {
            title.setText(i18n.t(only ? "workstation.password.title" : "workstation.title"));
            intro.setText(i18n.t(only ? "workstation.password.intro" : "workstation.intro"));
            if (only) {
                password.requestFocus();
            }
        };
        vm.passwordOnly().addListener(mode);
        mode.changed(vm.passwordOnly(), false, vm.passwordOnly().get());
        vm.error(Field.PASSWORD).addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                password.requestFocus();
            }
        });
    }

    private Label note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("text-muted");
        return l;
    }

    private static VBox indented(Label note) {
        VBox box = new VBox(note);
        box.setPadding(new javafx.geometry.Insets(-6, 0, 0, 28));
        return box;
    }

    private static VBox field(String id, String label, TextInputControl control) {
        control.setId(id);
        Label l = new Label(label);
        l.setLabelFor(control);
        control.setAccessibleText(label);
        control.setMaxWidth(Double.MAX_VALUE);
        return new VBox(4, l, control);
    }

    private Label error(String id, Field field) {
        Label error = new Label();
        error.setId(id + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(vm.error(field));
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(vm.error(field).isNotEmpty());
        return error;
    }

    public Parent root() {
        return root;
    }

    /** Puts the keyboard where the clerk starts: the password when only that is asked, else the options. */
    public void focus() {
        // after the pulse that shows the new root: a new root first gets the scene's own initial focus
        javafx.application.Platform.runLater(() -> (vm.passwordOnly().get() ? password : thisComputer).requestFocus());
    }
}
