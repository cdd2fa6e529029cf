package id.kalbarprov.loket.store;

/** A store failure that is not the user's fault (disk, corruption, a bug). Logged, never shown raw. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
