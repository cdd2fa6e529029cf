package id.kalbarprov.loket.ui.audit;

import id.kalbarprov.loket.core.audit.AuditEntry;
import id.kalbarprov.loket.core.audit.AuditFilter;
import id.kalbarprov.loket.core.audit.AuditNames;
import id.kalbarprov.loket.core.catalog.ReferenceData;
import id.kalbarprov.loket.core.audit.AuditService;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.register.Page;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Pengaturan → Log Audit: who changed what, newest first, filtered by entity, actor and date, fifty
 * a page, each row showing before → after; and whether the hash chain is whole.
 */
public final class AuditViewModel {

    /** One row as shown. */
    public record Row(long id, String at, String actor, String what, String action, String change) {
    }

    private final AuditService audit;
    private final Supplier<Actor> actor;
    private final TaskRunner runner;
    private final Consumer<Throwable> onError;
    private final I18n i18n;
    private final ReferenceData reference;
    private AuditWords words;

    private final ObservableList<String> entities = FXCollections.observableArrayList();
    private final ObjectProperty<String> entity = new SimpleObjectProperty<>("");
    private final StringProperty actorFilter = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final IntegerProperty offset = new SimpleIntegerProperty();
    private final BooleanProperty hasMore = new SimpleBooleanProperty();
    private final StringProperty pageText = new SimpleStringProperty("");
    private final BooleanProperty chainBroken = new SimpleBooleanProperty();
    private final StringProperty chainText = new SimpleStringProperty("");

    public AuditViewModel(AuditService audit, Supplier<Actor> actor, TaskRunner runner, Consumer<Throwable> onError,
                          I18n i18n) {
        this(audit, null, actor, runner, onError, i18n);
    }

    /** With {@code reference}, ids of agencies, services, channels and categories are shown by name. */
    public AuditViewModel(AuditService audit, ReferenceData reference, Supplier<Actor> actor, TaskRunner runner,
                          Consumer<Throwable> onError, I18n i18n) {
        this.audit = audit;
        this.reference = reference;
        this.actor = actor;
        this.runner = runner;
        this.onError = onError;
        this.i18n = i18n;
        this.words = new AuditWords(i18n, AuditNames.NONE, reference);
    }

    private record Loaded(Page<AuditEntry> page, List<String> entities, Optional<Long> broken, AuditNames names) {
    }

    /** Reloads the current page, the entity list and the chain status. */
    public void load() {
        Actor me = actor.get();
        String e = entity.get();
        AuditFilter filter = new AuditFilter(e == null || e.isBlank() ? null : e, actorFilter.get(), from.get(),
                to.get());
        int at = offset.get();
        runner.run(() -> {
            Page<AuditEntry> page = audit.search(me, filter, at);
            return new Loaded(page, audit.entities(me), audit.firstBrokenRow(me), audit.names(me, page.items()));
        }, this::show, onError);
    }

    private void show(Loaded l) {
        List<String> names = new ArrayList<>();
        names.add("");
        names.addAll(l.entities());
        if (!names.equals(entities)) {
            String keep = entity.get();
            entities.setAll(names);
            entity.set(keep);
        }
        words = new AuditWords(i18n, l.names(), reference);
        rows.setAll(l.page().items().stream().map(this::row).toList());
        hasMore.set(l.page().hasMore());
        pageText.set(l.page().items().isEmpty() ? i18n.t("audit.page.none")
                : i18n.t("audit.page", l.page().offset() + 1, l.page().offset() + l.page().items().size()));
        chainBroken.set(l.broken().isPresent());
        chainText.set(l.broken().map(id -> i18n.t("audit.broken", id) + " " + i18n.t("audit.broken.action"))
                .orElse(i18n.t("audit.chain.ok")));
    }

    /** Applies the filters from the first page. */
    public void search() {
        offset.set(0);
        load();
    }

    public void clearFilters() {
        entity.set("");
        actorFilter.set("");
        from.set(null);
        to.set(null);
        search();
    }

    public void next() {
        if (hasMore.get()) {
            offset.set(offset.get() + AuditService.PAGE_SIZE);
            load();
        }
    }

    public void previous() {
        if (offset.get() > 0) {
            offset.set(Math.max(0, offset.get() - AuditService.PAGE_SIZE));
            load();
        }
    }

    /** The entity's name in words ("Surat masuk"; "Semua" for none). */
    public String entityName(String name) {
        return words.entity(name);
    }

    private Row row(AuditEntry e) {
        String when;
        try {
            when = IndonesianDates.shortDateTime(LocalDateTime.parse(e.at()));
        } catch (DateTimeParseException ex) {
            when = e.at();
        }
        return new Row(e.id(), when, words.actor(e.actor()), words.what(e), words.action(e),
                words.change(e.before(), e.after()));
    }

    /** Only what changed, in words: "Perihal: Lama → Baru"; a new record lists its filled fields. */
    String change(String beforeJson, String afterJson) {
        return words.change(beforeJson, afterJson);
    }

    public ObservableList<String> entities() {
        return entities;
    }

    public ObjectProperty<String> entity() {
        return entity;
    }

    public StringProperty actorFilter() {
        return actorFilter;
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public BooleanProperty hasMore() {
        return hasMore;
    }

    public IntegerProperty offset() {
        return offset;
    }

    public StringProperty pageText() {
        return pageText;
    }

    public BooleanProperty chainBroken() {
        return chainBroken;
    }

    public StringProperty chainText() {
        return chainText;
    }
}
