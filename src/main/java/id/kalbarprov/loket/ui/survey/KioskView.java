package id.kalbarprov.loket.ui.survey;

import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.survey.Profile;
import id.kalbarprov.loket.core.survey.SurveyElement;
import id.kalbarprov.loket.ui.common.I18n;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The kiosk screen for visitors: big buttons, one question at a time (also keys 1–4), nothing that
 * leads into the rest of the app; the small "Petugas" corner asks an operator's password to close it.
 */
public final class KioskView {

    /** How long the thanks stay before the next visitor's questionnaire. */
    static final Duration THANKS = Duration.seconds(5);

    private final I18n i18n;
    private final KioskViewModel vm;
    private final StackPane root = new StackPane();
    private final BorderPane page = new BorderPane();
    private final VBox exitPanel = new VBox(10);
    private final PauseTransition thanks = new PauseTransition(THANKS);

    public KioskView(I18n i18n, KioskViewModel vm) {
        this.i18n = i18n;
        this.vm = vm;
        root.setId("kiosk");
        root.getStyleClass().add("kiosk");
        Label title = new Label(i18n.t("survey.kiosk.title"));
        title.getStyleClass().add("kiosk-title");
        Label office = new Label(i18n.t("app.office"));
        office.getStyleClass().add("kiosk-office");
        VBox head = new VBox(4, title, office);
        head.setAlignment(Pos.CENTER);
        page.setTop(head);
        Button operator = new Button(i18n.t("survey.kiosk.operator"));
        operator.setId("kiosk-operator");
        operator.getStyleClass().add("kiosk-corner");
        operator.setFocusTraversable(false);
        operator.setOnAction(e -> vm.askExit());
        HBox foot = new HBox(operator);
        foot.setAlignment(Pos.BOTTOM_RIGHT);
        page.setBottom(foot);
        buildExitPanel();
        root.getChildren().addAll(page, exitPanel);
        thanks.setOnFinished(e -> vm.restart());
        vm.step().addListener((o, a, b) -> render());
        vm.question().addListener((o, a, b) -> render());
        vm.services().addListener((javafx.collections.ListChangeListener<ServiceStandard>) c -> render());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        render();
    }

