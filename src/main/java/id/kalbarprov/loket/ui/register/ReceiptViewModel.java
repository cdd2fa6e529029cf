package id.kalbarprov.loket.ui.register;

import id.kalbarprov.loket.core.receipt.Receipt;
import id.kalbarprov.loket.core.receipt.ReceiptService;
import id.kalbarprov.loket.core.receipt.ReceiptSize;
import id.kalbarprov.loket.documents.LetterPages;
import id.kalbarprov.loket.documents.LetterPrinter;
import id.kalbarprov.loket.ui.letters.Printing;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.PageViewer;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The tanda terima of a letter: shown page-size in the viewer, or saved as a PDF/A for printing. */
public final class ReceiptViewModel {

    private final ReceiptService receipts;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ObjectProperty<ReceiptSize> size = new SimpleObjectProperty<>(ReceiptSize.A5);
    private final StringProperty status = new SimpleStringProperty("");

    private final Printing printing;
    private final javafx.collections.ObservableList<String> printers = javafx.collections.FXCollections.observableArrayList();
    private final StringProperty printer;

    public ReceiptViewModel(ReceiptService receipts, TaskRunner runner, DialogService dialogs, I18n i18n) {
        this(receipts, new Printing() {
            @Override
            public java.util.List<String> printers() {
                return java.util.List.of();
            }

            @Override
            public void print(byte[] pdf, String printer, id.kalbarprov.loket.core.letters.Paper paper, int copies) {
                throw new LetterPrinter.PrintFailedException("letters.print.noSpooler", "no printing");
            }
        }, runner, dialogs, i18n);
    }

    /**
     * With {@code printing}: Cetak sends the receipt or the disposition sheet to this computer's default
     * printer, or to the one chosen in {@link #printer()}.
     */
    public ReceiptViewModel(ReceiptService receipts, Printing printing, TaskRunner runner, DialogService dialogs,
                            I18n i18n) {
        this(receipts, printing, new SimpleStringProperty(), runner, dialogs, i18n);
    }

