package id.kalbarprov.loket.ui.register;

import id.kalbarprov.loket.core.receipt.ReceiptSize;
import id.kalbarprov.loket.core.register.LetterDetail;
import id.kalbarprov.loket.ui.common.I18n;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Paper for a letter, in its detail: the tanda terima (view, save as PDF) on A5 or A4, and the lembar disposisi. */
public final class LetterPaperView {

    private final VBox root = new VBox(4);

    public LetterPaperView(I18n i18n, ReceiptViewModel vm, LetterDetail d,
                           BiFunction<Window, String, Optional<Path>> chooseSave) {
        root.setId("detail-paper");
        root.setPadding(new Insets(0, 16, 8, 16));
        Label title = new Label(i18n.t("receipt.section"));
        title.getStyleClass().add("section-title");
        ComboBox<ReceiptSize> size = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(ReceiptSize.values()));
        size.setId("receipt-size");
        size.setAccessibleText(i18n.t("receipt.size"));
        size.valueProperty().bindBidirectional(vm.size());
        size.setMinWidth(Region.USE_PREF_SIZE);
        Label sizeLabel = new Label(i18n.t("receipt.size"));
        sizeLabel.setLabelFor(size);
        sizeLabel.setMinWidth(Region.USE_PREF_SIZE);
        long letterId = d.row().id();
        String agenda = d.row().agendaNumber();
        Button show = new Button(i18n.t("receipt.show"));
        show.setId("receipt-show");
        show.setMinWidth(Region.USE_PREF_SIZE);
        show.setOnAction(e -> vm.show(letterId, agenda));
        Button save = new Button(i18n.t("receipt.save"));
        save.setId("receipt-save");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(e -> vm.save(letterId, chooseSave.apply(root.getScene() == null ? null : root.getScene().getWindow(),
                "tanda-terima-" + id.kalbarprov.loket.core.attachments.AttachmentService.safeName(agenda) + ".pdf")));
        Button print = new Button(i18n.t("receipt.print"));
        print.setId("receipt-print");
        print.setMinWidth(Region.USE_PREF_SIZE);
        print.setAccessibleText(i18n.t("receipt.print.accessible", agenda));
        print.setOnAction(e -> vm.print(letterId, agenda));
        Button dispositionPrint = new Button(i18n.t("disposition.print"));
        dispositionPrint.setId("disposition-print");
        dispositionPrint.setMinWidth(Region.USE_PREF_SIZE);
        dispositionPrint.setAccessibleText(i18n.t("disposition.print.accessible", agenda));
        dispositionPrint.setOnAction(e -> vm.printDisposition(letterId, agenda));
        Button disposition = new Button(i18n.t("disposition.show"));
        disposition.setId("disposition-show");
        disposition.setMinWidth(Region.USE_PREF_SIZE);
        disposition.setOnAction(e -> vm.showDisposition(letterId, agenda));
        Button dispositionSave = new Button(i18n.t("disposition.save"));
        dispositionSave.setId("disposition-save");
        dispositionSave.setMinWidth(Region.USE_PREF_SIZE);
        dispositionSave.setOnAction(e -> vm.saveDisposition(letterId, chooseSave.apply(
                root.getScene() == null ? null : root.getScene().getWindow(),
                "disposisi-" + id.kalbarprov.loket.core.attachments.AttachmentService.safeName(agenda) + ".pdf")));
        ComboBox<String> printer = new ComboBox<>(vm.printers());
        printer.setId("receipt-printer");
        printer.setAccessibleText(i18n.t("receipt.printer"));
        printer.setPromptText(i18n.t("receipt.printer.none"));
        printer.valueProperty().bindBidirectional(vm.printer());
        printer.setMinWidth(Region.USE_PREF_SIZE);
        Label printerLabel = new Label(i18n.t("receipt.printer"));
        printerLabel.setLabelFor(printer);
        printerLabel.setMinWidth(Region.USE_PREF_SIZE);
        vm.loadPrinters();
        FlowPane bar = new FlowPane(8, 6, title, sizeLabel, size, show, print, save);
        FlowPane dispositionBar = new FlowPane(8, 6, disposition, dispositionPrint, dispositionSave, printerLabel, printer);
        bar.setAlignment(Pos.CENTER_LEFT);
        dispositionBar.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("receipt-status");
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        status.textProperty().bind(vm.status());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        root.getChildren().addAll(bar, dispositionBar, status);
    }

    public Node view() {
        return root;
    }

    /** A FileChooser to save a PDF under a suggested name. */
    public static BiFunction<Window, String, Optional<Path>> saveChooser(I18n i18n) {
        return (owner, name) -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(i18n.t("receipt.save"));
            fc.setInitialFileName(name);
            String ext = name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? "xlsx" : "pdf";
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(java.util.Locale.ROOT), "*." + ext));
            return Optional.ofNullable(fc.showSaveDialog(owner)).map(java.io.File::toPath);
        };
    }
}
