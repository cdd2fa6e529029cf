package id.kalbarprov.loket.core.database;

/**
 * Tells when the database changed, here or at another desk, so the screens can show it without a
 * refresh button. Listeners are called on a background thread, at most a few times a second.
 */
public interface DatabaseChanges {

    /** Calls {@code onChange} after each batch of committed changes; the returned action unsubscribes. */
    Runnable subscribe(Runnable onChange);

    /**
     * Calls {@code onReachable} with false when the database (a server) stops answering and with true
     * when it answers again; the returned action unsubscribes.
     */
    Runnable watchConnection(java.util.function.Consumer<Boolean> onReachable);
}
