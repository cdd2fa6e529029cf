package id.kalbarprov.loket.core.processing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Host names (dinkes.kalbarprov.go.id) and mailboxes (sekretariat@dinkes.kalbarprov.go.id). */
public final class Addresses {

    public static final String HOST_NAME = "validation.hostName";
    public static final String MAILBOX = "validation.mailbox";
    public static final String MAILBOX_IN = "validation.mailboxIn";

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TLD = Pattern.compile("[a-z]{2,63}");
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

    private Addresses() {
    }

    /** Lower case, without spaces and a trailing dot. */
    public static String normalizeHost(String host) {
        if (host == null) {
            return null;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /** A fully qualified host name: two or more labels of letters, digits and inner hyphens, a letter TLD. */
    public static boolean isHostName(String raw) {
        String host = normalizeHost(raw);
        if (host == null || host.isEmpty() || host.length() > 253) {
            return false;
        }
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String l : labels) {
            if (!LABEL.matcher(l).matches()) {
                return false;
            }
        }
        return TLD.matcher(labels[labels.length - 1]).matches();
    }

    /** local@host with a dot-atom local part (at most 64 characters) and a valid host name. */
    public static boolean isMailbox(String raw) {
        if (raw == null) {
            return false;
        }
        String m = raw.strip();
        int at = m.lastIndexOf('@');
        if (at <= 0 || at != m.indexOf('@')) {
            return false;
        }
        String local = m.substring(0, at);
        return local.length() <= 64 && LOCAL.matcher(local).matches() && isHostName(m.substring(at + 1))
                && !m.substring(at + 1).endsWith(".");
    }

    /** Mailboxes typed one per line or separated by commas/semicolons/spaces. */
    public static List<String> splitMailboxes(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split("[\\s,;]+")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
