package id.kalbarprov.loket.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The calendar the app ships: the holidays of resources/reference/holidays.csv, closing at 16:00. */
public final class SeededCalendar {

    private SeededCalendar() {
    }

    public static WorkingCalendar get() {
        try (InputStream in = SeededCalendar.class.getResourceAsStream("/reference/holidays.csv")) {
            List<LocalDate> days = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(l -> LocalDate.parse(l.substring(0, 10))).toList();
            return new WorkingCalendar(days, LocalTime.of(16, 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
