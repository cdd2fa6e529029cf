package id.kalbarprov.loket.core.complaints;

/** Someone else changed the complaint since it was loaded (version differs); nothing was written. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(long id) {
        super("complaint " + id + " changed by someone else");
    }
}
