package id.kalbarprov.loket.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The holidays and settings the applied migrations seeded, read from their scripts (issue 12): the
 * state a never-audited seeded row must still have. The first value of a key wins, as
 * {@code INSERT OR IGNORE} / {@code ON CONFLICT DO NOTHING} keep it.
 *
 * <p>{@code conditional}: the dates V11 adds only where the administrator had not already decided
 * ({@code WITH skb}: no row on the date, no audit entry for it, and the same holiday not already kept in
 * 2027 on another date). Their rows are in {@code holidays} too; {@code RecordCheck} leaves one that is
 * missing for a reason V11 gives alone.
 */
record SeedBaseline(Map<String, Map<String, String>> holidays, Map<String, String> settings,
                    java.util.Set<String> conditional) {

    private static final Pattern INSERT = Pattern.compile(
            "(?i)(?:INSERT\\s+(?:OR\\s+IGNORE\\s+)?INTO\\s+(holiday|setting)|WITH\\s+skb)\\s*\\(([^)]*)\\)\\s*"
                    + "(?:AS\\s*\\(\\s*)?VALUES\\s*");

    static SeedBaseline of(Dialect dialect, List<String> scripts) {
        String folder = dialect.migrations().replace("classpath:", "");
        Map<String, Map<String, String>> holidays = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        java.util.Set<String> conditional = new java.util.LinkedHashSet<>();
        for (String script : scripts) {
            try (InputStream in = SeedBaseline.class.getClassLoader().getResourceAsStream(folder + "/" + script)) {
                if (in != null) {
                    read(new String(in.readAllBytes(), StandardCharsets.UTF_8), holidays, settings, conditional);
                }
            } catch (IOException e) {
                // a script that cannot be read seeds nothing we can prove
            }
        }
        return new SeedBaseline(holidays, settings, conditional);
    }

    static void read(String sql, Map<String, Map<String, String>> holidays, Map<String, String> settings,
                     java.util.Set<String> conditional) {
        Matcher m = INSERT.matcher(sql);
        int from = 0;
        while (m.find(from)) {
            // V11's "WITH skb (date, kind, name, basis) AS (VALUES ...)": the 2027 holidays it adds
            String table = m.group(1) == null ? "holiday" : m.group(1).toLowerCase(Locale.ROOT);
            List<String> columns = new ArrayList<>();
            for (String c : m.group(2).split(",")) {
                columns.add(c.strip().toLowerCase(Locale.ROOT));
            }
            int[] at = {m.end()};
            while (true) {
                skipSpace(sql, at);
                if (at[0] >= sql.length() || sql.charAt(at[0]) != '(') {
                    break;
                }
                at[0]++;
                List<String> values = new ArrayList<>();
                while (at[0] < sql.length()) {
                    skipSpace(sql, at);
                    values.add(value(sql, at));
                    skipSpace(sql, at);
                    char c = sql.charAt(at[0]++);
                    if (c == ')') {
                        break;
                    }
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < columns.size() && i < values.size(); i++) {
                    row.put(columns.get(i), values.get(i));
                }
                if (table.equals("holiday")) {
                    if (holidays.putIfAbsent(row.get("date"), row) == null && m.group(1) == null) {
                        conditional.add(row.get("date"));
                    }
                } else {
                    settings.putIfAbsent(row.get("key"), row.get("value"));
                }
                skipSpace(sql, at);
                if (at[0] < sql.length() && sql.charAt(at[0]) == ',') {
                    at[0]++;
                } else {
                    break;
                }
            }
            from = Math.max(at[0], m.end());
        }
    }

    private static void skipSpace(String s, int[] at) {
        while (at[0] < s.length()) {
            char c = s.charAt(at[0]);
            if (Character.isWhitespace(c)) {
                at[0]++;
            } else if (s.startsWith("--", at[0])) {
                while (at[0] < s.length() && s.charAt(at[0]) != '\n') {
                    at[0]++;
                }
            } else {
                return;
            }
        }
    }

    /** A literal: 'text' ('' inside), NULL, or a number; {@code at} moves past it. */
    private static String value(String s, int[] at) {
        if (s.charAt(at[0]) == '\'') {
            StringBuilder b = new StringBuilder();
            int i = at[0] + 1;
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (c == '\'') {
                    if (i < s.length() && s.charAt(i) == '\'') {
                        b.append('\'');
                        i++;
                    } else {
                        break;
                    }
                } else {
                    b.append(c);
                }
            }
            at[0] = i;
            return b.toString();
        }
        int start = at[0];
        while (at[0] < s.length() && s.charAt(at[0]) != ',' && s.charAt(at[0]) != ')') {
            at[0]++;
        }
        String v = s.substring(start, at[0]).strip();
        return v.equalsIgnoreCase("NULL") ? null : v;
    }
}
