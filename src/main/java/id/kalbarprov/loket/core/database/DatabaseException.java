package id.kalbarprov.loket.core.database;

import java.util.List;

/** The database cannot be opened or used; nothing was written. {@code args} fill the problem's text. */
public class DatabaseException extends RuntimeException {

    private final DatabaseProblem problem;
    private final List<String> args;

    public DatabaseException(DatabaseProblem problem, Throwable cause, String... args) {
        super(problem + " " + List.of(args), cause);
        this.problem = problem;
        this.args = List.of(args);
    }

    public DatabaseProblem problem() {
        return problem;
    }

    public List<String> args() {
        return args;
    }
}
