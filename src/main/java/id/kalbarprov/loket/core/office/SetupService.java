package id.kalbarprov.loket.core.office;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/** The setup checklist for the Admin's Beranda: only those who can change settings see it. */
public final class SetupService {

    private final Function<Actor, SetupChecklist.Facts> facts;
    private final Clock clock;

    /** {@code facts}: what the store and the file system say now, read with the Admin's rights. */
    public SetupService(Function<Actor, SetupChecklist.Facts> facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    /** The checklist, or empty for an operator who is no Admin (nothing to show them). */
    public Optional<SetupChecklist> checklist(Actor actor) {
        if (!actor.can(Permission.MANAGE_SETTINGS) || !actor.can(Permission.MANAGE_OPERATORS)) {
            return Optional.empty();
        }
        return Optional.of(SetupChecklist.of(facts.apply(actor), LocalDate.now(clock)));
    }
}
