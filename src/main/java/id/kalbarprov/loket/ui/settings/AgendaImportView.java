package id.kalbarprov.loket.ui.settings;

import id.kalbarprov.loket.core.agendaimport.AgendaRow;
import id.kalbarprov.loket.core.text.IndonesianDates;
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
        root.getChildren().addAll(title, explain, bar, problems, table);
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
