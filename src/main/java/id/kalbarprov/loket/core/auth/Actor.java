package id.kalbarprov.loket.core.auth;

import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in operator on whose behalf a service acts; recorded in history and audit.
 * {@code roles} are those at sign-in (what the screens show). When {@code live} is set (every
 * signed-in operator), {@link #require} re-reads the operator's current active flag and roles, so a
 * deactivation or a role change by an administrator refuses the very next action.
 */
public record Actor(long id, String username, String fullName, Set<Role> roles, LiveRights live) {

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** An actor whose rights are fixed (tests, commands run by the system). */
    public Actor(long id, String username, String fullName, Set<Role> roles) {
        this(id, username, fullName, roles, null);
    }

    /** This operator, checked against {@code source} at every {@link #require}. */
    public Actor withLive(LiveRights source) {
        return new Actor(id, username, fullName, roles, source);
    }

    /** As at sign-in (or the last refresh): for showing and hiding things, never for enforcing. */
    public boolean can(Permission p) {
        return grants(roles, p);
    }

    /**
     * Throws unless this operator, as they stand now, holds a role granting {@code p}:
     * {@link OperatorInactiveException} when they were deactivated meanwhile,
     * {@link AccessDeniedException} when no role they hold now grants it.
     */
    public void require(Permission p) {
        Set<Role> now = roles;
        if (live != null) {
            LiveRights.Standing s = live.current(id).orElse(null);
            if (s == null || !s.active()) {
                throw new OperatorInactiveException(this, p);
            }
            now = s.roles();
        }
        if (!grants(now, p)) {
            throw new AccessDeniedException(this, p);
        }
    }

    /** "Budi Santoso (budi)", as history rows show who did it. */
    public String label() {
        return fullName + " (" + username + ")";
    }

    private static boolean grants(Set<Role> roles, Permission p) {
        return roles.stream().anyMatch(r -> r.permissions().contains(p));
    }
}
