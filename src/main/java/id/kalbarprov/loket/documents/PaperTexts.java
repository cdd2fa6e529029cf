package id.kalbarprov.loket.documents;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of issue 14's documents and commands (scans, receipts), which know no screens: the app's own
 * bundle {@code i18n/paper}, in Indonesian.
 */
public final class PaperTexts {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private final ResourceBundle texts = ResourceBundle.getBundle("i18n/paper", INDONESIAN,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    /** The text with {0}, {1}... filled in. */
    public String t(String key, Object... args) {
        String text = texts.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, INDONESIAN).format(args);
    }
}
