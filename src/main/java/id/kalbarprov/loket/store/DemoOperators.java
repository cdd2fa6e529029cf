package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.auth.Operator;
import id.kalbarprov.loket.core.auth.Role;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The people the demo data names (the Analis and Pelaksana of its workflow, "demo" for the desk that
 * registered and issued) as operators with their full names, so that a demo database shows people by
 * name, as a real one does (issue 13 item 7). They are inactive and have no password: nobody can sign
 * in as them, and a new demo database still opens on "create the first administrator".
 */
public final class DemoOperators {

    /** One demo person: the username the demo rows carry, the name shown, the roles. */
    record Person(String username, String fullName, Set<Role> roles) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("demo", "Petugas Contoh", Set.of(Role.PETUGAS_LOKET)),
            new Person("andi", "Andi Pratama", Set.of(Role.ANALIS)),
            new Person("siti", "Siti Rahmawati", Set.of(Role.ANALIS)),
            new Person("yuliana", "Yuliana Lestari", Set.of(Role.ANALIS)),
            new Person("budi", "Budi Santoso", Set.of(Role.PELAKSANA)),
            new Person("dedi", "Dedi Kurniawan", Set.of(Role.PELAKSANA)),
            new Person("rina", "Rina Wijaya", Set.of(Role.PELAKSANA)),
            new Person("hendra", "Hendra Gunawan", Set.of(Role.PELAKSANA)));

    private DemoOperators() {
    }

    /**
     * Adds each demo person whose username is not taken yet (a real operator of that name is left as
     * it is), audited like any new operator. Returns how many were added.
     */
    public static int write(Database db, LocalDateTime at) {
        OperatorStore store = new OperatorStore(db);
        int added = 0;
        for (Person p : PEOPLE) {
            if (store.findByUsername(p.username()).isEmpty()) {
                // No password hash: PasswordHasher.matches refuses anything that is not an Argon2id hash.
                store.insert(new Operator(0, p.username(), p.fullName(), p.roles(), false, 0, null, false,
                        at.withNano(0), 1), "", "demo", "create");
                added++;
            }
        }
        return added;
    }
}
