package id.kalbarprov.loket.core.auth;

/**
 * An operator as people see them: the full name, with the username kept for what is stored
 * (who reviews or processes a request). Shown by full name everywhere (issue 13).
 */
public record Person(String username, String fullName) {

    /** The full name, or the username when no operator of that name is known (old or demo rows). */
    public String name() {
        return fullName == null || fullName.isBlank() ? username : fullName;
    }

    /**
     * The full name in an actor as history and audit rows record it ("Budi Santoso (budi)" → "Budi
     * Santoso"); any other text as it is.
     */
    public static String nameOf(String recorded) {
        if (recorded == null) {
            return null;
        }
        int open = recorded.lastIndexOf(" (");
        return open > 0 && recorded.endsWith(")") && recorded.indexOf(' ', open + 2) < 0
                ? recorded.substring(0, open) : recorded;
    }

    @Override
    public String toString() {
        return name();
    }
}
