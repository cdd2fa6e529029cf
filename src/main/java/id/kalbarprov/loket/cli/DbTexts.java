package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.core.database.DatabaseException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** A database problem in Indonesian for the commands: the same texts the app shows. */
public final class DbTexts {

    private DbTexts() {
    }

    public static String of(DatabaseException e) {
        Locale id = Locale.forLanguageTag("id");
        ResourceBundle b = ResourceBundle.getBundle("i18n/database", id,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(b.getString("dbProblem." + e.problem().name()), id).format(e.args().toArray());
    }
}
