package id.kalbarprov.loket.ui.reports;

import id.kalbarprov.loket.core.report.ComplaintFigures;
import id.kalbarprov.loket.core.report.ReportPeriod;
import id.kalbarprov.loket.core.report.ServiceLine;
import id.kalbarprov.loket.core.report.ServiceReport;
import id.kalbarprov.loket.core.report.TrendPoint;
import id.kalbarprov.loket.core.survey.IkmLine;
import id.kalbarprov.loket.core.survey.SurveyElement;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.core.text.IndonesianNumbers;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Laporan (Kepala Bidang, Admin): a month, quarter or year per service and in total, in four tabs —
 * the services' figures, the charts, complaints, the satisfaction index — and the exports.
 */
public final class ReportView implements Screen {

    private final I18n i18n;
    private final ReportViewModel vm;
    private final VBox root = new VBox(10);
    private final Label heading = new Label();
    private final Label status = new Label();
    private final TabPane tabs = new TabPane();
    private final Label empty = new Label();

    public ReportView(I18n i18n, ReportViewModel vm) {
        this.i18n = i18n;
        this.vm = vm;
        root.getStyleClass().add("screen");
        root.setId("report-screen");
        Label title = new Label(i18n.t("reports.title"));
        title.getStyleClass().add("title-2");

        ComboBox<ReportPeriod.Kind> kind = new ComboBox<>();
        kind.setId("report-kind");
        kind.getItems().setAll(ReportPeriod.Kind.values());
        cells(kind, k -> i18n.of("reportKind", k));
        kind.valueProperty().bindBidirectional(vm.kind());
        ComboBox<Integer> year = new ComboBox<>();
        year.setId("report-year");
        year.getItems().setAll(vm.years());
        year.valueProperty().bindBidirectional(vm.year());
        ComboBox<Integer> number = new ComboBox<>();
        number.setId("report-number");
        number.getItems().setAll(vm.numbers());
        cells(number, vm::numberLabel);
        number.valueProperty().bindBidirectional(vm.number());
        number.setPrefWidth(150);
        vm.kind().addListener((o, a, b) -> {
            Integer keep = vm.number().get();
            number.getItems().setAll(vm.numbers());
            vm.number().set(keep);
            number.setVisible(b != ReportPeriod.Kind.YEAR);
            number.setManaged(b != ReportPeriod.Kind.YEAR);
        });
        Label periodLabel = new Label(i18n.t("reports.period"));
        periodLabel.setLabelFor(kind);
        kind.setAccessibleText(i18n.t("reports.period"));
        year.setAccessibleText(i18n.t("reports.year"));
        number.setAccessibleText(i18n.t("reports.monthOrQuarter"));
        Button show = new Button(i18n.t("reports.show"));
        show.setId("report-show");
        show.setDefaultButton(true);
        show.disableProperty().bind(vm.busy());
        show.setOnAction(e -> vm.show());
        Button pdf = new Button(i18n.t("reports.exportPdf"));
        pdf.setId("report-export-pdf");
        pdf.setOnAction(e -> choose(pdf, "pdf", f -> vm.exportPdf(f.toPath())));
        Button xlsx = new Button(i18n.t("reports.exportXlsx"));
        xlsx.setId("report-export-xlsx");
        xlsx.setOnAction(e -> choose(xlsx, "xlsx", f -> vm.exportXlsx(f.toPath())));
        pdf.disableProperty().bind(vm.busy().or(vm.report().isNull()));
        xlsx.disableProperty().bind(pdf.disableProperty());
        HBox choice = new HBox(8, periodLabel, kind, year, number, show);
        choice.setAlignment(Pos.CENTER_LEFT);
        HBox exports = new HBox(8, pdf, xlsx);
        exports.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(24, 8, choice, exports);
        bar.setId("report-bar");

        heading.setId("report-heading");
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        status.setId("report-status");
        status.getStyleClass().add("warning");
        status.setWrapText(true);
        status.textProperty().bind(vm.status());
        status.managedProperty().bind(vm.status().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        empty.setId("report-empty");
        empty.setText(i18n.t("reports.choose"));
        empty.getStyleClass().add("text-muted");
        tabs.setId("report-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setVisible(false);
        tabs.setManaged(false);
        root.getChildren().addAll(title, bar, heading, status, empty, tabs);
        vm.report().addListener((o, a, r) -> render(r));
    }

    private static <T> void cells(ComboBox<T> box, Function<T, String> text) {
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty || item == null ? null : text.apply(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
    }

    private void choose(Node owner, String ext, Consumer<File> then) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(), "*." + ext));
        chooser.setInitialFileName(vm.suggestedName(ext));
        File f = chooser.showSaveDialog(owner.getScene().getWindow());
        if (f != null) {
            then.accept(f);
        }
    }

