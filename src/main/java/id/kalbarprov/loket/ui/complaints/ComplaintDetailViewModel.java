package id.kalbarprov.loket.ui.complaints;

import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.catalog.ComplaintCategory;
import id.kalbarprov.loket.core.complaints.Complaint;
import id.kalbarprov.loket.core.complaints.ComplaintClock;
import id.kalbarprov.loket.core.complaints.ComplaintHistory;
import id.kalbarprov.loket.core.complaints.DeliveryChannel;
import id.kalbarprov.loket.core.letters.ComplaintReplyService;
import id.kalbarprov.loket.core.letters.LetterSettings;
import id.kalbarprov.loket.core.letters.Paper;
import id.kalbarprov.loket.core.letters.ReplyLetter;
import id.kalbarprov.loket.core.letters.ReplyLetters;
import id.kalbarprov.loket.documents.LetterPages;
import id.kalbarprov.loket.documents.LetterPrinter;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** One complaint with its history and the step its state allows: verify, forward, follow up, close. */
public final class ComplaintDetailViewModel {

    private static final float PREVIEW_DPI = id.kalbarprov.loket.ui.common.PageViewer.RENDER_DPI;

    /** A choice in the verification list: a category, or (null) "not Diskominfo's to handle". */
    public record Verdict(ComplaintCategory category) {
        public boolean notOurs() {
            return category == null;
        }
    }

    private final ComplaintsContext ctx;
    private final Runnable onChanged;
    private final ObjectProperty<Complaint> complaint = new SimpleObjectProperty<>();
    private final ObservableList<ComplaintHistory> history = FXCollections.observableArrayList();
    private final ObservableList<Verdict> verdicts = FXCollections.observableArrayList();
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final StringProperty forwardTo = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty actions = new SimpleStringProperty("");
    private final StringProperty answer = new SimpleStringProperty("");
    private final ObjectProperty<DeliveryChannel> delivery = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> deliveredOn = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    // the reply letter (decision 0011)
    private final ObservableList<ReplyLetter> replies = FXCollections.observableArrayList();
    private final StringProperty replyAnswer = new SimpleStringProperty("");
    private final StringProperty replyAddress = new SimpleStringProperty("");
    private final ObjectProperty<List<BufferedImage>> replyPages = new SimpleObjectProperty<>(List.of());
    private final StringProperty replyCaption = new SimpleStringProperty("");
    private final StringProperty replyStatus = new SimpleStringProperty("");
    private final BooleanProperty replyBusy = new SimpleBooleanProperty();
    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final ObjectProperty<String> printer = new SimpleObjectProperty<>();
    private String addresseePlace = "";
    private Paper paper = Paper.A4;

    /** {@code onChanged}: after every saved step (the list refreshes). */
    public ComplaintDetailViewModel(ComplaintsContext ctx, Runnable onChanged) {
        this.ctx = ctx;
        this.onChanged = onChanged;
    }

    private record Loaded(Complaint complaint, List<ComplaintHistory> history, List<ComplaintCategory> categories,
                          List<ReplyLetter> replies, LetterSettings settings, List<String> printers) {
    }

    public void load(long id) {
        ComplaintReplies r = ctx.replies();
        boolean lookPrinters = r != null && printers.isEmpty() && canIssue();
        ctx.runner().run(() -> new Loaded(ctx.store().find(id).orElseThrow(), ctx.store().history(id),
                verdicts.isEmpty() ? ctx.reference().complaintCategories() : null,
                r == null ? List.of() : r.service().replies(id), r == null ? null : r.outgoing().settings(),
                lookPrinters ? r.printing().printers() : null), l -> {
                    if (l.categories() != null) {
                        l.categories().forEach(c -> verdicts.add(new Verdict(c)));
                        verdicts.add(new Verdict(null));
                    }
                    history.setAll(l.history());
                    verdict.set(null);
                    forwardTo.set("");
                    note.set("");
                    actions.set("");
                    answer.set("");
                    delivery.set(null);
                    deliveredOn.set(ctx.today());
                    errors.clear();
                    loadedReply(l);
                    complaint.set(l.complaint());
                }, ctx.dialogs()::unexpected);
    }

