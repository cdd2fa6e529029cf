package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import java.util.Set;

/**
 * Who a command acts as. Commands run on the server by whoever may open the database file, so they act
 * as the command itself, with the one role the work needs; history and audit entries name the command.
 */
final class SystemActors {

    private SystemActors() {
    }

    static Actor command(String name, Role role) {
        return new Actor(0, name, "Perintah " + name, Set.of(role));
    }
}
