package id.kalbarprov.loket.core.agendaimport;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Imports the old agenda book (issue 14): all rows or none, every bad line named. Admin only. */
public final class AgendaImportService {

    private final AgendaImportPort store;
    private final Supplier<List<Agency>> agencies;
    private final Supplier<List<ServiceStandard>> services;
    private final Clock clock;

    public AgendaImportService(AgendaImportPort store, Supplier<List<Agency>> agencies,
                               Supplier<List<ServiceStandard>> services, Clock clock) {
        this.store = store;
        this.agencies = agencies;
        this.services = services;
        this.clock = clock;
    }

    /** Checks the book without storing anything (the preview). @throws AgendaImportException */
    public List<AgendaRow> check(List<AgendaBook.Line> lines) {
        return check(lines, Map.of());
    }

    /**
     * Checks the book with the admin's mapping of unknown agency names (see {@link AgendaBook#agencyKey}),
     * storing nothing. A mapping to an agency that does not exist is refused.
     *
     * @throws AgendaImportException
     */
    public List<AgendaRow> check(List<AgendaBook.Line> lines, Map<String, Long> mapped) {
        List<Agency> known = agencies.get();
        for (Long id : mapped.values()) {
            if (known.stream().noneMatch(a -> a.id() == id)) {
                throw new AgendaImportException(List.of("Instansi pemetaan tidak ada di Loket (id " + id + ")."));
            }
        }
        List<AgendaRow> rows = AgendaBook.read(lines, known, services.get(), java.util.Set.of(), mapped);
        java.util.Set<String> taken = store.existing(rows.stream().map(AgendaRow::agendaNumber).toList());
        if (!taken.isEmpty()) {
            throw new AgendaImportException(rows.stream().filter(r -> taken.contains(r.agendaNumber()))
                    .map(r -> "Baris " + r.line() + ": nomor agenda " + r.agendaNumber() + " sudah ada di Loket.").toList());
        }
        return rows;
    }

    /** Checks and stores the book. @return how many letters were imported */
    public int importBook(List<AgendaBook.Line> lines, Actor actor, String source) {
        return importBook(lines, Map.of(), actor, source);
    }

    /**
     * Checks and stores the book, every row naming a mapped agency name stored under the agency it is
     * mapped to (the mapping goes into the import's audit entry).
     *
     * @return how many letters were imported
     */
    public int importBook(List<AgendaBook.Line> lines, Map<String, Long> mapped, Actor actor, String source) {
        actor.require(Permission.MANAGE_SETTINGS);
        List<AgendaRow> rows = check(lines, mapped);
        return store.store(rows, mapped, actor.label(), source, LocalDateTime.now(clock).withNano(0));
    }

    /** The agencies a name of the book may be mapped to. */
    public List<Agency> agencies() {
        return agencies.get();
    }

    /** The agency with this abbreviation or name (case does not count), for a mapping typed on the command line. */
    public java.util.Optional<Agency> agency(String abbreviationOrName) {
        String t = abbreviationOrName.strip();
        return agencies.get().stream().filter(a -> t.equalsIgnoreCase(a.abbreviation())).findFirst()
                .or(() -> agencies.get().stream().filter(a -> t.equalsIgnoreCase(a.name())).findFirst());
    }
}
