package id.kalbarprov.loket.ui.settings;

import id.kalbarprov.loket.core.agendaimport.AgendaBook;
import id.kalbarprov.loket.core.agendaimport.AgendaImportException;
import id.kalbarprov.loket.core.agendaimport.AgendaImportService;
import id.kalbarprov.loket.core.agendaimport.AgendaRow;
import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.documents.AgendaXlsx;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Refusal;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Pengaturan → Buku Agenda Lama: choose the old book (XLSX or CSV), see what would be imported (or every
 * bad line), then import it, all rows or none.
 */
public final class AgendaImportViewModel {

    private final AgendaImportService service;
    private final Supplier<Actor> actor;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ObservableList<AgendaRow> preview = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private List<AgendaBook.Line> lines = List.of();
    private String source = "";

    public AgendaImportViewModel(AgendaImportService service, Supplier<Actor> actor, TaskRunner runner,
                                 DialogService dialogs, I18n i18n) {
        this.service = service;
        this.actor = actor;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    /** Reads and checks the chosen file; nothing is stored. */
    public void choose(Optional<Path> file) {
        if (file.isEmpty()) {
            return;
        }
        Path p = file.get();
        ready.set(false);
        preview.clear();
        problems.clear();
        runner.run(() -> {
            List<AgendaBook.Line> read = read(p);
            try {
                return new Checked(read, service.check(read), List.of());
            } catch (AgendaImportException e) {
                return new Checked(read, List.of(), e.problems());
            }
        }, c -> {
            lines = c.lines();
            source = p.getFileName().toString();
            preview.setAll(c.rows());
            problems.setAll(c.problems());
            ready.set(c.problems().isEmpty());
            status.set(c.problems().isEmpty() ? i18n.t("agendaImport.previewOk", c.rows().size(), source)
                    : i18n.t("agendaImport.previewBad", c.problems().size(), source));
        }, e -> status.set(e instanceof UncheckedIOException || e instanceof RuntimeException
                ? i18n.t("agendaImport.unreadable", p.getFileName().toString()) : ""));
    }

    private record Checked(List<AgendaBook.Line> lines, List<AgendaRow> rows, List<String> problems) {
    }

    static List<AgendaBook.Line> read(Path p) {
        try {
            if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                try (InputStream in = Files.newInputStream(p)) {
                    return AgendaXlsx.lines(in);
                }
            }
            return AgendaBook.csv(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports what the preview showed. */
    public void importBook() {
        if (!ready.get()) {
            return;
        }
        ready.set(false);
        Actor who = actor.get();
        List<AgendaBook.Line> book = lines;
        String from = source;
        runner.run(() -> service.importBook(book, who, from), n -> {
            preview.clear();
            status.set(i18n.t("agendaImport.done", n, from));
        }, e -> {
            if (e instanceof AgendaImportException bad) {
                problems.setAll(bad.problems());
                status.set(i18n.t("agendaImport.previewBad", bad.problems().size(), from));
            } else if (e instanceof AccessDeniedException) {
                dialogs.error(i18n.t("agendaImport.title"), Refusal.explain(i18n, i18n.t("agendaImport.denied"), e));
            } else {
                dialogs.unexpected(e);
            }
        });
    }

    public ObservableList<AgendaRow> preview() {
        return preview;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty ready() {
        return ready;
    }
}
