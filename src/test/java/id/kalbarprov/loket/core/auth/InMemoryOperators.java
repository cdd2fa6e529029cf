package id.kalbarprov.loket.core.auth;

import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A port double that behaves like the store (version check, audit count) for millisecond core tests. */
final class InMemoryOperators implements OperatorStorePort {

    final Map<Long, Operator> rows = new TreeMap<>();
    final Map<Long, String> hashes = new TreeMap<>();
    final List<String> audit = new ArrayList<>();
    private long nextId = 1;

    @Override
    public long count() {
        return rows.size();
    }

    @Override
    public List<Operator> all() {
        return List.copyOf(rows.values());
    }

    @Override
    public Optional<Operator> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Operator> findByUsername(String username) {
        return rows.values().stream().filter(o -> o.username().equalsIgnoreCase(username)).findFirst();
    }

    @Override
    public Optional<String> passwordHash(long id) {
        return Optional.ofNullable(hashes.get(id));
    }

    @Override
    public Operator insert(Operator op, String passwordHash, String actorLabel, String action) {
        long id = nextId++;
        Operator stored = new Operator(id, op.username(), op.fullName(), op.roles(), op.active(), 0, null,
                op.mustChangePassword(), op.createdAt(), 1);
        rows.put(id, stored);
        hashes.put(id, passwordHash);
        audit.add(action + " " + id + " by " + actorLabel);
        return stored;
    }

    @Override
    public Operator update(Operator before, Operator after, String newPasswordHash, String actorLabel, String action) {
        Operator cur = rows.get(before.id());
        if (cur == null || cur.version() != before.version()) {
            throw new ConcurrentChangeException("operator", before.id());
        }
        Operator stored = new Operator(cur.id(), cur.username(), after.fullName(), after.roles(), after.active(),
                after.failedAttempts(), after.lockedUntil(), after.mustChangePassword(), cur.createdAt(),
                cur.version() + (action == null ? 0 : 1));
        rows.put(cur.id(), stored);
        if (newPasswordHash != null) {
            hashes.put(cur.id(), newPasswordHash);
        }
        if (action != null) {
            audit.add(action + " " + cur.id() + " by " + actorLabel);
        }
        return stored;
    }

    @Override
    public Operator adminUpdate(Actor actor, Operator before, Operator after, String newPasswordHash, String action) {
        var saved = new java.util.TreeMap<>(rows);
        var savedHashes = new java.util.TreeMap<>(hashes);
        Optional<LiveRights.Standing> actorNow = standing(actor.id());
        Operator stored = update(before, after, newPasswordHash, actor.label(), action);
        try {
            if (rows.values().stream().noneMatch(o -> o.active() && o.isAdmin())) {
                throw new LastAdminException(before.id());
            }
            actor.withLive(id -> actorNow).require(Permission.MANAGE_OPERATORS);
        } catch (RuntimeException e) {
            rows.clear();
            rows.putAll(saved);
            hashes.clear();
            hashes.putAll(savedHashes);
            audit.remove(audit.size() - 1);
            throw e;
        }
        return stored;
    }
}
