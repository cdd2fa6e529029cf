package id.kalbarprov.loket.core.backup;

/** A backup or restore that did not happen; nothing was changed. {@code detail} is for the log. */
public class BackupException extends RuntimeException {

    private final BackupProblem problem;
    private final String detail;

    public BackupException(BackupProblem problem, String detail) {
        this(problem, detail, null);
    }

    public BackupException(BackupProblem problem, String detail, Throwable cause) {
        super(problem + ": " + detail, cause);
        this.problem = problem;
        this.detail = detail;
    }

    public BackupProblem problem() {
        return problem;
    }

    /** For {@link BackupProblem#DISK_FULL}: the folder on the full disk; else a detail for the log. */
    public String detail() {
        return detail;
    }
}
