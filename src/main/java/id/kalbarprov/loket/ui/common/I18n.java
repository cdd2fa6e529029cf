package id.kalbarprov.loket.ui.common;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * UI texts. Indonesian first, English second; one bundle per feature under resources/i18n/
 * (name_id.properties and name_en.properties), so features do not share one huge file. No
 * fallback between languages: a missing key shows as !key! and a test fails on it.
 */
public final class I18n {

    /** Every bundle of the app; a test checks both languages hold the same keys and all are used. */
    public static final List<String> BUNDLES = List.of("common", "shell", "standards", "intake", "register",
            "review", "processing", "dashboard", "calendar", "letters", "complaints", "operators", "backup",
            "database", "about", "reports", "survey", "workstation", "paper");

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final Locale locale;
    private final Map<String, String> texts = new HashMap<>();

    public I18n(Locale locale) {
        this.locale = ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        for (String name : BUNDLES) {
            ResourceBundle b = ResourceBundle.getBundle("i18n/" + name, this.locale, noFallback);
            for (String key : b.keySet()) {
                texts.put(key, b.getString(key));
            }
        }
    }

    public Locale locale() {
        return locale;
    }

    /** Every key starting with {@code prefix}, sorted. */
    public java.util.List<String> keys(String prefix) {
        return texts.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().toList();
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The text for {@code key}, with {0}, {1}... filled from {@code args}. */
    public String t(String key, Object... args) {
        String text = texts.get(key);
        if (text == null) {
            return "!" + key + "!";
        }
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    /** Text for an enum constant: key {@code prefix + "." + NAME}. */
    public String of(String prefix, Enum<?> value) {
        return t(prefix + "." + value.name());
    }

    /** Text for an enum constant with arguments: key {@code prefix + "." + NAME}, {0}... from {@code args}. */
    public String of(String prefix, Enum<?> value, Object... args) {
        return t(prefix + "." + value.name(), args);
    }

    /** Same as {@link #t} but for callers that must fail loudly when the key is missing. */
    public String require(String key) {
        if (!texts.containsKey(key)) {
            throw new MissingResourceException(key, "I18n", key);
        }
        return texts.get(key);
    }
}
