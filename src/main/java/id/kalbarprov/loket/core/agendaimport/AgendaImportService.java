package id.kalbarprov.loket.core.agendaimport;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
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
        List<AgendaRow> rows = AgendaBook.read(lines, agencies.get(), services.get(), java.util.Set.of());
        java.util.Set<String> taken = store.existing(rows.stream().map(AgendaRow::agendaNumber).toList());
        if (!taken.isEmpty()) {
            throw new AgendaImportException(rows.stream().filter(r -> taken.contains(r.agendaNumber()))
                    .map(r -> "Baris " + r.line() + ": nomor agenda " + r.agendaNumber() + " sudah ada di Loket.").toList());
        }
        return rows;
    }

    /** Checks and stores the book. @return how many letters were imported */
    public int importBook(List<AgendaBook.Line> lines, Actor actor, String source) {
        actor.require(Permission.MANAGE_SETTINGS);
        List<AgendaRow> rows = check(lines);
        return store.store(rows, actor.label(), source, LocalDateTime.now(clock).withNano(0));
    }
}
