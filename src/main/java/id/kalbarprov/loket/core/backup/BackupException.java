package id.kalbarprov.loket.core.backup;

/** A backup or restore that did not happen; nothing was changed. {@code detail} is for the log. */
public class BackupException extends RuntimeException {

    private final BackupProblem problem;

    public BackupException(BackupProblem problem, String detail) {
        this(problem, detail, null);
    }

    public BackupException(BackupProblem problem, String detail, Throwable cause) {
        super(problem + ": " + detail, cause);
        this.problem = problem;
    }

    public BackupProblem problem() {
        return problem;
    }
}