    /**
     * With {@code chosen}, the printer chosen for paper at this desk, shared by every letter's detail so a
     * clerk picks the receipt printer once (empty: the system's default printer).
     */
    public ReceiptViewModel(ReceiptService receipts, Printing printing, StringProperty chosen, TaskRunner runner,
                            DialogService dialogs, I18n i18n) {
        this.printing = printing;
        this.printer = chosen;
        this.receipts = receipts;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    private byte[] pdf(long letterId, ReceiptSize s) {
        Receipt r = receipts.receipt(letterId, s).orElseThrow(() -> new IllegalStateException("no letter " + letterId));
        return receipts.pdf(r);
    }

    /** Opens the receipt of letter {@code letterId} in the viewer. */
    public void show(long letterId, String agendaNumber) {
        ReceiptSize s = size.get();
        runner.run(() -> LetterPages.render(pdf(letterId, s), PageViewer.RENDER_DPI),
                pages -> dialogs.pages(i18n.t("receipt.viewTitle", agendaNumber), pages), dialogs::unexpected);
    }

    /** Opens the letter's lembar disposisi (A4) in the viewer. */
    public void showDisposition(long letterId, String agendaNumber) {
        runner.run(() -> LetterPages.render(receipts.pdf(receipts.disposition(letterId)
                        .orElseThrow(() -> new IllegalStateException("no letter " + letterId))), PageViewer.RENDER_DPI),
                pages -> dialogs.pages(i18n.t("disposition.viewTitle", agendaNumber), pages), dialogs::unexpected);
    }

    /** Writes the lembar disposisi to {@code file} (nothing when none was chosen). */
    public void saveDisposition(long letterId, Optional<Path> file) {
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        runner.run(() -> {
            try {
                Files.write(target, receipts.pdf(receipts.disposition(letterId).orElseThrow()));
                return target;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, p -> status.set(i18n.t("disposition.saved", p.toString())), e -> {
            if (e instanceof UncheckedIOException) {
                dialogs.error(i18n.t("receipt.saveFailed.title"), i18n.t("receipt.saveFailed", target.toString()));
            } else {
                dialogs.unexpected(e);
            }
        });
    }

    /** Writes the receipt to {@code file} (chosen by the clerk; nothing when empty). */
    public void save(long letterId, Optional<Path> file) {
        if (file.isEmpty()) {
            return;
        }
        ReceiptSize s = size.get();
        Path target = file.get();
        runner.run(() -> {
            try {
                Files.write(target, pdf(letterId, s));
                return target;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, p -> status.set(i18n.t("receipt.saved", p.toString())), e -> {
            if (e instanceof UncheckedIOException) {
                dialogs.error(i18n.t("receipt.saveFailed.title"), i18n.t("receipt.saveFailed", target.toString()));
            } else {
                dialogs.unexpected(e);
            }
        });
    }

    /** The paper to print: what the document is, the size of its sheet and its name in the messages. */
    private record Sheet(byte[] pdf, int widthMm, int heightMm, String paper) {
    }

    /** Prints the receipt on its paper (A5 or A4) at the chosen printer (the default until one is chosen). */
    public void print(long letterId, String agendaNumber) {
        ReceiptSize s = size.get();
        print(() -> new Sheet(pdf(letterId, s), s.widthMm(), s.heightMm(), s.name()),
                printer -> i18n.t("receipt.printed", agendaNumber, printer, s.name()));
    }

    /** Prints the lembar disposisi (A4) at the chosen printer. */
    public void printDisposition(long letterId, String agendaNumber) {
        print(() -> new Sheet(receipts.pdf(receipts.disposition(letterId)
                        .orElseThrow(() -> new IllegalStateException("no letter " + letterId))), 210, 297, "A4"),
                printer -> i18n.t("disposition.printed", agendaNumber, printer));
    }

    /** Asks the system for its printers (off the FX thread) and keeps the chosen one, or picks the default. */
    public void loadPrinters() {
        runner.run(printing::printers, this::offer, e -> offer(java.util.List.of()));
    }

    private void offer(java.util.List<String> known) {
        String keep = printer.get(); // read first: a list box may move its value when its items change
        printers.setAll(known);
        printer.set(keep != null && known.contains(keep) ? keep : known.isEmpty() ? null : known.get(0));
    }

    private void print(java.util.function.Supplier<Sheet> sheet, java.util.function.UnaryOperator<String> done) {
        String[] used = new String[1];
        String chosen = printer.get();
        java.util.List<java.util.List<String>> seen = new java.util.ArrayList<>(1);
        runner.run(() -> {
            java.util.List<String> known = printing.printers();
            seen.add(known);
            if (known.isEmpty()) {
                throw new NoPrinter();
            }
            // The chosen printer, as long as the system still has it; otherwise the default.
            used[0] = chosen != null && known.contains(chosen) ? chosen : known.get(0);
            Sheet s = sheet.get();
            printing.printSheet(s.pdf(), used[0], s.widthMm(), s.heightMm(), 1);
            return used[0];
        }, p -> {
            offer(seen.get(0));
            status.set(done.apply(p));
        }, e -> {
            if (!seen.isEmpty()) {
                offer(seen.get(0));
            }
            if (e instanceof NoPrinter) {
                dialogs.error(i18n.t("receipt.print.title"), i18n.t("receipt.print.noPrinters"));
            } else if (e instanceof LetterPrinter.PrintFailedException p) {
                dialogs.error(i18n.t("receipt.print.title"), i18n.t(p.key(), used[0] == null ? "" : used[0],
                        size.get().name()));
            } else {
                dialogs.unexpected(e);
            }
        });
    }

    /** No printer on this computer: said in words, nothing printed. */
    private static final class NoPrinter extends RuntimeException {
        NoPrinter() {
            super("no printer", null, false, false);
        }
    }

    /** The printers this computer offers, the default first (filled by {@link #loadPrinters()}). */
    public javafx.collections.ObservableList<String> printers() {
        return printers;
    }

    /** The printer Cetak uses: chosen by the clerk, or the default. */
    public StringProperty printer() {
        return printer;
    }

    public ObjectProperty<ReceiptSize> size() {
        return size;
    }

    public StringProperty status() {
        return status;
    }
}
