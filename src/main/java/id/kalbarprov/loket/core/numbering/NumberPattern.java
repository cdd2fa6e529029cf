package id.kalbarprov.loket.core.numbering;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A configurable number pattern. Placeholders: {@code {seq}} (serial, optionally zero-padded
 * as {@code {seq:4}}, 1 to 9 digits), {@code {year}}, {@code {month}} (roman, as Indonesian letters often
 * use), {@code {code}} (classification code). Example: {@code {seq:4}/SM/{year}} → 0007/SM/2026.
 */
public final class NumberPattern {

    private static final Pattern TOKEN = Pattern.compile("\\{(seq(?::([1-9]))?|year|month|code)}");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private final String pattern;

    public NumberPattern(String pattern) {
        if (pattern == null || TOKEN.matcher(pattern).results().noneMatch(t -> t.group(1).startsWith("seq"))) {
            throw new IllegalArgumentException("pattern needs {seq}");
        }
        String rest = TOKEN.matcher(pattern).replaceAll("");
        // a brace left over is an unknown placeholder or one typed wrong ("{seq", "{year"): it would be printed
        if (rest.contains("{") || rest.contains("}")) {
            throw new IllegalArgumentException("unknown placeholder in " + pattern);
        }
        this.pattern = pattern;
    }

    /** True when {@code pattern} would be accepted. */
    public static boolean isValid(String pattern) {
        try {
            new NumberPattern(pattern);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public String pattern() {
        return pattern;
    }

    public String format(long seq, int year, int month, String code) {
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group(1);
            String value;
            if (token.startsWith("seq")) {
                value = m.group(2) == null ? Long.toString(seq)
                        : String.format("%0" + m.group(2) + "d", seq);
            } else if (token.equals("year")) {
                value = Integer.toString(year);
            } else if (token.equals("month")) {
                value = ROMAN[month - 1];
            } else {
                value = code == null ? "" : code;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
