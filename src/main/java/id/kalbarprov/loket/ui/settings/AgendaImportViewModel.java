package id.kalbarprov.loket.ui.settings;

import id.kalbarprov.loket.core.agendaimport.AgendaBook;
import id.kalbarprov.loket.core.agendaimport.AgendaImportException;
import id.kalbarprov.loket.core.agendaimport.AgendaImportService;
import id.kalbarprov.loket.core.agendaimport.AgendaRow;
import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.documents.AgendaXlsx;
import id.kalbarprov.loket.ui.common.AgencyChoice;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * bad line), map each agency name Loket does not know to a known agency, then import it, all rows or none.
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
    private final ObservableList<Mapping> mappings = FXCollections.observableArrayList();
    private List<AgendaBook.Line> lines = List.of();
    private String source = "";
    private int checks;

    /**
     * An agency name of the book that Loket does not know, and the admin's choice of the agency it stands
     * for (the shared agency type-ahead); the choice applies to every row with that name.
     */
    public static final class Mapping {
        private final AgendaBook.UnknownAgency unknown;
        private final AgencyChoice choice = new AgencyChoice();

        Mapping(AgendaBook.UnknownAgency unknown, List<Agency> agencies) {
            this.unknown = unknown;
            choice.setAgencies(agencies);
        }

        public AgendaBook.UnknownAgency unknown() {
            return unknown;
        }

        public AgencyChoice choice() {
            return choice;
        }
    }

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
        mappings.clear();
        int check = ++checks;
        runner.run(() -> {
            List<AgendaBook.Line> read = read(p);
            return new Read(read, check(read, Map.of()), service.agencies());
        }, r -> {
            if (check != checks) {
                return;
            }
            lines = r.lines();
            source = p.getFileName().toString();
            r.checked().unknown().forEach(u -> {
                Mapping m = new Mapping(u, r.agencies());
                m.choice().chosen().addListener((o, a, b) -> recheck());
                mappings.add(m);
            });
            show(r.checked());
        }, e -> status.set(e instanceof UncheckedIOException || e instanceof RuntimeException
                ? i18n.t("agendaImport.unreadable", p.getFileName().toString()) : ""));
    }

    private record Checked(List<AgendaRow> rows, List<String> problems, List<AgendaBook.UnknownAgency> unknown) {
    }

    private record Read(List<AgendaBook.Line> lines, Checked checked, List<Agency> agencies) {
    }

    private Checked check(List<AgendaBook.Line> book, Map<String, Long> mapped) {
        try {
            return new Checked(service.check(book, mapped), List.of(), List.of());
        } catch (AgendaImportException e) {
            return new Checked(List.of(), e.lineProblems(), e.unknownAgencies());
        }
    }

    /** The admin's mapping so far: the name's key to the agency chosen for it. */
    Map<String, Long> mapped() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Mapping x : mappings) {
            if (x.choice().chosen().get() != null) {
                m.put(AgendaBook.agencyKey(x.unknown().name()), x.choice().chosen().get().id());
            }
        }
        return m;
    }

    /** A mapping changed: the book is checked again with every name mapped so far. */
    private void recheck() {
        ready.set(false);
        preview.clear();
        List<AgendaBook.Line> book = lines;
        Map<String, Long> mapped = mapped();
        int check = ++checks;
        runner.run(() -> check(book, mapped), c -> {
            if (check == checks) {
                show(c);
            }
        }, dialogs::unexpected);
    }

    private void show(Checked c) {
        long unmapped = mappings.stream().filter(m -> m.choice().chosen().get() == null).count();
        preview.setAll(c.rows());
        problems.setAll(c.problems());
        boolean ok = c.problems().isEmpty() && c.unknown().isEmpty() && unmapped == 0;
        ready.set(ok);
        if (ok) {
            status.set(i18n.t("agendaImport.previewOk", c.rows().size(), source));
        } else if (!c.problems().isEmpty()) {
            status.set(i18n.t("agendaImport.previewBad", c.problems().size(), source));
        } else {
            status.set(i18n.t("agendaImport.unmapped", unmapped, source));
        }
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
        Map<String, Long> mapped = mapped();
        runner.run(() -> service.importBook(book, mapped, who, from), n -> {
            preview.clear();
            mappings.clear();
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

    /** The agency names Loket does not know, each waiting for the admin to map it. */
    public ObservableList<Mapping> mappings() {
        return mappings;
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
