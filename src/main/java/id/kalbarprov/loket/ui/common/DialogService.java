package id.kalbarprov.loket.ui.common;

/** Every dialog and notification goes through here, so tests can stand in. */
public interface DialogService {

    /** A problem the user can act on, in plain words. */
    void error(String title, String message);

    /** An unexpected failure: a friendly message for the user, the details go to the log. */
    void unexpected(Throwable error);

    void info(String title, String message);

    /** Asks a yes/no question; true for yes. */
    boolean confirm(String title, String message);
}
