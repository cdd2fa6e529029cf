package id.kalbarprov.loket.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Dates as Indonesian clerks type them: "20-11-2026", also "20/11/2026" or "20.11.2026". */
public final class DateText {

    private static final DateTimeFormatter IN = DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private DateText() {
    }

    /** The date, or null when the text is empty or not a date. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip().replace('/', '-').replace('.', '-'), IN);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static String format(LocalDate d) {
        return d == null ? "" : OUT.format(d);
    }

    /** For date pickers: shown as 23-11-2026; a text that is no date (31-02-2026) gives null. */
    public static javafx.util.StringConverter<LocalDate> converter() {
        return converter(() -> null);
    }

    /** As {@link #converter()}, but a text that is no date gives {@code whenNoDate} (e.g. the value kept). */
    public static javafx.util.StringConverter<LocalDate> converter(java.util.function.Supplier<LocalDate> whenNoDate) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                LocalDate parsed = parse(s);
                return parsed == null ? whenNoDate.get() : parsed;
            }
        };
    }
}
