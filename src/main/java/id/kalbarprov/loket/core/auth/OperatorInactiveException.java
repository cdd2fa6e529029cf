package id.kalbarprov.loket.core.auth;

/**
 * The operator was deactivated (by an administrator, possibly on another workstation) after signing
 * in; nothing was done. The app signs them out.
 */
public class OperatorInactiveException extends AccessDeniedException {

    public OperatorInactiveException(Actor actor, Permission permission) {
        super(actor, permission);
    }
}
