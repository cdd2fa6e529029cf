package id.kalbarprov.loket.core.auth;

import java.util.Optional;
import java.util.Set;

/**
 * Reads an operator's rights as they stand now in the database (a cheap read by primary key), so a
 * deactivation or a change of roles by an administrator takes effect at the operator's very next
 * action, not at their next sign-in. See docs/decisions/0012-live-permissions.md.
 */
@FunctionalInterface
public interface LiveRights {

    /** The operator's current standing; empty when no such operator exists. */
    Optional<Standing> current(long operatorId);

    /** Whether the operator may still sign in, and the roles they hold now. */
    record Standing(boolean active, Set<Role> roles) {
        public Standing {
            roles = Set.copyOf(roles);
        }
    }
}
