package id.kalbarprov.loket.ui.letters;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.letters.Delivery;
import id.kalbarprov.loket.core.letters.IssuedLetter;
import id.kalbarprov.loket.core.letters.LetterRenderer;
import id.kalbarprov.loket.core.letters.OutgoingLetterService;
import id.kalbarprov.loket.core.letters.Paper;
import id.kalbarprov.loket.core.letters.PendingLetter;
import id.kalbarprov.loket.core.letters.SignerMissingException;
import id.kalbarprov.loket.core.request.TransitionNotAllowedException;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import id.kalbarprov.loket.documents.LetterPages;
import id.kalbarprov.loket.documents.LetterPrinter;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Refusal;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Surat Konfirmasi: the requests waiting for a letter and the outgoing register; preview,
 * issue, print, reprint (stored bytes), cancel a number, record delivery.
 */
public final class LettersViewModel {

    private static final float PREVIEW_DPI = id.kalbarprov.loket.ui.common.PageViewer.RENDER_DPI;

    private final OutgoingLetterService letters;
    private final LetterRenderer renderer;
    private final Printing printing;
    private final Supplier<Actor> actor;
    private final Clock clock;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;

    private final ObservableList<PendingLetter> waiting = FXCollections.observableArrayList();
    private final ObservableList<IssuedLetter> issued = FXCollections.observableArrayList();
    private final ObjectProperty<PendingLetter> selectedWaiting = new SimpleObjectProperty<>();
    private final ObjectProperty<IssuedLetter> selectedIssued = new SimpleObjectProperty<>();
    private final ObjectProperty<List<BufferedImage>> pages = new SimpleObjectProperty<>(List.of());
    private final StringProperty previewCaption = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final ObjectProperty<String> printer = new SimpleObjectProperty<>();
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(Paper.A4);
    private final ObjectProperty<Integer> copies = new SimpleObjectProperty<>(1);
    private final StringProperty cancelReason = new SimpleStringProperty("");
    private final ObjectProperty<Delivery> delivery = new SimpleObjectProperty<>(Delivery.LANGSUNG);
    private final ObjectProperty<LocalDate> deliveredOn = new SimpleObjectProperty<>();
    private final StringProperty receiver = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    public LettersViewModel(OutgoingLetterService letters, LetterRenderer renderer, Printing printing,
                            Supplier<Actor> actor, Clock clock, TaskRunner runner, DialogService dialogs, I18n i18n) {
        this.letters = letters;
        this.renderer = renderer;
        this.printing = printing;
        this.actor = actor;
        this.clock = clock;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        deliveredOn.set(LocalDate.now(clock));
    }

    private record Lists(List<PendingLetter> waiting, List<IssuedLetter> issued, List<String> printers, Paper paper) {
    }

    /** Reloads both lists (and the printers), keeping the selection where it still exists. */
    public void load() {
        runner.run(() -> new Lists(letters.waiting(), letters.issued(500), printing.printers(), letters.settings().paper()),
                l -> {
                    PendingLetter keepW = selectedWaiting.get();
                    IssuedLetter keepI = selectedIssued.get();
                    waiting.setAll(l.waiting());
                    issued.setAll(l.issued());
                    printers.setAll(l.printers());
                    if (printer.get() == null || !printers.contains(printer.get())) {
                        printer.set(printers.isEmpty() ? null : printers.get(0));
                    }
                    paper.set(l.paper());
                    if (keepI != null) {
                        issued.stream().filter(i -> i.id() == keepI.id()).findFirst().ifPresent(this::selectIssued);
                    } else if (keepW != null && waiting.stream().noneMatch(w -> w.letterId() == keepW.letterId())) {
                        selectWaiting(null);
                    }
                }, this::fail);
    }

    /** Shows the letter a waiting request would get (number not yet taken). */
    public void selectWaiting(PendingLetter p) {
        selectedWaiting.set(p);
        if (p == null) {
            if (selectedIssued.get() == null) {
                clearPreview();
            }
            return;
        }
        selectedIssued.set(null);
        errors.clear();
        busy.set(true);
        runner.run(() -> LetterPages.render(renderer.render(letters.preview(p.letterId())).pdf(), PREVIEW_DPI),
                imgs -> {
                    busy.set(false);
                    pages.set(imgs);
                    previewCaption.set(i18n.t("letters.preview.draft", p.agendaNumber(), p.agency()));
                }, e -> {
                    busy.set(false);
                    clearPreview();
                    fail(e);
                });
    }

    /** Shows an issued letter exactly as stored. */
    public void selectIssued(IssuedLetter i) {
        selectedIssued.set(i);
        if (i == null) {
            if (selectedWaiting.get() == null) {
                clearPreview();
            }
            return;
        }
        selectedWaiting.set(null);
        errors.clear();
        if (i.delivery() != null) {
            delivery.set(i.delivery());
            deliveredOn.set(i.deliveredOn());
            receiver.set(i.receiver());
        } else {
            delivery.set(Delivery.LANGSUNG);
            deliveredOn.set(LocalDate.now(clock));
            receiver.set("");
        }
        runner.run(() -> LetterPages.render(letters.pdf(i.id()), PREVIEW_DPI), imgs -> {
            pages.set(imgs);
            previewCaption.set(i18n.t(i.cancelled() ? "letters.preview.cancelled" : "letters.preview.issued",
                    i.number(), i.pages()) + (i.complaintReply()
                    ? " · " + i18n.t("letters.preview.reply", i.complaintNumber(), i.agency()) : ""));
        }, this::fail);
    }

    private void clearPreview() {
        pages.set(List.of());
        previewCaption.set("");
    }

