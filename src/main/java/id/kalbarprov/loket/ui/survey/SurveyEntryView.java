package id.kalbarprov.loket.ui.survey;

import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.survey.Profile;
import id.kalbarprov.loket.core.survey.SurveyElement;
import id.kalbarprov.loket.core.survey.SurveyResponse;
import id.kalbarprov.loket.core.survey.SurveyService;
import id.kalbarprov.loket.ui.common.DateText;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Survei Kepuasan (Petugas Loket): the keyboard form for paper questionnaires, today's list, and the
 * button that hands the desk's screen to visitors (kiosk mode).
 */
public final class SurveyEntryView implements Screen {

    private final I18n i18n;
    private final SurveyEntryViewModel vm;
    private final VBox root = new VBox(12);
    private final VBox answersBox = new VBox(2);
    private final Label answersError = new Label();

    /** @param kiosk opens kiosk mode from this screen's window; null when it cannot be offered */
    public SurveyEntryView(I18n i18n, SurveyEntryViewModel vm, java.util.function.Consumer<Node> kiosk) {
        this.i18n = i18n;
        this.vm = vm;
        root.getStyleClass().add("screen");
        root.setId("survey-screen");
        Label title = new Label(i18n.t("survey.entry.title"));
        title.getStyleClass().add("title-2");
        Label help = new Label(i18n.t("survey.entry.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        help.setMinHeight(Region.USE_PREF_SIZE);
        Button kioskButton = new Button(i18n.t("survey.kiosk.start"));
        kioskButton.setId("survey-kiosk");
        kioskButton.setOnAction(e -> kiosk.accept(kioskButton));
        kioskButton.setVisible(kiosk != null);
        kioskButton.setManaged(kiosk != null);
        kioskButton.setMinWidth(Region.USE_PREF_SIZE);
        VBox heading = new VBox(4, title, help);
        HBox.setHgrow(heading, javafx.scene.layout.Priority.ALWAYS);
        HBox top = new HBox(16, heading, kioskButton);
        top.setAlignment(Pos.TOP_LEFT);

        DatePicker date = new DatePicker();
        date.setId("survey-date");
        date.setConverter(DateText.converter(() -> vm.answeredOn().get()));
        date.valueProperty().bindBidirectional(vm.answeredOn());
        date.setPrefWidth(150);
        ComboBox<ServiceStandard> service = new ComboBox<>(vm.services());
        service.setId("survey-service");
        cells(service, s -> s.name());
        service.valueProperty().bindBidirectional(vm.service());
        service.setPrefWidth(300);
        TextField agenda = new TextField();
        agenda.setId("survey-agenda");
        agenda.textProperty().bindBidirectional(vm.agenda());
        agenda.setPromptText(i18n.t("survey.entry.agendaPrompt"));
        agenda.setPrefWidth(180);
        GridPane head = new GridPane();
        head.getStyleClass().add("form-grid");
        field(head, 0, "survey.entry.date", date, SurveyService.DATE);
        field(head, 1, "survey.entry.service", service, SurveyService.SERVICE);
        field(head, 2, "survey.entry.agenda", agenda, SurveyService.LETTER);

        answersBox.setId("survey-answers");
        answersBox.setFocusTraversable(true);
        answersBox.getStyleClass().add("survey-answers");
        answersBox.setAccessibleText(i18n.t("survey.entry.answers"));
        for (SurveyElement e : SurveyElement.values()) {
            answersBox.getChildren().add(answerRow(e));
        }
        answersError.getStyleClass().add("field-error");
        answersError.setId("survey-answers-error");

        ComboBox<Profile.Sex> sex = profile("survey-sex", "survey.entry.sex", Profile.Sex.values(), "survey.sex.");
        sex.valueProperty().bindBidirectional(vm.sex());
        ComboBox<Profile.AgeBand> age = profile("survey-age", "survey.entry.age", Profile.AgeBand.values(),
                "survey.age.");
        age.valueProperty().bindBidirectional(vm.age());
        ComboBox<Profile.Education> edu = profile("survey-education", "survey.entry.education",
                Profile.Education.values(), "survey.education.");
        edu.valueProperty().bindBidirectional(vm.education());
        ComboBox<Profile.Occupation> job = profile("survey-occupation", "survey.entry.occupation",
                Profile.Occupation.values(), "survey.occupation.");
        job.valueProperty().bindBidirectional(vm.occupation());
        Label profileTitle = new Label(i18n.t("survey.entry.profile"));
        profileTitle.getStyleClass().add("section-title");
        javafx.scene.layout.FlowPane profile = new javafx.scene.layout.FlowPane(8, 8, sex, age, edu, job);

        Button save = new Button(i18n.t("survey.entry.save"));
        save.setId("survey-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save());
        Button clear = new Button(i18n.t("survey.entry.clear"));
        clear.setId("survey-clear");
        clear.setOnAction(e -> {
            vm.clear();
            answersBox.requestFocus();
        });
        Label status = new Label();
        status.setId("survey-status");
        status.textProperty().bind(vm.status());
        HBox actions = new HBox(8, save, clear, status);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label todayTitle = new Label(i18n.t("survey.entry.today"));
        todayTitle.getStyleClass().add("section-title");
        TableView<SurveyResponse> today = todayTable();
        Button remove = new Button(i18n.t("survey.entry.remove"));
        remove.setId("survey-remove");
        remove.disableProperty().bind(today.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.remove(today.getSelectionModel().getSelectedItem()));

        root.getChildren().addAll(top, head, answersBox, answersError, profileTitle, profile, actions, todayTitle,
                today, remove);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        vm.errors().addListener((MapChangeListener<String, String>) c -> showErrors());
        vm.current().addListener((o, a, b) -> highlight());
        highlight();
    }

    private void save() {
        vm.save();
        answersBox.requestFocus();
    }

    /** 1–4 answer, Backspace back, arrows move, Enter saves, Esc clears; typing in a field is left alone. */
    private void key(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl
                || e.getTarget() instanceof ComboBox<?> && ((ComboBox<?>) e.getTarget()).isShowing()
                || e.getTarget() instanceof DatePicker;
        int digit = switch (e.getCode()) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            default -> 0;
        };
        if (digit > 0 && !typing && !e.isShortcutDown() && !e.isAltDown()) {
            vm.answer(digit);
            e.consume();
        } else if (e.getCode() == KeyCode.BACK_SPACE && !typing) {
            vm.back();
            e.consume();
        } else if ((e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) && e.getTarget() == answersBox) {
            vm.move(e.getCode() == KeyCode.UP ? -1 : 1);
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof Button)
                && !(e.getTarget() instanceof ComboBox<?> c && c.isShowing())) {
            save();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && !typing) {
            vm.clear();
            answersBox.requestFocus();
            e.consume();
        }
    }

    private HBox answerRow(SurveyElement e) {
        Label name = new Label(e.name() + "  " + i18n.of("survey.element", e));
        name.setWrapText(true);
        name.setMinWidth(200);
        name.setPrefWidth(200);
        name.setMaxWidth(200);
        name.setMinHeight(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, name);
        row.setId("survey-row-" + e.name());
        row.getStyleClass().add("survey-row");
        row.setAlignment(Pos.CENTER_LEFT);
        for (int v = 1; v <= 4; v++) {
            int value = v;
            ToggleButton b = new ToggleButton(v + "  " + i18n.t(e.answerKey(v)));
            b.setId("survey-" + e.name() + "-" + v);
            b.setWrapText(true);
            b.setPrefWidth(128);
            b.setMinWidth(110);
            b.setMinHeight(Region.USE_PREF_SIZE);
            b.setFocusTraversable(false);
            b.setSelected(vm.answer(e).get() == v);
            vm.answer(e).addListener((o, a, now) -> b.setSelected(now.intValue() == value));
            b.setOnAction(x -> {
                vm.answer(e, value);
                b.setSelected(vm.answer(e).get() == value);
                answersBox.requestFocus();
            });
            row.getChildren().add(b);
        }
        return row;
    }

    private void highlight() {
        for (int i = 0; i < answersBox.getChildren().size(); i++) {
            Node row = answersBox.getChildren().get(i);
            row.getStyleClass().remove("survey-current");
            if (i == vm.current().get()) {
                row.getStyleClass().add("survey-current");
            }
        }
    }

    private void showErrors() {
        StringBuilder missing = new StringBuilder();
        for (SurveyElement e : SurveyElement.values()) {
            if (vm.errors().containsKey(e.column())) {
                missing.append(missing.length() == 0 ? "" : ", ").append(e.name());
            }
        }
        answersError.setText(missing.length() == 0 ? "" : i18n.t("survey.entry.missing", missing.toString()));
        fieldErrors.forEach((field, label) -> label.setText(vm.errors().getOrDefault(field, "")));
    }

    private final java.util.Map<String, Label> fieldErrors = new java.util.HashMap<>();

    private void field(GridPane grid, int col, String labelKey, Node control, String field) {
        Label l = new Label(i18n.t(labelKey));
        l.setLabelFor(control);
        control.setAccessibleText(i18n.t(labelKey));
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setId("survey-error-" + field);
        error.setWrapText(true);
        error.setMaxWidth(300);
        fieldErrors.put(field, error);
        grid.add(l, col, 0);
        grid.add(control, col, 1);
        grid.add(error, col, 2);
    }

    private <E extends Enum<E>> ComboBox<E> profile(String id, String promptKey, E[] values, String prefix) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(List.of(values));
        box.setPromptText(i18n.t(promptKey));
        box.setAccessibleText(i18n.t(promptKey));
        cells(box, v -> i18n.t(prefix + v.name()));
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? i18n.t(promptKey) : i18n.t(prefix + item.name()));
            }
        });
        box.setPrefWidth(175);
        return box;
    }

    private <T> void cells(ComboBox<T> box, Function<T, String> text) {
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "\u2014" : text.apply(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
    }

    private TableView<SurveyResponse> todayTable() {
        TableView<SurveyResponse> t = new TableView<>(vm.today());
        t.setId("survey-today");
        t.setPrefHeight(220);
        t.setMaxWidth(760);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(i18n.t("survey.entry.none")));
        t.getColumns().addAll(List.of(
                col("survey.col.time", 70, r -> String.format("%02d.%02d", r.createdAt().getHour(),
                        r.createdAt().getMinute())),
                col("survey.col.date", 100, r -> DateText.format(r.answeredOn())),
                col("survey.col.service", 170, r -> vm.services().stream().filter(s -> s.id() == r.serviceId())
                        .map(s -> s.name().replaceFirst("^Pelayanan\\s+", "")).findFirst().orElse("#" + r.serviceId())),
                col("survey.col.answers", 170, r -> r.answers().toString().replaceAll("[\\[\\],]", "")),
                col("survey.col.source", 120, r -> i18n.of("survey.source", r.source()))));
        return t;
    }

    private TableColumn<SurveyResponse, String> col(String key, double width, Function<SurveyResponse, String> value) {
        TableColumn<SurveyResponse, String> c = new TableColumn<>(i18n.t(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
        answersBox.requestFocus();
    }
}
