package id.kalbarprov.loket.ui.complaints;

import id.kalbarprov.loket.core.complaints.ComplaintRecap;
import id.kalbarprov.loket.core.complaints.ComplaintState;
import id.kalbarprov.loket.ui.common.I18n;
import java.io.File;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Rekap bulanan: counts per channel, category and state, the share settled on time; CSV/XLSX export. */
final class ComplaintRecapView {

    private final I18n i18n;
    private final ComplaintRecapViewModel vm;
    private final ScrollPane root;
    private final HBox tables = new HBox(32);
    private final Label total = new Label();
    private final Label share = new Label();

    ComplaintRecapView(I18n i18n, ComplaintRecapViewModel vm) {
        this.i18n = i18n;
        this.vm = vm;
        ComboBox<YearMonth> month = new ComboBox<>();
        month.setId("recap-month");
        month.getItems().setAll(vm.months());
        ComplaintFormView.cells(month, ComplaintRecapViewModel::monthLabel);
        month.valueProperty().bindBidirectional(vm.month());
        month.setAccessibleText(i18n.t("complaints.recap.month"));
        Label monthLabel = new Label(i18n.t("complaints.recap.month"));
        monthLabel.setLabelFor(month);
        Button show = new Button(i18n.t("complaints.recap.show"));
        show.setId("recap-show");
        show.setDefaultButton(true);
        show.setOnAction(e -> vm.show());
        month.valueProperty().addListener((o, a, b) -> vm.show());
        HBox top = new HBox(8, monthLabel, month, show);
        top.setAlignment(Pos.CENTER_LEFT);

        total.setId("recap-total");
        total.getStyleClass().add("title-4");
        share.setId("recap-share");
        share.getStyleClass().add("section-title");

        CheckBox contacts = new CheckBox(i18n.t("complaints.recap.includeContacts"));
        contacts.setId("recap-include-contacts");
        contacts.selectedProperty().bindBidirectional(vm.includeContacts());
        Label warning = new Label(i18n.t("complaints.recap.contactsWarning"));
        warning.getStyleClass().add("warning");
        warning.setWrapText(true);
        warning.visibleProperty().bind(vm.includeContacts());
        warning.managedProperty().bind(warning.visibleProperty());
        Button csv = new Button(i18n.t("complaints.recap.exportCsv"));
        csv.setId("recap-export-csv");
        csv.setOnAction(e -> choose(csv, "complaints.recap.fileCsv", "csv", f -> vm.exportCsv(f.toPath())));
        Button xlsx = new Button(i18n.t("complaints.recap.exportXlsx"));
        xlsx.setId("recap-export-xlsx");
        xlsx.setOnAction(e -> choose(xlsx, "complaints.recap.fileXlsx", "xlsx", f -> vm.exportXlsx(f.toPath())));
        HBox export = new HBox(8, contacts, csv, xlsx);
        export.setAlignment(Pos.CENTER_LEFT);

        tables.setId("recap-tables");
        VBox box = new VBox(14, top, total, share, tables, export, warning);
        box.setPadding(new Insets(10, 16, 16, 0));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
        root.setId("complaint-recap");
        vm.recap().addListener((o, a, r) -> render(r));
    }

    private void choose(Node owner, String descriptionKey, String ext, Consumer<File> then) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t(descriptionKey), "*." + ext));
        chooser.setInitialFileName(vm.suggestedName(ext));
        File f = chooser.showSaveDialog(owner.getScene().getWindow());
        if (f != null) {
            then.accept(f);
        }
    }

    private void render(ComplaintRecap r) {
        if (r == null) {
            return;
        }
        total.setText(i18n.t("complaints.recap.total") + ": " + r.total() + " ("
                + ComplaintRecapViewModel.monthLabel(r.month()) + ")");
        share.setText(i18n.t("complaints.recap.share") + ": " + vm.shareText());
        tables.getChildren().setAll(
                table("recap-by-channel", "complaints.recap.byChannel", r.byChannel(), null, 0),
                table("recap-by-category", "complaints.recap.byCategory", r.byCategory(),
                        i18n.t("complaints.uncategorised"), r.uncategorised()),
                stateTable(r));
    }

    private VBox table(String id, String titleKey, Map<String, Integer> counts, String extra, int extraCount) {
        GridPane g = new GridPane();
        g.setHgap(16);
        g.setVgap(4);
        int row = 0;
        for (var e : counts.entrySet()) {
            g.addRow(row++, new Label(e.getKey()), count(e.getValue()));
        }
        if (extra != null) {
            g.addRow(row, new Label(extra), count(extraCount));
        }
        Label t = new Label(i18n.t(titleKey));
        t.getStyleClass().add("section-title");
        VBox v = new VBox(6, t, g);
        v.setId(id);
        return v;
    }

    private VBox stateTable(ComplaintRecap r) {
        GridPane g = new GridPane();
        g.setHgap(16);
        g.setVgap(4);
        int row = 0;
        for (ComplaintState s : ComplaintState.values()) {
            g.addRow(row++, new Label(i18n.of("complaintState", s)), count(r.byState().get(s)));
        }
        g.addRow(row, new Label(i18n.t("complaints.recap.onTime")), count(r.settledOnTime()));
        Label t = new Label(i18n.t("complaints.recap.byState"));
        t.getStyleClass().add("section-title");
        VBox v = new VBox(6, t, g);
        v.setId("recap-by-state");
        return v;
    }

    private static Label count(int n) {
        Label l = new Label(String.valueOf(n));
        l.setMinWidth(32);
        l.setAlignment(Pos.CENTER_RIGHT);
        return l;
    }

    Node view() {
        return root;
    }
}
