package id.kalbarprov.loket.documents;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The report's and the survey's texts for documents and commands, which know no screens: read from
 * the same bundles as the app ({@code i18n/reports}, {@code i18n/survey}), in Indonesian, the language
 * of the office's documents.
 */
public final class ReportTexts implements Function<String, String> {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private final ResourceBundle reports;
    private final ResourceBundle survey;

    public ReportTexts() {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        reports = ResourceBundle.getBundle("i18n/reports", INDONESIAN, noFallback);
        survey = ResourceBundle.getBundle("i18n/survey", INDONESIAN, noFallback);
    }

    @Override
    public String apply(String key) {
        return reports.containsKey(key) ? reports.getString(key) : survey.getString(key);
    }

    /** The text with {0}, {1}... filled in. */
    public String t(String key, Object... args) {
        return args.length == 0 ? apply(key) : new MessageFormat(apply(key), INDONESIAN).format(args);
    }
}
