package id.kalbarprov.loket.core.auth;

import java.util.EnumSet;
import java.util.Set;

/** The signed-in operator on whose behalf a service acts; recorded in history and audit. */
public record Actor(long id, String username, String fullName, Set<Role> roles) {

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean can(Permission p) {
        return roles.stream().anyMatch(r -> r.permissions().contains(p));
    }

    /** Throws {@link AccessDeniedException} unless this operator holds a role granting {@code p}. */
    public void require(Permission p) {
        if (!can(p)) {
            throw new AccessDeniedException(this, p);
        }
    }

    /** "Budi Santoso (budi)", as history rows show who did it. */
    public String label() {
        return fullName + " (" + username + ")";
    }
}
