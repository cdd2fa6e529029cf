package id.kalbarprov.loket.core.text;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Dates the Indonesian way: "22 November 2026", "Senin, 23 November 2026", "23-11-2026 09.15". */
public final class IndonesianDates {

    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember"};
    private static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};

    private IndonesianDates() {
    }

    public static String monthName(int month) {
        return MONTHS[month - 1];
    }

    public static String dayName(LocalDate date) {
        return DAYS[date.getDayOfWeek().getValue() - 1];
    }

    /** "22 November 2026": day without leading zero, month name, four-digit year. */
    public static String longDate(LocalDate date) {
        return date.getDayOfMonth() + " " + monthName(date.getMonthValue()) + " " + date.getYear();
    }

    /** "Senin, 23 November 2026". */
    public static String longDateWithDay(LocalDate date) {
        return dayName(date) + ", " + longDate(date);
    }

    /** "Pontianak, 22 November 2026". */
    public static String placeAndDate(String place, LocalDate date) {
        return place + ", " + longDate(date);
    }

    /** Compact form for tables: "23-11-2026". */
    public static String shortDate(LocalDate date) {
        return String.format("%02d-%02d-%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** Compact form for tables: "23-11-2026 09.15" (Indonesian time uses a dot). */
    public static String shortDateTime(LocalDateTime at) {
        return shortDate(at.toLocalDate()) + String.format(" %02d.%02d", at.getHour(), at.getMinute());
    }
}
