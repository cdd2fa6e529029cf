package id.kalbarprov.loket.ui.register;

import id.kalbarprov.loket.core.attachments.Attachment;
import id.kalbarprov.loket.core.attachments.AttachmentService;
import id.kalbarprov.loket.core.attachments.ScanFile;
import id.kalbarprov.loket.core.attachments.ScanRefusedException;
import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.documents.ScanPages;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.PageViewer;
import id.kalbarprov.loket.ui.common.Refusal;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A letter's scans in its detail: thumbnails (rendered off the FX thread, the bytes read one letter at
 * a time), the viewer page by page, and attaching more files later (all or none, refused by name).
 */
public final class AttachmentsViewModel {

    /** Thumbnails fit this many pixels. */
    public static final int THUMB = 120;

    /** One attachment and its first page, small; {@code image} null when the stored file no longer opens. */
    public record Thumb(Attachment attachment, BufferedImage image) {
    }

    private final AttachmentService service;
    private final Supplier<Actor> actor;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ObservableList<Thumb> thumbs = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty mayRemove = new SimpleBooleanProperty(false);
    private final javafx.beans.property.ObjectProperty<Thumb> removing = new javafx.beans.property.SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty reasonError = new SimpleStringProperty("");
    private long letterId;
    private Runnable onChanged = () -> { };

    public AttachmentsViewModel(AttachmentService service, Supplier<Actor> actor, TaskRunner runner,
                                DialogService dialogs, I18n i18n) {
        this.service = service;
        this.actor = actor;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    /** Called after files were attached here. */
    public void onChanged(Runnable r) {
        this.onChanged = r;
    }

    /** Shows the scans of letter {@code id}. */
    public void load(long id) {
        this.letterId = id;
        Actor who = actor.get();
        runner.run(() -> new Loaded(thumbnails(id), service.mayDetach(id, who)), loaded -> {
            if (id == letterId) {
                mayRemove.set(loaded.mayRemove());
                thumbs.setAll(loaded.thumbs());
                status.set(loaded.thumbs().isEmpty() ? i18n.t("attachments.none") : "");
            }
        }, dialogs::unexpected);
    }

    private record Loaded(List<Thumb> thumbs, boolean mayRemove) {
    }

    // ---- removing a wrongly attached scan -------------------------------------------------

    /** The operator chose "Hapus…" on {@code t}: the reason form opens for it. */
    public void startRemove(Thumb t) {
        removing.set(t);
        reason.set("");
        reasonError.set("");
    }

    /** Back without removing anything. */
    public void cancelRemove() {
        removing.set(null);
        reason.set("");
        reasonError.set("");
    }

    /**
     * Removes the scan being removed once a reason is written and the operator confirms (the safe
     * answer, Batal, is the default). Audited with the scan as it was and the reason.
     */
    public void remove() {
        Thumb t = removing.get();
        if (t == null || busy.get()) {
            return;
        }
        String why = reason.get() == null ? "" : reason.get().strip();
        if (why.isEmpty()) {
            reasonError.set(i18n.t("attachments.remove.reasonRequired"));
            return;
        }
        reasonError.set("");
        Attachment a = t.attachment();
        if (!dialogs.confirm(i18n.t("attachments.remove.title"), i18n.t("attachments.remove.confirm", a.fileName(),
                Math.max(1, Math.round(a.size() / 1024.0)), why), i18n.t("attachments.remove.action"))) {
            return;
        }
        busy.set(true);
        Actor who = actor.get();
        long id = letterId;
        runner.run(() -> {
            service.detach(id, a, why, who);
            return a;
        }, removed -> {
            busy.set(false);
            cancelRemove();
            load(id);
            status.set(i18n.t("attachments.removed", removed.fileName()));
            onChanged.run();
        }, e -> {
            busy.set(false);
            if (e instanceof id.kalbarprov.loket.core.validation.ValidationException v) {
                reasonError.set(v.violations().stream().map(x -> i18n.t(x.key(), x.args().toArray()))
                        .findFirst().orElse(""));
            } else if (e instanceof ScanRefusedException r) {
                dialogs.error(i18n.t("attachments.remove.refused"), i18n.t(r.problem().key(), r.fileName()));
                cancelRemove();
                load(id);
            } else if (e instanceof AccessDeniedException) {
                dialogs.error(i18n.t("attachments.remove.refused"),
                        Refusal.explain(i18n, i18n.t("attachments.remove.denied"), e));
            } else {
                dialogs.unexpected(e);
            }
        });
    }

    /** May the signed-in operator remove this letter's scans now (decision 0021's correction rights)? */
    public BooleanProperty mayRemove() {
        return mayRemove;
    }

    public javafx.beans.property.ObjectProperty<Thumb> removing() {
        return removing;
    }

    public StringProperty reason() {
        return reason;
    }

    public StringProperty reasonError() {
        return reasonError;
    }

    private List<Thumb> thumbnails(long id) {
        List<Thumb> out = new ArrayList<>();
        for (Attachment a : service.forLetter(id)) {
            BufferedImage img;
            try {
                img = ScanPages.thumbnail(a.kind(), service.content(a), THUMB);
            } catch (RuntimeException e) {
                img = null;
            }
            out.add(new Thumb(a, img));
        }
        return out;
    }

    /** Attaches the chosen files to the letter shown (all or none). */
    public void attach(List<Path> files) {
        if (files == null || files.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        Actor who = actor.get();
        long id = letterId;
        runner.run(() -> {
            List<ScanFile> read = new ArrayList<>();
            for (Path p : files) {
                read.add(AttachmentService.read(p));
            }
            return service.attach(id, read, who);
        }, added -> {
            busy.set(false);
            status.set(i18n.t("attachments.added", added.size()));
            load(id);
            onChanged.run();
        }, e -> {
            busy.set(false);
            refused(e);
        });
    }

    private void refused(Throwable e) {
        if (e instanceof ScanRefusedException r) {
            dialogs.error(i18n.t("attachments.refused.title"), i18n.t(r.problem().key(), r.fileName())
                    + " " + i18n.t("attachments.nothingSaved"));
        } else if (e instanceof AccessDeniedException) {
            dialogs.error(i18n.t("attachments.refused.title"),
                    Refusal.explain(i18n, i18n.t("attachments.denied"), e));
        } else {
            dialogs.unexpected(e);
        }
    }

    /** Opens the scan in the viewer (page by page, zoom). */
    public void open(Thumb t) {
        Attachment a = t.attachment();
        runner.run(() -> ScanPages.pages(a.kind(), service.content(a), PageViewer.RENDER_DPI),
                pages -> dialogs.pages(a.fileName(), pages), dialogs::unexpected);
    }

    /** May the signed-in operator attach scans (Petugas Loket)? */
    public boolean canAttach() {
        return actor.get().can(Permission.REGISTER_LETTER);
    }

    public ObservableList<Thumb> thumbs() {
        return thumbs;
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
