package id.kalbarprov.loket.ui.dashboard;

import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.dashboard.DashboardSummary;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Beranda: what is due today and late, requests per state, open requests per service. Every number
 * is a button (Tab to it, Enter or Space or a click) that opens Surat Masuk filtered to those
 * letters. Colours always come with words.
 *
 * <p>{@code extraSections}: further sections shown below (the complaints summary is added here
 * when it is merged); each is refreshed with Beranda.
 */
public final class DashboardView implements Screen {

    private final I18n i18n;
    private final DashboardViewModel vm;
    private final List<Screen> extraSections;
    private final List<Screen> topSections;
    private final VBox root = new VBox(16);
    private final Label subtitle = new Label();
    private final Label banner = new Label();
    private final HBox dueRow = new HBox(12);
    private final FlowPane stateRow = new FlowPane(12, 12);
    private final GridPane serviceGrid = new GridPane();

    public DashboardView(I18n i18n, DashboardViewModel vm, List<Screen> extraSections) {
        this(i18n, vm, List.of(), extraSections);
    }

    /** {@code topSections}: shown above the counts (the Admin's setup checklist), refreshed with Beranda. */
    public DashboardView(I18n i18n, DashboardViewModel vm, List<Screen> topSections, List<Screen> extraSections) {
        this.i18n = i18n;
        this.vm = vm;
        this.topSections = List.copyOf(topSections);
        this.extraSections = List.copyOf(extraSections);
        Label title = new Label(i18n.t("dashboard.title"));
        title.getStyleClass().add("title-2");
        subtitle.setId("dashboard-today");
        subtitle.getStyleClass().add("text-muted");
        banner.setId("holiday-banner");
        banner.getStyleClass().add("banner-warning");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setVisible(false);
        banner.setManaged(false);
        banner.setFocusTraversable(false);

        dueRow.setId("dashboard-due");
        stateRow.setId("dashboard-states");
        stateRow.setRowValignment(javafx.geometry.VPos.TOP);
        stateRow.setPrefWrapLength(900);
        serviceGrid.setId("dashboard-services");
        serviceGrid.getStyleClass().add("service-grid");
        serviceGrid.setHgap(12);
        serviceGrid.setVgap(6);
        ColumnConstraints nameCol = new ColumnConstraints();
        nameCol.setMinWidth(220);
        nameCol.setPrefWidth(320);
        nameCol.setHgrow(Priority.NEVER);
        serviceGrid.getColumnConstraints().add(nameCol);

        root.getChildren().addAll(new VBox(2, title, subtitle), banner);
        for (Screen top : this.topSections) {
            root.getChildren().add(top.view());
        }
        root.getChildren().addAll(
                section("dashboard.section.due", "dashboard.section.due.note"), dueRow,
                section("dashboard.section.states", null), stateRow,
                section("dashboard.section.services", "dashboard.section.services.note"), serviceGrid);
        for (Screen extra : this.extraSections) {
            root.getChildren().add(extra.view());
        }
        root.setFillWidth(true);
        root.getStyleClass().add("screen");
        root.setId("dashboard");
        vm.summary().addListener((o, a, s) -> render(s));
        vm.loading().addListener((o, a, busy) -> {
            if (busy && vm.summary().get() == null) {
                subtitle.setText(i18n.t("dashboard.loading"));
            }
        });
    }

    private Node section(String titleKey, String noteKey) {
        Label t = new Label(i18n.t(titleKey));
        t.getStyleClass().addAll("title-4", "section-title");
        if (noteKey == null) {
            return t;
        }
        Label note = new Label(i18n.t(noteKey));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        return new VBox(2, t, note);
    }

