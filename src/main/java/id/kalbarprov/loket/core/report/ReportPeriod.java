package id.kalbarprov.loket.core.report;

import id.kalbarprov.loket.core.text.IndonesianDates;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report covers: a month ({@code 2026-11}), a quarter ({@code 2026-Q4}) or a year
 * ({@code 2026}). Days from {@link #first()} to {@link #last()} inclusive; queries use the half-open
 * range [{@code first}, {@code endExclusive}).
 */
public record ReportPeriod(Kind kind, int year, int number) {

    /** The three kinds of report. */
    public enum Kind {
        MONTH, QUARTER, YEAR
    }

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public ReportPeriod {
        if (kind == null || year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("period " + kind + " " + year);
        }
        int max = switch (kind) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case YEAR -> 0;
        };
        if (kind == Kind.YEAR ? number != 0 : number < 1 || number > max) {
            throw new IllegalArgumentException("period " + kind + " " + year + " " + number);
        }
    }

    public static ReportPeriod month(int year, int month) {
        return new ReportPeriod(Kind.MONTH, year, month);
    }

    public static ReportPeriod quarter(int year, int quarter) {
        return new ReportPeriod(Kind.QUARTER, year, quarter);
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(Kind.YEAR, year, 0);
    }

    /** {@code 2026-11}, {@code 2026-Q4} or {@code 2026}; empty for anything else (also 2026-13, 1999). */
    public static Optional<ReportPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        try {
            Matcher m = MONTH.matcher(s);
            if (m.matches()) {
                return Optional.of(month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = QUARTER.matcher(s);
            if (m.matches()) {
                return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = YEAR.matcher(s);
            if (m.matches()) {
                return Optional.of(year(Integer.parseInt(m.group(1))));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The period containing {@code day}, of the given kind. */
    public static ReportPeriod containing(Kind kind, LocalDate day) {
        return switch (kind) {
            case MONTH -> month(day.getYear(), day.getMonthValue());
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case YEAR -> year(day.getYear());
        };
    }

    public YearMonth firstMonth() {
        return switch (kind) {
            case MONTH -> YearMonth.of(year, number);
            case QUARTER -> YearMonth.of(year, (number - 1) * 3 + 1);
            case YEAR -> YearMonth.of(year, 1);
        };
    }

    public YearMonth lastMonth() {
        return switch (kind) {
            case MONTH -> YearMonth.of(year, number);
            case QUARTER -> YearMonth.of(year, number * 3);
            case YEAR -> YearMonth.of(year, 12);
        };
    }

    public LocalDate first() {
        return firstMonth().atDay(1);
    }

    public LocalDate last() {
        return lastMonth().atEndOfMonth();
    }

    public LocalDate endExclusive() {
        return last().plusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first()) && !day.isAfter(last());
    }

    /** The months of the period, in order. */
    public List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = firstMonth(); !m.isAfter(lastMonth()); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    /**
     * The months the trend chart shows: the twelve months ending with the period's last month, so a
     * month or a quarter is seen against the year before it (for a year: exactly its months).
     */
    public List<YearMonth> trendMonths() {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = lastMonth().minusMonths(11); !m.isAfter(lastMonth()); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    /** The code the {@code report} command takes: {@code 2026-11}, {@code 2026-Q4}, {@code 2026}. */
    public String code() {
        return switch (kind) {
            case MONTH -> String.format("%04d-%02d", year, number);
            case QUARTER -> year + "-Q" + number;
            case YEAR -> String.valueOf(year);
        };
    }

    /** "Triwulan IV" for quarter 4. */
    public static String quarterName(int quarter) {
        return "Triwulan " + ROMAN[quarter - 1];
    }

    /** "November 2026", "Triwulan IV 2026", "Tahun 2026". */
    public String label() {
        return switch (kind) {
            case MONTH -> IndonesianDates.monthName(number) + " " + year;
            case QUARTER -> quarterName(number) + " " + year;
            case YEAR -> "Tahun " + year;
        };
    }

    /** "1 Oktober s.d. 31 Desember 2026" style range, for headings. */
    public String rangeLabel() {
        return IndonesianDates.longDate(first()) + " s.d. " + IndonesianDates.longDate(last());
    }

    @Override
    public String toString() {
        return code();
    }
}
