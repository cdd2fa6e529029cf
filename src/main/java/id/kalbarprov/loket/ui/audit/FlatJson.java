package id.kalbarprov.loket.ui.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the flat JSON maps the audit log stores (string, number, boolean and null values). */
final class FlatJson {

    private FlatJson() {
    }

    static Map<String, String> parse(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        int[] i = {json.indexOf('{') + 1};
        while (i[0] < json.length()) {
            skip(json, i);
            if (i[0] >= json.length() || json.charAt(i[0]) == '}') {
                break;
            }
            String key = string(json, i);
            skip(json, i);
            i[0]++; // ':'
            skip(json, i);
            String value;
            if (json.charAt(i[0]) == '"') {
                value = string(json, i);
            } else {
                int start = i[0];
                while (i[0] < json.length() && ",}".indexOf(json.charAt(i[0])) < 0) {
                    i[0]++;
                }
                value = json.substring(start, i[0]).strip();
                if (value.equals("null")) {
                    value = null;
                }
            }
            out.put(key, value);
            skip(json, i);
            if (i[0] < json.length() && json.charAt(i[0]) == ',') {
                i[0]++;
            }
        }
        return out;
    }

    private static void skip(String s, int[] i) {
        while (i[0] < s.length() && Character.isWhitespace(s.charAt(i[0]))) {
            i[0]++;
        }
    }

    private static String string(String s, int[] i) {
        StringBuilder b = new StringBuilder();
        i[0]++; // opening quote
        while (i[0] < s.length()) {
            char c = s.charAt(i[0]++);
            if (c == '"') {
                break;
            }
            if (c == '\\' && i[0] < s.length()) {
                char e = s.charAt(i[0]++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i[0], i[0] + 4), 16));
                        i[0] += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