    private void render(DashboardSummary s) {
        if (s == null) {
            return;
        }
        if (vm.today().get() != null) {
            subtitle.setText(i18n.t("dashboard.today", IndonesianDates.longDateWithDay(vm.today().get())));
        }
        if (s.yearsWithoutHolidays().isEmpty()) {
            banner.setVisible(false);
            banner.setManaged(false);
            banner.setText("");
        } else {
            String years = s.yearsWithoutHolidays().stream().map(String::valueOf).collect(Collectors.joining(", "));
            banner.setText(i18n.t("dashboard.noHolidays", years));
            banner.setVisible(true);
            banner.setManaged(true);
        }

        dueRow.getChildren().setAll(
                countButton("count-due-today", s.dueToday(), i18n.t("due.DUE_TODAY"), "count-today",
                        () -> vm.openDue(DueStatus.DUE_TODAY)),
                countButton("count-overdue", s.overdue(), i18n.t("due.OVERDUE"), "count-overdue",
                        () -> vm.openDue(DueStatus.OVERDUE)));

        stateRow.getChildren().clear();
        for (RequestState state : RequestState.values()) {
            stateRow.getChildren().add(countButton("count-state-" + state.name(), s.count(state),
                    i18n.of("state", state), null, () -> vm.openState(state)));
        }

        serviceGrid.getChildren().clear();
        serviceGrid.add(header("dashboard.col.service"), 0, 0);
        serviceGrid.add(header("dashboard.col.open"), 1, 0);
        serviceGrid.add(header("due.DUE_TODAY"), 2, 0);
        serviceGrid.add(header("due.OVERDUE"), 3, 0);
        int row = 1;
        for (DashboardSummary.ServiceLine line : s.services()) {
            Label name = new Label(line.name());
            name.setWrapText(true);
            serviceGrid.add(name, 0, row);
            String id = "count-service-" + line.serviceId();
            serviceGrid.add(smallButton(id + "-open", line.open(), i18n.t("dashboard.open"), line.name(), null,
                    () -> vm.openService(line.serviceId())), 1, row);
            serviceGrid.add(smallButton(id + "-today", line.dueToday(), i18n.t("due.DUE_TODAY"), line.name(),
                    line.dueToday() > 0 ? "due-today" : null,
                    () -> vm.openServiceDue(line.serviceId(), DueStatus.DUE_TODAY)), 2, row);
            serviceGrid.add(smallButton(id + "-overdue", line.overdue(), i18n.t("due.OVERDUE"), line.name(),
                    line.overdue() > 0 ? "due-overdue" : null,
                    () -> vm.openServiceDue(line.serviceId(), DueStatus.OVERDUE)), 3, row);
            row++;
        }
    }

    private Label header(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("text-muted");
        GridPane.setHalignment(l, HPos.LEFT);
        return l;
    }

    /** A big count: the number above its words; {@code tone} colours it when the number is not 0. */
    private Button countButton(String id, int count, String words, String tone, Runnable open) {
        Label number = new Label(String.valueOf(count));
        number.getStyleClass().addAll("count-number");
        number.setId(id + "-value");
        Label text = new Label(words);
        text.getStyleClass().add("count-words");
        VBox box = new VBox(2, number, text);
        box.setAlignment(Pos.CENTER_LEFT);
        Button b = new Button(null, box);
        b.setId(id);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setMaxWidth(Double.MAX_VALUE);
        b.getStyleClass().add("count-button");
        if (tone != null && count > 0) {
            b.getStyleClass().add(tone);
        }
        b.setAccessibleText(i18n.t("dashboard.count.accessible", words, count));
        b.setTooltip(new Tooltip(i18n.t("dashboard.count.open")));
        b.setOnAction(e -> open.run());
        enterFires(b);
        return b;
    }

    /** A number in the per-service table: "3 terbuka", "1 terlambat". */
    private Button smallButton(String id, int count, String words, String service, String tone, Runnable open) {
        Button b = new Button(count + " " + words.toLowerCase(i18n.locale()));
        b.setId(id);
        b.getStyleClass().addAll("flat", "count-link");
        if (tone != null) {
            b.getStyleClass().add(tone);
        }
        b.setAccessibleText(i18n.t("dashboard.count.accessible", service + ", " + words, count));
        b.setTooltip(new Tooltip(i18n.t("dashboard.count.open")));
        b.setOnAction(e -> open.run());
        enterFires(b);
        return b;
    }

    /** Space fires a focused button in JavaFX; Enter does too here, as the accessible text says. */
    private static void enterFires(Button b) {
        b.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                b.fire();
                e.consume();
            }
        });
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
        topSections.forEach(Screen::onShow);
        extraSections.forEach(Screen::onShow);
    }

    @Override
    public void onDataChanged() {
        onShow(); // counts only: nothing typed or selected here
    }
}
