package id.kalbarprov.loket.store;

import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * A {@code request_history} row carried in the audit entry of the letter it belongs to (issue 12), and
 * likewise a {@code complaint_history} row in its complaint's entry:
 * key {@code history.<n>} (the row's place among the letter's rows, 0 for the registration), value
 * its columns joined by U+001F. {@code check} compares every row with it, not only their number.
 */
final class HistoryAudit {

    static final String PREFIX = "history.";
    static final char SEP = '\u001f';
    /** Stands for SQL NULL inside the joined value. */
    static final String NULL = "\u0000";
    static final String[] COLUMNS = {"at", "actor", "from_state", "to_state", "note"};

    private HistoryAudit() {
    }

    /** Puts the row at {@code position} into {@code after}. */
    static void put(Map<String, Object> after, long position, String at, String actor, String from, String to,
                    String note) {
        StringBuilder b = new StringBuilder();
        String[] values = {at, actor, from, to, note};
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(SEP);
            }
            b.append(values[i] == null ? NULL : escape(values[i]));
        }
        after.put(PREFIX + position, b.toString());
    }

    /** The letter's history rows so far: the place of the next one. */
    static long next(Handle h, long letterId) {
        return next(h, "request_history", "letter_id", letterId);
    }

    /** The rows of {@code table} whose {@code column} is {@code id} so far: the place of the next one. */
    static long next(Handle h, String table, String column, long id) {
        return h.createQuery("SELECT count(*) FROM " + table + " WHERE " + column + " = ?").bind(0, id)
                .mapTo(Long.class).one();
    }

    /** A value's own backslashes, separators and NULs kept apart from the joining ones. */
    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace(String.valueOf(SEP), "\\s").replace(NULL, "\\0");
    }

    /** The columns of a joined value (null where NULL was stored). */
    static String[] split(String joined) {
        String[] out = new String[COLUMNS.length];
        int column = 0;
        StringBuilder b = new StringBuilder();
        boolean isNull = false;
        for (int i = 0; i <= joined.length(); i++) {
            char c = i < joined.length() ? joined.charAt(i) : SEP;
            if (c == SEP) {
                if (column < out.length) {
                    out[column++] = isNull ? null : b.toString();
                }
                b.setLength(0);
                isNull = false;
            } else if (c == NULL.charAt(0)) {
                isNull = true;
            } else if (c == '\\' && i + 1 < joined.length()) {
                char e = joined.charAt(++i);
                b.append(e == 's' ? SEP : e == '0' ? NULL.charAt(0) : e);
            } else {
                b.append(c);
            }
        }
        return out;
    }
}
