package id.kalbarprov.loket.ui.settings;

import id.kalbarprov.loket.core.agendaimport.AgendaRow;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.ui.common.AgencyField;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Pengaturan → Buku Agenda Lama: choose a file, read the preview or the bad lines, import. */
public final class AgendaImportView implements Screen {

    private final VBox root = new VBox(8);

    public AgendaImportView(I18n i18n, AgendaImportViewModel vm, Function<Window, Optional<Path>> chooseFile) {
        root.setId("agenda-import");
        root.setPadding(new Insets(16));
        Label title = new Label(i18n.t("agendaImport.title"));
        title.getStyleClass().add("title-3");
        Label explain = new Label(i18n.t("agendaImport.explain"));
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        explain.getStyleClass().add("text-muted");
        Button choose = new Button(i18n.t("agendaImport.choose"));
        choose.setId("agenda-import-choose");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> vm.choose(chooseFile.apply(root.getScene() == null ? null : root.getScene().getWindow())));
        Button run = new Button(i18n.t("agendaImport.run"));
        run.setId("agenda-import-run");
        run.getStyleClass().add("accent");
        run.setMinWidth(Region.USE_PREF_SIZE);
        run.disableProperty().bind(vm.ready().not());
        run.setOnAction(e -> vm.importBook());
        Label status = new Label();
        status.setId("agenda-import-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.status());
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox bar = new HBox(8, choose, run, status);
        bar.setAlignment(Pos.CENTER_LEFT);

        ListView<String> problems = new ListView<>(vm.problems());
        problems.setId("agenda-import-problems");
        problems.setPrefHeight(120);
        problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.problems()));
        problems.managedProperty().bind(problems.visibleProperty());

        VBox mapping = new VBox(6);
        mapping.setId("agenda-import-mapping");
        mapping.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.mappings()));
        mapping.managedProperty().bind(mapping.visibleProperty());
        vm.mappings().addListener((javafx.collections.ListChangeListener<AgendaImportViewModel.Mapping>) c ->
                rebuildMapping(i18n, vm, mapping));

        TableView<AgendaRow> table = new TableView<>(vm.preview());
        table.setId("agenda-import-preview");
        table.setPlaceholder(new Label(i18n.t("agendaImport.empty")));
        table.getColumns().add(column(i18n.t("agendaImport.col.line"), 60, r -> String.valueOf(r.line())));
        table.getColumns().add(column(i18n.t("agendaImport.col.agenda"), 120, AgendaRow::agendaNumber));
        table.getColumns().add(column(i18n.t("agendaImport.col.received"), 110, r -> IndonesianDates.shortDate(r.received())));
        table.getColumns().add(column(i18n.t("agendaImport.col.number"), 150, AgendaRow::letterNumber));
        table.getColumns().add(column(i18n.t("agendaImport.col.subject"), 300, AgendaRow::subject));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, explain, bar, problems, mapping, table);
    }

    /** One line per unknown name: the name with its lines, and the agency type-ahead to map it. */
    private static void rebuildMapping(I18n i18n, AgendaImportViewModel vm, VBox box) {
        box.getChildren().clear();
        if (vm.mappings().isEmpty()) {
            return;
        }
        Label head = new Label(i18n.t("agendaImport.mapTitle"));
        head.setWrapText(true);
        head.setMinHeight(Region.USE_PREF_SIZE);
        head.getStyleClass().add("section-title");
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        javafx.scene.layout.ColumnConstraints nameCol = new javafx.scene.layout.ColumnConstraints();
        nameCol.setPercentWidth(45);
        javafx.scene.layout.ColumnConstraints fieldCol = new javafx.scene.layout.ColumnConstraints();
        fieldCol.setPercentWidth(55);
        grid.getColumnConstraints().addAll(nameCol, fieldCol);
        int i = 1;
        for (AgendaImportViewModel.Mapping m : vm.mappings()) {
            Label name = new Label(i18n.t("agendaImport.mapLines", m.unknown().name(),
                    String.join(", ", m.unknown().lines().stream().map(String::valueOf).toList())));
            name.setId("agenda-import-unknown-" + i);
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            AgencyField field = new AgencyField(m.choice(), "agenda-import-map-" + i, i18n.t("agendaImport.mapPrompt"));
            field.field().setMaxWidth(Double.MAX_VALUE);
            field.field().setAccessibleText(m.unknown().name());
            name.setLabelFor(field.field());
            grid.addRow(i - 1, name, field.field());
            i++;
        }
        box.getChildren().addAll(head, grid);
    }

    private static TableColumn<AgendaRow, String> column(String head, double width, Function<AgendaRow, String> value) {
        TableColumn<AgendaRow, String> c = new TableColumn<>(head);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        return c;
    }

    /** A FileChooser for XLSX and CSV books. */
    public static Function<Window, Optional<Path>> fileChooser(I18n i18n) {
        return owner -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(i18n.t("agendaImport.choose"));
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("XLSX, CSV", "*.xlsx", "*.csv", "*.XLSX", "*.CSV"));
            return Optional.ofNullable(fc.showOpenDialog(owner)).map(java.io.File::toPath);
        };
    }

    @Override
    public Node view() {
        return root;
    }
}
