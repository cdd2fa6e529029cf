package id.kalbarprov.loket.core.calendar;

import id.kalbarprov.loket.core.text.CsvLine;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a holiday list in the format of resources/reference/holidays.csv: a header
 * {@code date,kind,name,basis}, then one day per line ({@code 2027-01-01,libur,Tahun Baru,SKB ...}).
 * Fields may be quoted ("...") to hold commas. Every bad line is reported with its line number;
 * the caller imports nothing unless {@link Result#problems()} is empty.
 */
public final class HolidayCsv {

    public static final String HEADER = "date,kind,name,basis";
    public static final int MAX_NAME = 200;
    public static final int MAX_BASIS = 200;
    /**
     * Years a holiday may fall in. Anything else is a typing mistake (1-1-12027), and the table by
     * year could not show it, so it could not be removed either.
     */
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;

    /** Problem keys (texts in the calendar bundle). */
    public static final String EMPTY = "holidays.csv.empty";
    public static final String NO_ROWS = "holidays.csv.noRows";
    public static final String BAD_HEADER = "holidays.csv.badHeader";
    public static final String BAD_COLUMNS = "holidays.csv.badColumns";
    public static final String BAD_DATE = "holidays.csv.badDate";
    public static final String BAD_YEAR = "holidays.csv.badYear";
    public static final String BAD_KIND = "holidays.csv.badKind";
    public static final String MISSING_NAME = "holidays.csv.missingName";
    public static final String TOO_LONG = "holidays.csv.tooLong";
    public static final String DUPLICATE = "holidays.csv.duplicate";
    public static final String EXISTS = "holidays.csv.exists";

    /** One bad line: its 1-based number in the file, a message key and the key's arguments. */
    public record Problem(int line, String key, List<String> args) {
        public Problem {
            args = List.copyOf(args);
        }

        public static Problem of(int line, String key, String... args) {
            return new Problem(line, key, List.of(args));
        }
    }

    /** A parsed holiday with the line it came from. */
    public record Row(int line, Holiday holiday) {
    }

    /** Everything read from a file: the good rows and every problem. */
    public record Result(List<Row> rows, List<Problem> problems) {
        public Result {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        public List<Holiday> holidays() {
            return rows.stream().map(Row::holiday).toList();
        }
    }

    private HolidayCsv() {
    }

    public static Result parse(String content) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String text = content == null ? "" : content.replace("\uFEFF", "");
        String[] lines = text.split("\r\n|\r|\n", -1);
        int headerLine = 0;
        while (headerLine < lines.length && lines[headerLine].isBlank()) {
            headerLine++;
        }
        if (headerLine == lines.length) {
            return new Result(rows, List.of(Problem.of(1, EMPTY)));
        }
        List<String> header = CsvLine.split(lines[headerLine]);
        if (header == null || !HEADER.equals(String.join(",", header.stream().map(String::strip).toList())
                .toLowerCase(java.util.Locale.ROOT))) {
            return new Result(rows, List.of(Problem.of(headerLine + 1, BAD_HEADER, HEADER)));
        }
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = headerLine + 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int lineNo = i + 1;
            List<String> f = CsvLine.split(lines[i]);
            if (f == null || f.size() < 3 || f.size() > 4) {
                problems.add(Problem.of(lineNo, BAD_COLUMNS, String.valueOf(f == null ? 0 : f.size())));
                continue;
            }
            String dateText = f.get(0).strip();
            String kindText = f.get(1).strip();
            String name = f.get(2).strip();
            String basis = f.size() == 4 ? f.get(3).strip() : "";
            LocalDate date;
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                problems.add(Problem.of(lineNo, BAD_DATE, dateText));
                continue;
            }
            if (!inRange(date)) {
                problems.add(Problem.of(lineNo, BAD_YEAR, dateText, String.valueOf(FIRST_YEAR),
                        String.valueOf(LAST_YEAR)));
                continue;
            }
            var kind = HolidayKind.ofCode(kindText);
            if (kind.isEmpty()) {
                problems.add(Problem.of(lineNo, BAD_KIND, kindText));
                continue;
            }
            if (name.isEmpty()) {
                problems.add(Problem.of(lineNo, MISSING_NAME));
                continue;
            }
            if (name.length() > MAX_NAME || basis.length() > MAX_BASIS) {
                problems.add(Problem.of(lineNo, TOO_LONG, String.valueOf(MAX_NAME)));
                continue;
            }
            Integer first = seen.putIfAbsent(date, lineNo);
            if (first != null) {
                problems.add(Problem.of(lineNo, DUPLICATE, dateText, String.valueOf(first)));
                continue;
            }
            rows.add(new Row(lineNo, new Holiday(date, kind.get().code(), name, basis.isEmpty() ? null : basis)));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.of(headerLine + 1, NO_ROWS));
        }
        return new Result(rows, problems);
    }

    /** True when the date's year is between {@link #FIRST_YEAR} and {@link #LAST_YEAR}. */
    public static boolean inRange(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }
}
