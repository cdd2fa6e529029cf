package id.kalbarprov.loket.core.auth;

/** Where the sign-in settings live (the setting table). */
public interface SecuritySettingsPort {

    /** The settings as stored; a missing or unreadable value is its default. */
    SecurityPolicy load();

    /**
     * Saves all three in one transaction with an audit entry (before/after). Inside that write
     * transaction {@code actor.require(MANAGE_SETTINGS)} is checked again, so an administrator
     * demoted a moment ago on another workstation saves nothing.
     */
    void save(SecurityPolicy policy, Actor actor);
}
