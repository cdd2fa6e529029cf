package id.kalbarprov.loket.core.auth;

import java.util.List;
import java.util.Optional;

/**
 * What {@link OperatorService} needs from the store. Every write runs in one transaction that also
 * appends the audit entry (before/after from {@link Operator#auditFields()}, never the hash) and
 * checks the optimistic version, throwing {@link id.kalbarprov.loket.core.validation.ConcurrentChangeException} when someone else changed it.
 */
public interface OperatorStorePort {

    long count();

    List<Operator> all();

    Optional<Operator> find(long id);

    Optional<Operator> findByUsername(String username);

    Optional<String> passwordHash(long id);

    /** Inserts the operator (its id and version are ignored) and returns it as stored. */
    Operator insert(Operator operator, String passwordHash, String actorLabel, String action);

    /**
     * Writes {@code after} where the stored row still has {@code before.version()}; a non-null
     * {@code newPasswordHash} replaces the hash. {@code action} names the audit entry; null writes
     * no audit entry (failed-attempt counters). Returns the stored row.
     */
    Operator update(Operator before, Operator after, String newPasswordHash, String actorLabel, String action);

    /**
     * An administrator's change of {@code before} (roles, active, password reset), as
     * {@link #update} but atomic with two checks made inside the same write transaction, after the
     * write: an active administrator still exists (else {@link LastAdminException}) and
     * {@code actor.require(MANAGE_OPERATORS)} still holds (re-read); on either failure nothing is saved.
     */
    Operator adminUpdate(Actor actor, Operator before, Operator after, String newPasswordHash, String action);

    /** The operator's current active flag and roles (an indexed read); used by live actors. */
    default java.util.Optional<LiveRights.Standing> standing(long id) {
        return find(id).map(o -> new LiveRights.Standing(o.active(), o.roles()));
    }
}
