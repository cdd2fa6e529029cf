package id.kalbarprov.loket.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A signed-in operator's rights are read at every check, not kept from sign-in. */
class LiveActorTest {

    static final PasswordHasher CHEAP = new PasswordHasher(1024, 1, 1);
    InMemoryOperators store;
    OperatorService service;
    Actor admin;

    @BeforeEach
    void setUp() {
        store = new InMemoryOperators();
        service = new OperatorService(store, CHEAP, () -> SecurityPolicy.DEFAULT, Clock.systemDefaultZone());
        admin = service.createFirstAdministrator("admin", "Siti", "rahasia-kantor");
    }

    private Actor signIn(Set<Role> roles) {
        var created = service.create(admin, "budi", "Budi", roles, "sandi-budi-1");
        service.changeOwnPassword(created.operator().actor(), "sandi-budi-1", "sandi-budi-2");
        return service.signIn("budi", "sandi-budi-2").actor();
    }

    private Operator budi() {
        return store.findByUsername("budi").orElseThrow();
    }

    @Test
    void aRoleRemovedAfterSignInIsRefusedAtTheNextCheck() {
        Actor budi = signIn(Set.of(Role.PETUGAS_LOKET, Role.ANALIS));
        budi.require(Permission.REGISTER_LETTER);
        service.update(admin, budi().id(), budi().version(), "Budi", Set.of(Role.ANALIS));
        assertThat(budi.can(Permission.REGISTER_LETTER)).as("what the screens showed at sign-in").isTrue();
        assertThatThrownBy(() -> budi.require(Permission.REGISTER_LETTER))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.permission()).isEqualTo(Permission.REGISTER_LETTER));
        budi.require(Permission.REVIEW_REQUEST);
    }

    @Test
    void aRoleGivenAfterSignInWorksAtOnce() {
        Actor budi = signIn(Set.of(Role.PETUGAS_LOKET));
        assertThatThrownBy(() -> budi.require(Permission.PROCESS_REQUEST)).isInstanceOf(AccessDeniedException.class);
        service.update(admin, budi().id(), budi().version(), "Budi", Set.of(Role.PETUGAS_LOKET, Role.PELAKSANA));
        budi.require(Permission.PROCESS_REQUEST);
        assertThat(service.refresh(budi).orElseThrow().can(Permission.PROCESS_REQUEST)).isTrue();
    }

    @Test
    void aDeactivatedOperatorIsRefusedEverythingEvenTheirOwnPassword() {
        Actor budi = signIn(Set.of(Role.PETUGAS_LOKET));
        service.setActive(admin, budi().id(), budi().version(), false);
        assertThatThrownBy(() -> budi.require(Permission.REGISTER_LETTER))
                .isInstanceOf(OperatorInactiveException.class);
        assertThatThrownBy(() -> service.changeOwnPassword(budi, "sandi-budi-2", "sandi-budi-3"))
                .isInstanceOf(OperatorInactiveException.class);
        assertThat(service.refresh(budi)).isEmpty();
    }

    @Test
    void anActorWithoutALiveSourceKeepsItsRoles() {
        Actor fixed = new Actor(99, "sistem", "Sistem", Set.of(Role.ADMIN));
        fixed.require(Permission.MANAGE_SETTINGS);
        assertThatThrownBy(() -> fixed.require(Permission.ISSUE_LETTER)).isInstanceOf(AccessDeniedException.class);
    }
}
