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
}
