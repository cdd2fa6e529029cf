package id.kalbarprov.loket.ui.common;

/** Every dialog and notification goes through here, so tests can stand in. */
public interface DialogService {

    /** A problem the user can act on, in plain words. */
    void error(String title, String message);

    /** An unexpected failure: a friendly message for the user, the details go to the log. */
    void unexpected(Throwable error);

    void info(String title, String message);

    /**
     * Asks a yes/no question; true for yes. The safe answer is the default: Enter (or Esc) answers
     * no, so a question is never agreed to by a key pressed out of habit.
     */
    boolean confirm(String title, String message);

    /**
     * Asks before an action that cannot be undone: {@code message} says what will happen in words,
     * {@code action} names the button that does it ("Tolak permohonan"); "Batal" is the default
     * answer. True when the action was chosen.
     */
    default boolean confirm(String title, String message, String action) {
        return confirm(title, message);
    }

    /**
     * Shows a letter's pages full size ({@link PageViewer}: fit width, 100 %, zoom, page by page) in a
     * window over the app, until the user closes it (Esc). {@code pages} are rendered at
     * {@link PageViewer#RENDER_DPI}.
     */
    void pages(String title, java.util.List<java.awt.image.BufferedImage> pages);
}
