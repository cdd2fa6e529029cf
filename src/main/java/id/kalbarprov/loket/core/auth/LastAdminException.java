package id.kalbarprov.loket.core.auth;

/**
 * Thrown by the store when a change would leave no active administrator, checked inside the same
 * write transaction as the change (so two workstations cannot each remove the other); nothing saved.
 */
public class LastAdminException extends RuntimeException {

    public LastAdminException(long operatorId) {
        super("no active administrator would remain after changing operator " + operatorId);
    }
}