    /** Issues the selected waiting request's letter after a confirmation. */
    public void issue() {
        PendingLetter p = selectedWaiting.get();
        if (p == null) {
            return;
        }
        if (!dialogs.confirm(i18n.t("letters.issue.confirmTitle"),
                i18n.t("letters.issue.confirm", i18n.of("letterKind", p.kind()), p.agendaNumber(), p.agency()))) {
            return;
        }
        busy.set(true);
        runner.run(() -> letters.issue(actor.get(), p.letterId(), p.version()), done -> {
            busy.set(false);
            status.set(i18n.t("letters.issue.done", done.number()));
            selectedWaiting.set(null);
            selectIssued(done);
            load();
        }, e -> {
            busy.set(false);
            fail(e);
        });
    }

    /** Prints the selected issued letter from its stored bytes (a reprint is the same document). */
    public void print() {
        IssuedLetter i = selectedIssued.get();
        if (i == null) {
            return;
        }
        if (printer.get() == null) {
            dialogs.error(i18n.t("letters.print.title"), i18n.t("letters.print.noPrinters"));
            return;
        }
        String name = printer.get();
        Paper p = paper.get();
        int n = copies.get() == null ? 1 : copies.get();
        busy.set(true);
        runner.run(() -> {
            printing.print(letters.pdf(i.id()), name, p, n);
            return i;
        }, done -> {
            busy.set(false);
            status.set(i18n.t("letters.print.done", done.number(), n, name));
        }, e -> {
            busy.set(false);
            fail(e);
        });
    }

    /** Cancels the selected number with the reason typed; the number stays in the register. */
    public void cancel() {
        IssuedLetter i = selectedIssued.get();
        if (i == null) {
            return;
        }
        errors.clear();
        if (cancelReason.get() == null || cancelReason.get().isBlank()) {
            errors.put("reason", i18n.t("validation.required"));
            return;
        }
        if (!dialogs.confirm(i18n.t("letters.cancel.confirmTitle"), i18n.t("letters.cancel.confirm", i.number()))) {
            return;
        }
        String reason = cancelReason.get();
        runner.run(() -> {
            letters.cancel(actor.get(), i.id(), reason);
            return letters.find(i.id()).orElseThrow();
        }, after -> {
            cancelReason.set("");
            status.set(i18n.t("letters.cancel.done", after.number()));
            selectIssued(after);
            load();
        }, this::fail);
    }

    /** Records how the selected letter was delivered. */
    public void recordDelivery() {
        IssuedLetter i = selectedIssued.get();
        if (i == null) {
            return;
        }
        errors.clear();
        Delivery how = delivery.get();
        LocalDate on = deliveredOn.get();
        String who = receiver.get();
        runner.run(() -> {
            letters.recordDelivery(actor.get(), i.id(), how, on, who);
            return letters.find(i.id()).orElseThrow();
        }, after -> {
            status.set(i18n.t("letters.delivery.done", after.number()));
            selectedIssued.set(after);
            load();
        }, this::fail);
    }

    private void fail(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof ValidationException) && !(t instanceof SignerMissingException)
                && !(t instanceof ConcurrentChangeException) && !(t instanceof TransitionNotAllowedException)
                && !(t instanceof AccessDeniedException)
                && !(t instanceof LetterPrinter.PrintFailedException)) {
            t = t.getCause();
        }
        if (t instanceof ValidationException v) {
            for (Violation x : v.violations()) {
                errors.put(x.field(), i18n.t(x.key(), x.args().toArray()));
            }
        } else if (t instanceof SignerMissingException) {
            dialogs.error(i18n.t("letters.error.title"), i18n.t("letters.error.noSigner"));
        } else if (t instanceof ConcurrentChangeException || t instanceof TransitionNotAllowedException) {
            dialogs.error(i18n.t("letters.error.title"), i18n.t("letters.error.stale"));
            load();
        } else if (t instanceof AccessDeniedException) {
            dialogs.error(i18n.t("letters.error.title"), Refusal.explain(i18n, i18n.t("letters.error.denied"), t));
        } else if (t instanceof LetterPrinter.PrintFailedException p) {
            dialogs.error(i18n.t("letters.print.title"), i18n.t(p.key(), printer.get() == null ? "" : printer.get(),
                    paper.get()));
        } else {
            dialogs.unexpected(e);
        }
    }

    public ObservableList<PendingLetter> waiting() {
        return waiting;
    }

    public ObservableList<IssuedLetter> issued() {
        return issued;
    }

    public ObjectProperty<PendingLetter> selectedWaiting() {
        return selectedWaiting;
    }

    public ObjectProperty<IssuedLetter> selectedIssued() {
        return selectedIssued;
    }

    /** Opens the letter shown in the preview full size (nothing when none is shown). */
    public void openPages() {
        List<BufferedImage> shown = pages.get();
        if (shown != null && !shown.isEmpty()) {
            dialogs.pages(previewCaption.get(), shown);
        }
    }

    public ObjectProperty<List<BufferedImage>> pages() {
        return pages;
    }

    public StringProperty previewCaption() {
        return previewCaption;
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public ObservableList<String> printers() {
        return printers;
    }

    public ObjectProperty<String> printer() {
        return printer;
    }

    public ObjectProperty<Paper> paper() {
        return paper;
    }

    public ObjectProperty<Integer> copies() {
        return copies;
    }

    public StringProperty cancelReason() {
        return cancelReason;
    }

    public ObjectProperty<Delivery> delivery() {
        return delivery;
    }

    public ObjectProperty<LocalDate> deliveredOn() {
        return deliveredOn;
    }

    public StringProperty receiver() {
        return receiver;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }
}