    private void key(KeyEvent e) {
        if (vm.exitAsked().get() || vm.step().get() != KioskViewModel.Step.QUESTION) {
            return;
        }
        int digit = switch (e.getCode()) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            default -> 0;
        };
        if (digit > 0) {
            vm.answer(digit);
            e.consume();
        }
    }

    private void render() {
        thanks.stop();
        Node center = switch (vm.step().get()) {
            case SERVICE -> services();
            case QUESTION -> question();
            case PROFILE -> profile();
            case THANKS -> thanksPage();
        };
        page.setCenter(center);
        if (vm.step().get() == KioskViewModel.Step.THANKS) {
            thanks.playFromStart();
        }
    }

    private Node services() {
        Label ask = new Label(i18n.t("survey.kiosk.whichService"));
        ask.getStyleClass().add("kiosk-question");
        ask.setWrapText(true);
        FlowPane buttons = new FlowPane(16, 16);
        buttons.setAlignment(Pos.CENTER);
        for (ServiceStandard s : vm.services()) {
            Button b = big(s.name().replaceFirst("^Pelayanan\\s+", ""), "kiosk-service-" + s.kind().name());
            b.setOnAction(e -> vm.chooseService(s));
            buttons.getChildren().add(b);
        }
        return centered(ask, buttons);
    }

    private Node question() {
        SurveyElement e = SurveyElement.values()[vm.question().get()];
        Label count = new Label(i18n.t("survey.kiosk.progress", e.number(), SurveyElement.COUNT));
        count.setId("kiosk-progress");
        count.getStyleClass().add("kiosk-office");
        Label element = new Label(i18n.of("survey.element", e));
        element.getStyleClass().add("kiosk-element");
        Label q = new Label(i18n.of("survey.question", e));
        q.setId("kiosk-question");
        q.getStyleClass().add("kiosk-question");
        q.setWrapText(true);
        q.setMaxWidth(900);
        q.setMinHeight(Region.USE_PREF_SIZE);
        HBox answers = new HBox(16);
        answers.setAlignment(Pos.CENTER);
        for (int v = 1; v <= 4; v++) {
            int value = v;
            Button b = big(v + "\n" + i18n.t(e.answerKey(v)), "kiosk-answer-" + v);
            if (vm.answerOf(e.ordinal()) == v) {
                b.getStyleClass().add("kiosk-chosen");
            }
            b.setOnAction(x -> vm.answer(value));
            answers.getChildren().add(b);
        }
        Button back = new Button(i18n.t("survey.kiosk.back"));
        back.setId("kiosk-back");
        back.getStyleClass().add("kiosk-small");
        back.setOnAction(x -> vm.back());
        return centered(count, element, q, answers, back);
    }

    private Node profile() {
        Label ask = new Label(i18n.t("survey.kiosk.profile"));
        ask.getStyleClass().add("kiosk-question");
        ask.setWrapText(true);
        VBox groups = new VBox(10,
                group("kiosk-sex", Profile.Sex.values(), "survey.sex.", vm.sex()),
                group("kiosk-age", Profile.AgeBand.values(), "survey.age.", vm.age()),
                group("kiosk-education", Profile.Education.values(), "survey.education.", vm.education()),
                group("kiosk-occupation", Profile.Occupation.values(), "survey.occupation.", vm.occupation()));
        groups.setAlignment(Pos.CENTER);
        Button send = big(i18n.t("survey.kiosk.send"), "kiosk-submit");
        send.setOnAction(e -> vm.submit());
        Button back = new Button(i18n.t("survey.kiosk.back"));
        back.setId("kiosk-back");
        back.getStyleClass().add("kiosk-small");
        back.setOnAction(e -> vm.back());
        Label message = new Label();
        message.setId("kiosk-message");
        message.getStyleClass().add("warning");
        message.textProperty().bind(vm.message());
        return centered(ask, groups, send, message, back);
    }

    private <E extends Enum<E>> FlowPane group(String id, E[] values, String prefix, ObjectProperty<E> target) {
        ToggleGroup g = new ToggleGroup();
        FlowPane row = new FlowPane(8, 8);
        row.setId(id);
        row.setAlignment(Pos.CENTER);
        for (E v : values) {
            ToggleButton b = new ToggleButton(i18n.t(prefix + v.name()));
            b.setId(id + "-" + v.name());
            b.getStyleClass().add("kiosk-toggle");
            b.setToggleGroup(g);
            b.setSelected(v == target.get());
            b.setOnAction(e -> target.set(b.isSelected() ? v : null));
            row.getChildren().add(b);
        }
        return row;
    }

    private Node thanksPage() {
        Label thanksLabel = new Label(i18n.t("survey.kiosk.thanks"));
        thanksLabel.setId("kiosk-thanks");
        thanksLabel.getStyleClass().add("kiosk-title");
        thanksLabel.setWrapText(true);
        Button again = big(i18n.t("survey.kiosk.next"), "kiosk-next");
        again.setOnAction(e -> vm.restart());
        return centered(thanksLabel, again);
    }

    private Button big(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("kiosk-button");
        b.setWrapText(true);
        b.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        b.setMinHeight(Region.USE_PREF_SIZE);
        return b;
    }

    private static VBox centered(Node... nodes) {
        VBox box = new VBox(22, nodes);
        box.setAlignment(Pos.CENTER);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private void buildExitPanel() {
        exitPanel.setId("kiosk-exit-panel");
        exitPanel.getStyleClass().add("kiosk-exit");
        exitPanel.setMaxSize(420, Region.USE_PREF_SIZE);
        Label t = new Label(i18n.t("survey.kiosk.exitTitle"));
        t.getStyleClass().add("section-title");
        t.setWrapText(true);
        TextField user = new TextField();
        user.setId("kiosk-username");
        user.textProperty().bindBidirectional(vm.username());
        user.setPromptText(i18n.t("survey.kiosk.username"));
        user.setAccessibleText(i18n.t("survey.kiosk.username"));
        PasswordField pw = new PasswordField();
        pw.setId("kiosk-password");
        pw.textProperty().bindBidirectional(vm.password());
        pw.setPromptText(i18n.t("survey.kiosk.password"));
        pw.setAccessibleText(i18n.t("survey.kiosk.password"));
        pw.setOnAction(e -> vm.exit());
        Label message = new Label();
        message.setId("kiosk-exit-message");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.textProperty().bind(vm.exitMessage());
        Button close = new Button(i18n.t("survey.kiosk.close"));
        close.setId("kiosk-exit");
        close.setOnAction(e -> vm.exit());
        Button cancel = new Button(i18n.t("survey.kiosk.cancel"));
        cancel.setId("kiosk-cancel");
        cancel.setOnAction(e -> vm.cancelExit());
        HBox buttons = new HBox(8, close, cancel);
        exitPanel.getChildren().addAll(t, user, pw, message, buttons);
        exitPanel.visibleProperty().bind(vm.exitAsked());
        page.disableProperty().bind(vm.exitAsked());
        vm.exitAsked().addListener((o, a, b) -> {
            if (b) {
                pw.requestFocus();
            }
        });
    }

    public Node view() {
        return root;
    }
}
