package id.kalbarprov.loket.core.agendaimport;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The book was refused: every bad line with its reason (Indonesian), and the agency names Loket does not
 * know (each once, with its lines) for the admin to map; nothing was imported.
 */
public final class AgendaImportException extends RuntimeException {

    private final List<String> lineProblems;
    private final List<AgendaBook.UnknownAgency> unknownAgencies;

    public AgendaImportException(List<String> problems) {
        this(problems, List.of());
    }

    public AgendaImportException(List<String> lineProblems, List<AgendaBook.UnknownAgency> unknownAgencies) {
        super(lineProblems.size() + " problems, " + unknownAgencies.size() + " unknown agencies");
        this.lineProblems = List.copyOf(lineProblems);
        this.unknownAgencies = List.copyOf(unknownAgencies);
    }

    /** Every problem as one line each: the bad lines, then the unknown agencies in one line. */
    public List<String> problems() {
        List<String> all = new ArrayList<>(lineProblems);
        if (!unknownAgencies.isEmpty()) {
            all.add("Instansi yang belum dikenal: " + unknownAgencies.stream()
                    .map(u -> "'" + u.name() + "' (baris " + u.lines().stream().map(String::valueOf)
                            .collect(Collectors.joining(", ")) + ")")
                    .collect(Collectors.joining("; ")) + ". Petakan masing-masing ke instansi Loket, "
                    + "atau tambahkan instansinya lebih dulu.");
        }
        return all;
    }

    /** The bad lines only (not the unknown agencies). */
    public List<String> lineProblems() {
        return lineProblems;
    }

    /** The agency names Loket does not know, in the order they first appear. */
    public List<AgendaBook.UnknownAgency> unknownAgencies() {
        return unknownAgencies;
    }
}