    private void loadedReply(Loaded l) {
        boolean same = complaint.get() != null && complaint.get().id() == l.complaint().id();
        replies.setAll(l.replies());
        if (l.settings() != null) {
            addresseePlace = l.settings().addresseePlace();
            paper = l.settings().paper();
        }
        if (l.printers() != null) {
            printers.setAll(l.printers());
            if (printer.get() == null && !printers.isEmpty()) {
                printer.set(printers.get(0));
            }
        }
        Complaint c = l.complaint();
        replyAnswer.set(c.answer() == null ? "" : c.answer());
        replyAddress.set(ReplyLetters.toAgency(c) ? addresseePlace : "");
        if (!same) {
            replyStatus.set("");
        }
        replyPages.set(List.of());
        replyCaption.set("");
        liveReply().ifPresent(live -> {
            // closing after a reply letter: the answer is the letter's, delivered by letter
            answer.set(live.answer() == null ? "" : live.answer());
            delivery.set(DeliveryChannel.SURAT);
        });
    }

    /** The complaint's reply letter that is not cancelled, if any. */
    public Optional<ReplyLetter> liveReply() {
        return replies.stream().filter(x -> !x.cancelled()).findFirst();
    }

    /** May the signed-in operator issue (and print) reply letters? */
    public boolean canIssue() {
        return ctx.replies() != null && ctx.actor().get().can(Permission.ISSUE_LETTER);
    }

    /** Why this complaint gets no letter (a message), or null when it may get one. */
    public String replyRefusal() {
        Complaint c = complaint.get();
        return c == null ? null : ComplaintReplyService.refusal(c).map(k -> ctx.i18n().t(k)).orElse(null);
    }

    /** Renders the letter as it would be issued (the number is taken only when issuing). */
    public void previewReply() {
        Complaint c = complaint.get();
        String a = replyAnswer.get();
        String place = replyAddress.get();
        errors.clear();
        replyBusy.set(true);
        ctx.runner().run(() -> LetterPages.render(ctx.replies().renderer().render(ctx.replies().service()
                .preview(c.id(), c.version(), a, place, ctx.actor().get())).pdf(), PREVIEW_DPI), pages -> {
                    replyBusy.set(false);
                    replyPages.set(pages);
                    replyCaption.set(ctx.i18n().t("complaints.reply.previewCaption"));
                }, e -> {
                    replyBusy.set(false);
                    ctx.fail(e, errors, this::reload);
                });
    }

    /** Issues the numbered reply letter after a confirmation. */
    public void issueReply() {
        Complaint c = complaint.get();
        String a = replyAnswer.get();
        String place = replyAddress.get();
        errors.clear();
        if (!ctx.dialogs().confirm(ctx.i18n().t("complaints.reply.confirmTitle"),
                ctx.i18n().t("complaints.reply.confirm", c.number()))) {
            return;
        }
        replyBusy.set(true);
        ctx.runner().run(() -> ctx.replies().service().issue(c.id(), c.version(), a, place, ctx.actor().get()),
                done -> {
                    replyBusy.set(false);
                    replyStatus.set("");
                    reload();
                    onChanged.run();
                }, e -> {
                    replyBusy.set(false);
                    ctx.fail(e, errors, this::reload);
                });
    }

    /** Shows the stored PDF of the live reply letter (exactly as issued). */
    public void openReply() {
        liveReply().ifPresent(r -> ctx.runner().run(() -> LetterPages.render(ctx.replies().outgoing().pdf(r.id()),
                PREVIEW_DPI), pages -> {
                    replyPages.set(pages);
                    replyCaption.set(ctx.i18n().t("complaints.reply.issuedCaption", r.number()));
                }, ctx.dialogs()::unexpected));
    }

