package id.kalbarprov.loket.core.survey;

import id.kalbarprov.loket.core.text.CsvLine;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads questionnaires from a CSV file: a header {@code tanggal,layanan,u1,...,u9}, then one
 * questionnaire per line ({@code 2026-11-02,VICON,3,4,3,4,3,3,4,3,4}): the day it was answered
 * (yyyy-mm-dd, not after today), the service code (JARINGAN, VICON, EMAIL, HOSTING or CLOUD) and the
 * nine answers 1 to 4. Every bad line is reported with its number; the caller stores nothing unless
 * {@link Result#ok()}.
 */
public final class SurveyCsv {

    public static final String HEADER = "tanggal,layanan,u1,u2,u3,u4,u5,u6,u7,u8,u9";
    public static final int COLUMNS = 11;
    /** More lines than this is not a questionnaire file. */
    public static final int MAX_ROWS = 200_000;

    /** Problem keys (texts in the survey bundle). */
    public static final String EMPTY = "survey.csv.empty";
    public static final String NO_ROWS = "survey.csv.noRows";
    public static final String TOO_MANY = "survey.csv.tooMany";
    public static final String BAD_HEADER = "survey.csv.badHeader";
    public static final String BAD_COLUMNS = "survey.csv.badColumns";
    public static final String BAD_DATE = "survey.csv.badDate";
    public static final String FUTURE_DATE = "survey.csv.futureDate";
    public static final String OLD_DATE = "survey.csv.oldDate";
    public static final String BAD_SERVICE = "survey.csv.badService";
    public static final String BAD_ANSWER = "survey.csv.badAnswer";

    /** The earliest day a questionnaire may carry (the regulation is of 2017). */
    public static final LocalDate EARLIEST = LocalDate.of(2017, 1, 1);

    /** One bad line: its 1-based number, a message key and the key's arguments. */
    public record Problem(int line, String key, List<String> args) {
        public Problem {
            args = List.copyOf(args);
        }

        static Problem of(int line, String key, String... args) {
            return new Problem(line, key, List.of(args));
        }
    }

    /** A good line. */
    public record Row(int line, LocalDate answeredOn, long serviceId, Answers answers) {
    }

    public record Result(List<Row> rows, List<Problem> problems) {
        public Result {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private SurveyCsv() {
    }

    /**
     * @param serviceIds service code (upper case) → service id
     * @param today      answers dated after today are refused
     */
    public static Result parse(String content, Map<String, Long> serviceIds, LocalDate today) {
        String[] lines = CsvLine.lines(content);
        int header = 0;
        while (header < lines.length && lines[header].isBlank()) {
            header++;
        }
        if (header == lines.length) {
            return new Result(List.of(), List.of(Problem.of(1, EMPTY)));
        }
        List<String> head = CsvLine.split(lines[header]);
        String normalized = head == null ? "" : String.join(",", head.stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).toList());
        if (!HEADER.equals(normalized)) {
            return new Result(List.of(), List.of(Problem.of(header + 1, BAD_HEADER, HEADER)));
        }
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = header + 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (rows.size() + problems.size() >= MAX_ROWS) {
                return new Result(List.of(), List.of(Problem.of(i + 1, TOO_MANY, String.valueOf(MAX_ROWS))));
            }
            line(i + 1, lines[i], serviceIds, today, rows, problems);
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.of(header + 1, NO_ROWS));
        }
        return new Result(rows, problems);
    }

    private static void line(int no, String text, Map<String, Long> serviceIds, LocalDate today, List<Row> rows,
                             List<Problem> problems) {
        List<String> f = CsvLine.split(text);
        if (f == null || f.size() != COLUMNS) {
            problems.add(Problem.of(no, BAD_COLUMNS, String.valueOf(f == null ? 0 : f.size()),
                    String.valueOf(COLUMNS)));
            return;
        }
        String dateText = f.get(0).strip();
        LocalDate date;
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(no, BAD_DATE, dateText));
            return;
        }
        if (date.isAfter(today)) {
            problems.add(Problem.of(no, FUTURE_DATE, dateText));
            return;
        }
        if (date.isBefore(EARLIEST)) {
            problems.add(Problem.of(no, OLD_DATE, dateText, EARLIEST.toString()));
            return;
        }
        String code = f.get(1).strip().toUpperCase(Locale.ROOT);
        Long service = serviceIds.get(code);
        if (service == null) {
            problems.add(Problem.of(no, BAD_SERVICE, f.get(1).strip(), String.join(", ", serviceIds.keySet())));
            return;
        }
        int[] answers = new int[SurveyElement.COUNT];
        for (SurveyElement e : SurveyElement.values()) {
            String v = f.get(2 + e.ordinal()).strip();
            int a = v.matches("[1-4]") ? Integer.parseInt(v) : 0;
            if (!Answers.valid(a)) {
                problems.add(Problem.of(no, BAD_ANSWER, e.column(), v));
                return;
            }
            answers[e.ordinal()] = a;
        }
        rows.add(new Row(no, date, service, Answers.of(answers)));
    }
}
