package id.kalbarprov.loket.ui.register;

import id.kalbarprov.loket.core.receipt.Receipt;
import id.kalbarprov.loket.core.receipt.ReceiptService;
import id.kalbarprov.loket.core.receipt.ReceiptSize;
import id.kalbarprov.loket.documents.LetterPages;
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

    public ReceiptViewModel(ReceiptService receipts, TaskRunner runner, DialogService dialogs, I18n i18n) {
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

    public ObjectProperty<ReceiptSize> size() {
        return size;
    }

    public StringProperty status() {
        return status;
    }
}
