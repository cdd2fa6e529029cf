package id.kalbarprov.loket.core.text;

import java.util.ArrayList;
import java.util.List;

/** One line of a comma-separated file, as the app's imports read it (holidays, survey answers). */
public final class CsvLine {

    private CsvLine() {
    }

    /** Splits one CSV line; quotes may wrap a field and "" is a quote inside one. Null when a quote is open. */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        out.add(cur.toString());
        return out;
    }

    /** The lines of a file's text, whatever its line ends, without a byte-order mark. */
    public static String[] lines(String content) {
        String text = content == null ? "" : content.replace("\uFEFF", "");
        return text.split("\r\n|\r|\n", -1);
    }
}
