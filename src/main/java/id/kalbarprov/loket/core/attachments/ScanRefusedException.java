package id.kalbarprov.loket.core.attachments;

/** A file refused as a scan; nothing was saved (of this file, nor of the others attached with it). */
public final class ScanRefusedException extends RuntimeException {

    private final ScanProblem problem;
    private final String fileName;

    public ScanRefusedException(ScanProblem problem, String fileName) {
        super(problem + ": " + fileName);
        this.problem = problem;
        this.fileName = fileName;
    }

    public ScanProblem problem() {
        return problem;
    }

    /** The file's name as the clerk chose it (or the agenda number for {@link ScanProblem#NO_LETTER}). */
    public String fileName() {
        return fileName;
    }
}