    private void render(ServiceReport r) {
        if (r == null) {
            return;
        }
        heading.setText(i18n.t("reports.subtitle", r.period().label(), r.period().rangeLabel()));
        empty.setVisible(false);
        empty.setManaged(false);
        tabs.setVisible(true);
        tabs.setManaged(true);
        int selected = tabs.getSelectionModel().getSelectedIndex();
        tabs.getTabs().setAll(
                tab("report-tab-services", "reports.tab.services", services(r)),
                tab("report-tab-charts", "reports.tab.charts", charts(r)),
                tab("report-tab-complaints", "reports.tab.complaints", complaints(r.complaints())),
                tab("report-tab-ikm", "reports.tab.ikm", ikm(r)));
        tabs.getSelectionModel().select(Math.max(0, selected));
    }

    private Tab tab(String id, String key, Node content) {
        // a tab's tables and notes are taller than a 768-px window: the tab scrolls, never sideways
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        Tab t = new Tab(i18n.t(key), scroll);
        t.setId(id);
        return t;
    }

    private static String n(long v) {
        return IndonesianNumbers.integer(v);
    }

    private List<ServiceLine> withTotal(ServiceReport r) {
        List<ServiceLine> rows = new ArrayList<>(r.services());
        rows.add(r.total());
        return rows;
    }

    private String name(ServiceLine l) {
        return l.isTotal() ? i18n.t("reports.total") : shortName(l.name());
    }

    static String shortName(String name) {
        return name == null ? "" : name.replaceFirst("^Pelayanan\\s+", "");
    }

    private Node services(ServiceReport r) {
        // two lines a row: at 1024 × 768 the name column is narrow enough for all nine columns to show
        TableView<ServiceLine> done = ReportTables.table("report-services", ServiceLine::isTotal, 38);
        done.getColumns().addAll(List.of(
                ReportTables.column(i18n.t("reports.col.service"), 106, false, this::name),
                ReportTables.column(i18n.t("reports.screen.standard"), 62, true,
                        l -> l.isTotal() ? "" : n(l.workingDays())),
                ReportTables.column(i18n.t("reports.screen.received"), 72, true, l -> n(l.received())),
                ReportTables.column(i18n.t("reports.screen.completed"), 68, true, l -> n(l.completed())),
                ReportTables.column(i18n.t("reports.screen.onTime"), 66, true, l -> n(l.onTime())),
                ReportTables.column(i18n.t("reports.screen.late"), 80, true, l -> n(l.late())),
                ReportTables.column(i18n.t("reports.screen.share"), 70, true,
                        l -> IndonesianNumbers.percent(l.onTimeShare())),
                ReportTables.column(i18n.t("reports.screen.average"), 80, true,
                        l -> IndonesianNumbers.decimal(l.averageDays(), 1)),
                ReportTables.column(i18n.t("reports.screen.p90"), 90, true,
                        l -> l.p90Days() == null ? IndonesianNumbers.NONE : n(l.p90Days()))));
        done.getItems().setAll(withTotal(r));
        ReportTables.fitRows(done, done.getItems().size(), 58);
        TableView<ServiceLine> flow = ReportTables.table("report-flow", ServiceLine::isTotal);
        flow.getColumns().addAll(List.of(
                ReportTables.column(i18n.t("reports.col.service"), 160, false, this::name),
                ReportTables.column(i18n.t("reports.col.returned"), 126, true, l -> n(l.returned())),
                ReportTables.column(i18n.t("reports.col.refused"), 90, true, l -> n(l.refused())),
                ReportTables.column(i18n.t("reports.col.open"), 130, true, l -> n(l.openAtEnd())),
                ReportTables.column(i18n.t("reports.col.overdue"), 120, true, l -> n(l.overdueAtEnd()))));
        flow.getItems().setAll(withTotal(r));
        ReportTables.fitRows(flow, flow.getItems().size(), 48);
        Label note = note(i18n.t("reports.services.note", IndonesianDates.longDate(r.asOf())));
        return new VBox(10, section("reports.section.completion"), done, section("reports.section.flow"), flow,
                note);
    }

