package id.kalbarprov.loket.core.auth;

/** An operator tried something none of their roles allows; nothing was done. */
public class AccessDeniedException extends RuntimeException {

    private final Permission permission;

    public AccessDeniedException(Actor actor, Permission permission) {
        super(actor.username() + " lacks " + permission);
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
