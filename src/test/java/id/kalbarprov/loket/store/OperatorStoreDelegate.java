package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.LiveRights;
import id.kalbarprov.loket.core.auth.Operator;
import id.kalbarprov.loket.core.auth.OperatorStorePort;
import java.util.List;
import java.util.Optional;

/** Passes everything to the real store; tests override one method to add a pause. */
class OperatorStoreDelegate implements OperatorStorePort {

    private final OperatorStorePort d;

    OperatorStoreDelegate(OperatorStorePort d) {
        this.d = d;
    }

    @Override
    public long count() {
        return d.count();
    }

    @Override
    public List<Operator> all() {
        return d.all();
    }

    @Override
    public Optional<Operator> find(long id) {
        return d.find(id);
    }

    @Override
    public Optional<Operator> findByUsername(String username) {
        return d.findByUsername(username);
    }

    @Override
    public Optional<String> passwordHash(long id) {
        return d.passwordHash(id);
    }

    @Override
    public Operator insert(Operator operator, String passwordHash, String actorLabel, String action) {
        return d.insert(operator, passwordHash, actorLabel, action);
    }

    @Override
    public Operator update(Operator before, Operator after, String newPasswordHash, String actorLabel, String action) {
        return d.update(before, after, newPasswordHash, actorLabel, action);
    }

    @Override
    public Operator adminUpdate(Actor actor, Operator before, Operator after, String newPasswordHash, String action) {
        return d.adminUpdate(actor, before, after, newPasswordHash, action);
    }

    @Override
    public Optional<LiveRights.Standing> standing(long id) {
        return d.standing(id);
    }
}