    private Label section(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("text-muted");
        l.setMinHeight(javafx.scene.control.Control.USE_PREF_SIZE);
        return l;
    }

    private Node charts(ServiceReport r) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(i18n.t("reports.chart.letters"));
        BarChart<String, Number> trend = new BarChart<>(x, y);
        trend.setId("report-chart-trend");
        trend.setTitle(i18n.t("reports.trend.title"));
        trend.setAnimated(false);
        XYChart.Series<String, Number> received = new XYChart.Series<>();
        received.setName(i18n.t("reports.trend.received"));
        XYChart.Series<String, Number> completed = new XYChart.Series<>();
        completed.setName(i18n.t("reports.trend.completed"));
        CategoryAxis x2 = new CategoryAxis();
        NumberAxis y2 = new NumberAxis(0, 100, 25);
        y2.setLabel("%");
        LineChart<String, Number> share = new LineChart<>(x2, y2);
        share.setId("report-chart-share-month");
        share.setTitle(i18n.t("reports.trend.share"));
        share.setAnimated(false);
        share.setLegendVisible(false);
        XYChart.Series<String, Number> shares = new XYChart.Series<>();
        for (TrendPoint p : r.trend()) {
            String m = IndonesianDates.monthName(p.month().getMonthValue()).substring(0, 3) + " "
                    + String.valueOf(p.month().getYear()).substring(2);
            received.getData().add(new XYChart.Data<>(m, p.received()));
            completed.getData().add(new XYChart.Data<>(m, p.completed()));
            if (p.onTimeShare() != null) {
                shares.getData().add(new XYChart.Data<>(m, p.onTimeShare() * 100));
            }
        }
        trend.getData().setAll(List.of(received, completed));
        share.getData().setAll(List.of(shares));
        // lying bars: the service names read across instead of standing on end under a squashed chart
        NumberAxis x3 = new NumberAxis(0, 100, 25);
        x3.setLabel("%");
        CategoryAxis y3 = new CategoryAxis();
        BarChart<Number, String> perService = new BarChart<>(x3, y3);
        perService.setId("report-chart-share-service");
        perService.setTitle(i18n.t("reports.shareChart.title"));
        perService.setAnimated(false);
        perService.setLegendVisible(false);
        perService.setCategoryGap(6);
        perService.setBarGap(0);
        XYChart.Series<Number, String> byService = new XYChart.Series<>();
        List<ServiceLine> lines = withTotal(r);
        for (int i = lines.size() - 1; i >= 0; i--) { // first service on top
            ServiceLine l = lines.get(i);
            byService.getData().add(new XYChart.Data<>(l.onTimeShare() == null ? 0 : l.onTimeShare() * 100, name(l)));
        }
        perService.getData().setAll(List.of(byService));
        trend.setPrefHeight(300);
        share.setPrefHeight(250);
        perService.setPrefHeight(250);
        share.setMinWidth(300);
        perService.setMinWidth(300);
        HBox lower = new HBox(12, share, perService);
        HBox.setHgrow(share, Priority.ALWAYS);
        HBox.setHgrow(perService, Priority.ALWAYS);
        return new VBox(8, trend, lower, note(i18n.t("reports.chart.note")));
    }

    private Node complaints(ComplaintFigures c) {
        return new VBox(10, section("reports.complaints.byChannel"),
                complaintTable("report-complaints-channel", "reports.complaints.col.channel", c.byChannel(), null,
                        c.total()),
                section("reports.complaints.byCategory"),
                complaintTable("report-complaints-category", "reports.complaints.col.category", c.byCategory(),
                        c.uncategorised(), c.total()),
                note(i18n.t("reports.complaints.note")));
    }

    private TableView<ComplaintFigures.Row> complaintTable(String id, String head, List<ComplaintFigures.Row> rows,
                                                           ComplaintFigures.Row extra, ComplaintFigures.Row total) {
        TableView<ComplaintFigures.Row> t = ReportTables.table(id, row -> row == total);
        t.getColumns().addAll(List.of(
                ReportTables.column(i18n.t(head), 250, false, row -> row == total ? i18n.t("reports.total")
                        : row == extra ? i18n.t("reports.complaints.uncategorised") : row.name()),
                ReportTables.column(i18n.t("reports.complaints.col.received"), 72, true, row -> n(row.received())),
                ReportTables.column(i18n.t("reports.complaints.col.settled"), 72, true, row -> n(row.settled())),
                ReportTables.column(i18n.t("reports.complaints.col.onTime"), 84, true, row -> n(row.settledOnTime())),
                ReportTables.column(i18n.t("reports.complaints.col.share"), 84, true,
                        row -> IndonesianNumbers.percent(row.onTimeShare())),
                ReportTables.column(i18n.t("reports.complaints.col.forwarded"), 84, true, row -> n(row.forwarded())),
                ReportTables.column(i18n.t("reports.complaints.col.open"), 84, true, row -> n(row.open()))));
        t.getItems().setAll(rows);
        if (extra != null) {
            t.getItems().add(extra);
        }
        t.getItems().add(total);
        ReportTables.fitRows(t, t.getItems().size(), 48);
        return t;
    }

    private Node ikm(ServiceReport r) {
        List<IkmLine> lines = new ArrayList<>(r.ikm());
        lines.add(r.ikmTotal());
        TableView<IkmLine> index = ReportTables.table("report-ikm", l -> l.serviceId() == null, 38);
        index.getColumns().addAll(List.of(
                ReportTables.column(i18n.t("reports.col.service"), 140, false,
                        l -> l.serviceId() == null ? i18n.t("reports.total") : shortName(l.name())),
                ReportTables.column(i18n.t("reports.ikm.col.population"), 96, true, l -> n(l.population())),
                ReportTables.column(i18n.t("reports.ikm.col.required"), 84, true, l -> n(l.required())),
                ReportTables.column(i18n.t("reports.ikm.col.respondents"), 90, true, l -> n(l.ikm().respondents())),
                ReportTables.column(i18n.t("reports.ikm.col.ikm"), 70, true,
                        l -> IndonesianNumbers.decimal(l.ikm().index(), 2)),
                ReportTables.column(i18n.t("reports.ikm.col.grade"), 110, false, l -> l.ikm().grade() == null
                        ? IndonesianNumbers.NONE
                        : l.ikm().grade().name() + " " + i18n.of("survey.grade", l.ikm().grade())),
                ReportTables.column(i18n.t("reports.ikm.col.sample"), 130, false, l -> l.enough()
                        ? i18n.t("reports.ikm.sampleOk") : i18n.t("reports.ikm.sampleShort", l.missing()))));
        index.getItems().setAll(lines);
        ReportTables.fitRows(index, lines.size(), 48);

        TableView<SurveyElement> nrr = ReportTables.table("report-nrr", e -> false, 40);
        nrr.getColumns().add(ReportTables.column(i18n.t("reports.ikm.col.element"), 200, false,
                e -> e.name() + " " + i18n.of("survey.element", e)));
        for (IkmLine l : lines) {
            nrr.getColumns().add(ReportTables.column(l.serviceId() == null ? i18n.t("reports.total")
                    : shortName(l.name()), 80, true, e -> IndonesianNumbers.decimal(l.ikm().nrr(e, 2), 2)));
        }
        nrr.getItems().setAll(SurveyElement.values());
        ReportTables.fitRows(nrr, SurveyElement.COUNT, 48);

        VBox warnings = new VBox(4);
        warnings.setId("report-ikm-samples");
        for (IkmLine l : lines) {
            if (!l.enough()) {
                Label w = new Label(i18n.t("reports.ikm.notEnough", l.serviceId() == null ? i18n.t("reports.total")
                        : shortName(l.name()), l.ikm().respondents(), l.required(), l.missing()));
                w.getStyleClass().add("warning");
                w.setWrapText(true);
                warnings.getChildren().add(w);
            }
        }
        if (warnings.getChildren().isEmpty()) {
            warnings.getChildren().add(new Label(i18n.t("reports.ikm.allEnough")));
        }
        return new VBox(10, index, warnings, section("reports.ikm.nrrTitle"), nrr, note(i18n.t("reports.ikm.note")));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShow() {
        if (vm.report().get() == null) {
            vm.show();
        }
    }
}
