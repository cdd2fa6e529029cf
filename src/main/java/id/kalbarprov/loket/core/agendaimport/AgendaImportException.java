package id.kalbarprov.loket.core.agendaimport;

import java.util.List;

/** The book was refused: every bad line with its reason (Indonesian); nothing was imported. */
public final class AgendaImportException extends RuntimeException {

    private final List<String> problems;

    public AgendaImportException(List<String> problems) {
        super(problems.size() + " problems");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
