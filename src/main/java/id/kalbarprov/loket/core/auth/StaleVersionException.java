package id.kalbarprov.loket.core.auth;

/** Someone else changed the record since it was read; nothing was saved. Reload and try again. */
public class StaleVersionException extends RuntimeException {
    public StaleVersionException(String what) {
        super(what + " was changed by someone else");
    }
}
