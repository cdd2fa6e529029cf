package id.kalbarprov.loket.ui.register;

import id.kalbarprov.loket.core.register.AgendaBookExport;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.ui.common.DateText;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Surat Masuk → Buku Agenda: choose a month, a year or a range, then save the book as PDF or XLSX. */
public final class AgendaBookView implements Screen {

    private final VBox root = new VBox(10);
    private final I18n i18n;

    public AgendaBookView(I18n i18n, AgendaBookViewModel vm, BiFunction<Window, String, Optional<Path>> chooseSave) {
        this.i18n = i18n;
        root.setId("agenda-book");
        root.setPadding(new Insets(16));
        Label title = new Label(i18n.t("agendaBook.screenTitle"));
        title.getStyleClass().add("title-3");
        Label explain = new Label(i18n.t("agendaBook.explain"));
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        explain.getStyleClass().add("text-muted");

        ComboBox<AgendaBookViewModel.Kind> kind = new ComboBox<>();
        kind.setId("agenda-book-kind");
        kind.getItems().setAll(AgendaBookViewModel.Kind.values());
        kind.setConverter(CorrectionView.converter(k -> i18n.t(switch (k) {
            case MONTH -> "agendaBook.kind.MONTH";
            case YEAR -> "agendaBook.kind.YEAR";
            case RANGE -> "agendaBook.kind.RANGE";
        })));
        kind.valueProperty().bindBidirectional(vm.kind());

        ComboBox<Integer> month = new ComboBox<>();
        month.setId("agenda-book-month");
        month.getItems().setAll(IntStream.rangeClosed(1, 12).boxed().toList());
        month.setConverter(CorrectionView.converter(m -> IndonesianDates.monthName(m)));
        month.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Integer m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : IndonesianDates.monthName(m));
            }
        });
        month.valueProperty().bindBidirectional(vm.month());

        Spinner<Integer> year = new Spinner<>(2000, 2100, vm.year().get());
        year.setId("agenda-book-year");
        year.setEditable(true);
        year.setPrefWidth(100);
        year.valueProperty().addListener((o, a, b) -> vm.year().set(b));

        DatePicker from = date("agenda-book-from", vm.from());
        DatePicker to = date("agenda-book-to", vm.to());

        Node monthBox = labelled("agendaBook.month", month);
        Node yearBox = labelled("agendaBook.year", year);
        Node fromBox = labelled("agendaBook.from", from);
        Node toBox = labelled("agendaBook.to", to);
        Runnable shown = () -> {
            AgendaBookViewModel.Kind k = vm.kind().get();
            show(monthBox, k == AgendaBookViewModel.Kind.MONTH);
            show(yearBox, k != AgendaBookViewModel.Kind.RANGE);
            show(fromBox, k == AgendaBookViewModel.Kind.RANGE);
            show(toBox, k == AgendaBookViewModel.Kind.RANGE);
        };
        vm.kind().addListener((o, a, b) -> shown.run());
        shown.run();

        Button pdf = new Button(i18n.t("agendaBook.savePdf"));
        pdf.setId("agenda-book-pdf");
        pdf.getStyleClass().add("accent");
        pdf.setMinWidth(Region.USE_PREF_SIZE);
        pdf.disableProperty().bind(vm.busy());
        pdf.setOnAction(e -> save(vm, AgendaBookExport.Format.PDF, chooseSave));
        Button xlsx = new Button(i18n.t("agendaBook.saveXlsx"));
        xlsx.setId("agenda-book-xlsx");
        xlsx.setMinWidth(Region.USE_PREF_SIZE);
        xlsx.disableProperty().bind(vm.busy());
        xlsx.setOnAction(e -> save(vm, AgendaBookExport.Format.XLSX, chooseSave));

        FlowPane choice = new FlowPane(12, 8, labelled("agendaBook.kind", kind), monthBox, yearBox, fromBox, toBox);
        choice.setAlignment(Pos.BOTTOM_LEFT);
        FlowPane buttons = new FlowPane(8, 8, pdf, xlsx);
        Label status = new Label();
        status.setId("agenda-book-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.status());
        vm.statusIsError().addListener((o, a, err) -> {
            status.getStyleClass().remove("field-error");
            if (err) {
                status.getStyleClass().add("field-error");
            }
        });
        root.getChildren().addAll(title, explain, choice, buttons, status);
    }

    private void save(AgendaBookViewModel vm, AgendaBookExport.Format f, BiFunction<Window, String, Optional<Path>> chooseSave) {
        if (vm.period().isEmpty()) {
            return;
        }
        vm.save(f, chooseSave.apply(root.getScene() == null ? null : root.getScene().getWindow(), vm.suggestedName(f)));
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    private DatePicker date(String id, javafx.beans.property.ObjectProperty<java.time.LocalDate> bound) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPrefWidth(150);
        p.setPromptText(i18n.t("common.date.prompt"));
        p.setConverter(DateText.converter());
        p.valueProperty().bindBidirectional(bound);
        return p;
    }

    private Node labelled(String key, Control c) {
        Label l = new Label(i18n.t(key));
        l.setLabelFor(c);
        c.setAccessibleText(i18n.t(key));
        return new VBox(2, l, c);
    }

    @Override
    public Node view() {
        return root;
    }
}
