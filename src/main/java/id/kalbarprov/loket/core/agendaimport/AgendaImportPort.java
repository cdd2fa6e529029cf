package id.kalbarprov.loket.core.agendaimport;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the import needs from the store. */
public interface AgendaImportPort {

    /** Which of {@code numbers} are already agenda numbers in the database. */
    Set<String> existing(Collection<String> numbers);

    /**
     * Stores every row in one transaction as an imported letter (state SELESAI, no clock, marked imported,
     * its agenda number kept; a serial below zero so it never takes one of Loket's), one history row each,
     * one audit entry for the import; Loket's counter moves past any imported number written in its own
     * pattern. Nothing is stored if one row fails. {@code mapped} (the admin's mapping of unknown agency
     * names, already applied to the rows) is named in the import's audit entry.
     */
    int store(List<AgendaRow> rows, Map<String, Long> mapped, String actor, String source, LocalDateTime at);
}