    /** Prints the stored bytes of the live reply letter (a reprint is the same document). */
    public void printReply() {
        Optional<ReplyLetter> live = liveReply();
        if (live.isEmpty()) {
            return;
        }
        String name = printer.get();
        if (name == null) {
            ctx.dialogs().error(ctx.i18n().t("letters.print.title"), ctx.i18n().t("letters.print.noPrinters"));
            return;
        }
        ReplyLetter r = live.get();
        Paper p = paper;
        replyBusy.set(true);
        ctx.runner().run(() -> {
            ctx.replies().printing().print(ctx.replies().outgoing().pdf(r.id()), name, p, 1);
            return r;
        }, done -> {
            replyBusy.set(false);
            replyStatus.set(ctx.i18n().t("letters.print.done", done.number(), 1, name));
        }, e -> {
            replyBusy.set(false);
            if (e instanceof LetterPrinter.PrintFailedException f) {
                ctx.dialogs().error(ctx.i18n().t("letters.print.title"), ctx.i18n().t(f.key(), name, p));
            } else {
                ctx.fail(e, errors, this::reload);
            }
        });
    }

    private void reload() {
        if (complaint.get() != null) {
            load(complaint.get().id());
        }
    }

    public boolean canHandle() {
        return ctx.actor().get().can(Permission.HANDLE_COMPLAINT);
    }

    /** Saves the verification: a category, or forwarding when "not ours" is chosen. */
    public void verify() {
        Complaint c = complaint.get();
        Verdict v = verdict.get();
        errors.clear();
        if (v != null && v.notOurs()) {
            step(() -> ctx.service().forward(c.id(), c.version(), forwardTo.get(), note.get(), ctx.actor().get()));
        } else {
            Long category = v == null ? null : v.category().id();
            step(() -> ctx.service().verify(c.id(), c.version(), category, note.get(), ctx.actor().get()));
        }
    }

    public void followUp() {
        Complaint c = complaint.get();
        step(() -> ctx.service().followUp(c.id(), c.version(), actions.get(), ctx.actor().get()));
    }

    public void close() {
        Complaint c = complaint.get();
        step(() -> ctx.service().close(c.id(), c.version(), answer.get(), delivery.get(), deliveredOn.get(),
                ctx.actor().get()));
    }

    private void step(Runnable work) {
        errors.clear();
        ctx.runner().run(() -> {
            work.run();
            return Boolean.TRUE;
        }, ok -> {
            reload();
            onChanged.run();
        }, e -> ctx.fail(e, errors, this::reload));
    }

    public String dueText() {
        Complaint c = complaint.get();
        return ctx.dueText(c.state(), due());
    }

    public String dueStyle() {
        Complaint c = complaint.get();
        return ctx.dueStyle(c.state(), due());
    }

    public LocalDate due() {
        Complaint c = complaint.get();
        return ComplaintClock.due(c.receivedAt(), c.workingDays(), ctx.calendar().get());
    }

    public ObjectProperty<Complaint> complaint() {
        return complaint;
    }

    public ObservableList<ComplaintHistory> history() {
        return history;
    }

    public ObservableList<Verdict> verdicts() {
        return verdicts;
    }

    public ObjectProperty<Verdict> verdict() {
        return verdict;
    }

    public StringProperty forwardTo() {
        return forwardTo;
    }

    public StringProperty note() {
        return note;
    }

    public StringProperty actions() {
        return actions;
    }

    public StringProperty answer() {
        return answer;
    }

    public ObjectProperty<DeliveryChannel> delivery() {
        return delivery;
    }

    public ObjectProperty<LocalDate> deliveredOn() {
        return deliveredOn;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ObservableList<ReplyLetter> replies() {
        return replies;
    }

    public StringProperty replyAnswer() {
        return replyAnswer;
    }

    public StringProperty replyAddress() {
        return replyAddress;
    }

    /** Opens the reply letter shown full size (nothing when none is shown). */
    public void openReplyPages() {
        List<BufferedImage> shown = replyPages.get();
        if (shown != null && !shown.isEmpty()) {
            ctx.dialogs().pages(replyCaption.get(), shown);
        }
    }

    public ObjectProperty<List<BufferedImage>> replyPages() {
        return replyPages;
    }

    public StringProperty replyCaption() {
        return replyCaption;
    }

    public StringProperty replyStatus() {
        return replyStatus;
    }

    public BooleanProperty replyBusy() {
        return replyBusy;
    }

    public ObservableList<String> printers() {
        return printers;
    }

    public ObjectProperty<String> printer() {
        return printer;
    }
}
