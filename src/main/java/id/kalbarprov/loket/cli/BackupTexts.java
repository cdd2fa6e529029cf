package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.core.backup.BackupProblem;
import java.util.Locale;
import java.util.ResourceBundle;

/** The backup problems in Indonesian for the commands: the same texts the app shows. */
final class BackupTexts {

    private BackupTexts() {
    }

    static String of(BackupProblem problem) {
        ResourceBundle b = ResourceBundle.getBundle("i18n/backup", Locale.forLanguageTag("id"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return b.getString("backupProblem." + problem.name());
    }
}
