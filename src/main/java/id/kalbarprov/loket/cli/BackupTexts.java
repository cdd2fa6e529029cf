package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.core.backup.BackupProblem;
import java.util.Locale;
import java.util.ResourceBundle;

/** The backup problems in Indonesian for the commands: the same texts the app shows. */
final class BackupTexts {

    private BackupTexts() {
    }

    static String of(BackupProblem problem) {
        return of(problem, "");
    }

    /** The text with its detail: the disk's folder for {@link BackupProblem#DISK_FULL}. */
    static String of(id.kalbarprov.loket.core.backup.BackupException e) {
        return of(e.problem(), e.detail());
    }

    private static String of(BackupProblem problem, String detail) {
        ResourceBundle b = ResourceBundle.getBundle("i18n/backup", Locale.forLanguageTag("id"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return java.text.MessageFormat.format(b.getString("backupProblem." + problem.name()),
                detail == null ? "" : detail);
    }
}
