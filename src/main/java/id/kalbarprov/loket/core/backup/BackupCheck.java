package id.kalbarprov.loket.core.backup;

/**
 * The verdict on a backup file: ok, or the problem. {@code schemaVersion} and {@code letters}
 * describe a good one (which migration it is at, how many letters it holds).
 */
public record BackupCheck(BackupProblem problem, String detail, int schemaVersion, long letters) {

    public static BackupCheck good(int schemaVersion, long letters) {
        return new BackupCheck(null, "ok", schemaVersion, letters);
    }

    public static BackupCheck bad(BackupProblem problem, String detail) {
        return new BackupCheck(problem, detail, 0, 0);
    }

    public boolean ok() {
        return problem == null;
    }
}
