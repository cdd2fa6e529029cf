package id.kalbarprov.loket.store;

import java.time.LocalDate;

/**
 * Day filters on ISO text columns ("2026-11-23T09:15"). A year past 9999 (a typo such as 20266 in a
 * date field) is written "+20266-..." and would compare below every stored date, and the last
 * representable day has no next day; these two helpers keep such a filter meaning what it says.
 */
final class DayBounds {

    private static final int LAST_YEAR = 9999;

    private DayBounds() {
    }

    /** True when no stored date can be on or after {@code from}: the filter matches nothing. */
    static boolean afterEverything(LocalDate from) {
        return from.getYear() > LAST_YEAR;
    }

    /** The exclusive upper bound for "up to and including {@code to}", or null when every stored date is before it. */
    static String endExclusive(LocalDate to) {
        return to.getYear() >= LAST_YEAR ? null : to.plusDays(1).toString();
    }
}
