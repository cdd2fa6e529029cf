package id.kalbarprov.loket.store;

/** LIKE patterns for text a user typed: % and _ are letters to look for, not wildcards. */
final class Like {

    /**
     * Goes after each {@code LIKE ?} built with {@link #containing}. The escape character is '!',
     * not a backslash: Jdbi's statement parser reads a backslash inside quotes as an escape.
     */
    static final String ESCAPE = " ESCAPE '!'";

    private Like() {
    }

    /** The pattern matching any value that contains {@code text} as typed. */
    static String containing(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
