package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Operator;
import id.kalbarprov.loket.core.auth.OperatorInactiveException;
import id.kalbarprov.loket.core.auth.OperatorService;
import id.kalbarprov.loket.core.auth.PasswordHasher;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.validation.ValidationException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * Two workstations (two Database objects on one file): what an administrator changes at one takes
 * effect at the other operator's very next action, and the last administrator cannot be removed by
 * two administrators acting at once.
 */
@OnBothBackends
class LivePermissionsTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    Database adminDesk;
    Database clerkDesk;
    OperatorService adminSide;
    OperatorService clerkSide;
    Actor admin;

    @BeforeEach
    void setUp() {
        DbLocation shared = backend.location(dir);
        adminDesk = Database.open(shared);
        clerkDesk = Database.open(shared);
        adminSide = service(adminDesk);
        clerkSide = service(clerkDesk);
        admin = adminSide.createFirstAdministrator("admin", "Siti Admin", "rahasia-kantor");
    }

    static OperatorService service(Database db) {
        return new OperatorService(new OperatorStore(db), new PasswordHasher(1024, 1, 1),
                () -> OperatorStore.policy(new SettingsStore(db)), Clock.systemDefaultZone());
    }

    private Actor signedInClerk(Set<Role> roles) {
        adminSide.create(admin, "budi", "Budi Santoso", roles, "sandi-budi-1");
        Operator b = operator("budi");
        // the first sign-in forces a password change; take the row as it is after that
        clerkSide.changeOwnPassword(b.actor(), "sandi-budi-1", "sandi-budi-2");
        return clerkSide.signIn("budi", "sandi-budi-2").actor();
    }

    private Operator operator(String username) {
        return new OperatorStore(adminDesk).findByUsername(username).orElseThrow();
    }

    private long letters() {
        return clerkDesk.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM letter").mapTo(Long.class).one());
    }

    @Test
    void aDeactivatedOperatorsNextActionIsRefusedAndNothingIsSaved() {
        Actor budi = signedInClerk(Set.of(Role.PETUGAS_LOKET));
        var intake = TwoInstancesTest.intake(clerkDesk);
        intake.register(TwoInstancesTest.draft(clerkDesk, "001/A/2026"), budi, false);
        assertThat(letters()).isEqualTo(1);

        Operator b = operator("budi");
        adminSide.setActive(admin, b.id(), b.version(), false);
        long auditRows = auditRows();

        assertThatThrownBy(() -> intake.register(TwoInstancesTest.draft(clerkDesk, "002/A/2026"), budi, false))
                .isInstanceOf(OperatorInactiveException.class);
        assertThat(letters()).isEqualTo(1);
        assertThat(auditRows()).isEqualTo(auditRows);
        assertThat(clerkSide.refresh(budi)).isEmpty();
    }

    @Test
    void aRemovedRoleIsRefusedAtTheNextActionNamingTheRight() {
        Actor budi = signedInClerk(Set.of(Role.PETUGAS_LOKET, Role.ANALIS));
        var intake = TwoInstancesTest.intake(clerkDesk);
        Operator b = operator("budi");
        adminSide.update(admin, b.id(), b.version(), "Budi Santoso", Set.of(Role.ANALIS));

        assertThatThrownBy(() -> intake.register(TwoInstancesTest.draft(clerkDesk, "001/A/2026"), budi, false))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.permission()).isEqualTo(Permission.REGISTER_LETTER))
                .isNotInstanceOf(OperatorInactiveException.class);
        assertThat(letters()).isZero();
        // the screens ask for the fresh operator: Analis only now
        assertThat(clerkSide.refresh(budi).orElseThrow().roles()).containsExactly(Role.ANALIS);

        // and a role given back works at once, without signing in again
        Operator again = operator("budi");
        adminSide.update(admin, again.id(), again.version(), "Budi Santoso", Set.of(Role.ANALIS, Role.PETUGAS_LOKET));
        intake.register(TwoInstancesTest.draft(clerkDesk, "001/A/2026"), budi, false);
        assertThat(letters()).isEqualTo(1);
    }

    @Test
    void aDeactivatedAdministratorCannotManageOperatorsFromTheOtherDesk() {
        adminSide.create(admin, "dewi", "Dewi Admin", Set.of(Role.ADMIN), "sandi-dewi-1");
        Operator d = operator("dewi");
        clerkSide.changeOwnPassword(d.actor(), "sandi-dewi-1", "sandi-dewi-2");
        Actor dewi = clerkSide.signIn("dewi", "sandi-dewi-2").actor();
        Operator siti = operator("admin");
        clerkSide.setActive(admin, operator("dewi").id(), operator("dewi").version(), false);

        assertThatThrownBy(() -> clerkSide.update(dewi, siti.id(), siti.version(), "Diubah", Set.of(Role.ADMIN)))
                .isInstanceOf(OperatorInactiveException.class);
        assertThat(operator("admin").fullName()).isEqualTo("Siti Admin");
    }

    /**
     * Both administrators pass the service's own check ("another active administrator exists")
     * before either writes: only the check inside the write transaction can stop the second.
     */
    @Test
    void twoAdministratorsRemovingEachOthersAdminRoleAtOnceExactlyOneWins() throws Exception {
        adminSide.create(admin, "dewi", "Dewi Admin", Set.of(Role.ADMIN), "sandi-dewi-1");
        Operator d0 = operator("dewi");
        clerkSide.changeOwnPassword(d0.actor(), "sandi-dewi-1", "sandi-dewi-2");
        Actor dewi = clerkSide.signIn("dewi", "sandi-dewi-2").actor();
        CyclicBarrier bothChecked = new CyclicBarrier(2);
        OperatorService siteA = new OperatorService(new Racing(adminDesk, bothChecked), new PasswordHasher(1024, 1, 1),
                () -> OperatorStore.policy(new SettingsStore(adminDesk)), Clock.systemDefaultZone());
        OperatorService siteB = new OperatorService(new Racing(clerkDesk, bothChecked), new PasswordHasher(1024, 1, 1),
                () -> OperatorStore.policy(new SettingsStore(clerkDesk)), Clock.systemDefaultZone());
        Actor siti = adminSide.live(admin);
        Operator sitiRow = operator("admin");
        Operator dewiRow = operator("dewi");

        List<Object> outcomes = race(
                () -> siteA.update(siti, dewiRow.id(), dewiRow.version(), "Dewi Admin", Set.of(Role.ANALIS)),
                () -> siteB.update(dewi, sitiRow.id(), sitiRow.version(), "Siti Admin", Set.of(Role.ANALIS)));

        assertThat(outcomes).filteredOn(o -> o instanceof Operator).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof ValidationException v && v.violations().stream()
                .anyMatch(x -> x.key().equals(OperatorService.LAST_ADMIN))).hasSize(1);
        assertThat(new OperatorStore(adminDesk).all()).filteredOn(o -> o.active() && o.isAdmin()).hasSize(1);
        assertThat(AuditLog.verify(adminDesk.jdbi()).ok()).isTrue();
    }

    @Test
    void twoAdministratorsDeactivatingEachOtherAtOnceLeaveOneActiveAdministrator() throws Exception {
        for (int round = 0; round < 5; round++) {
            String name = "dewi" + round;
            adminSide.create(admin, name, "Dewi " + round, Set.of(Role.ADMIN), "sandi-dewi-1");
            Operator d0 = operator(name);
            clerkSide.changeOwnPassword(d0.actor(), "sandi-dewi-1", "sandi-dewi-2");
            Actor dewi = clerkSide.signIn(name, "sandi-dewi-2").actor();
            Actor siti = adminSide.live(admin);
            Operator sitiRow = operator("admin");
            Operator dewiRow = operator(name);
            // no barrier: whichever order the two desks happen to run in
            List<Object> outcomes = race(
                    () -> adminSide.setActive(siti, dewiRow.id(), dewiRow.version(), false),
                    () -> clerkSide.setActive(dewi, sitiRow.id(), sitiRow.version(), false));
            assertThat(outcomes).filteredOn(o -> o instanceof Operator).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof ValidationException || o instanceof AccessDeniedException)
                    .hasSize(1);
            assertThat(new OperatorStore(adminDesk).all()).filteredOn(o -> o.active() && o.isAdmin()).hasSize(1);
            if (!operator("admin").active()) {
                return; // Dewi won this round; Siti can act no more
            }
        }
    }

    private long auditRows() {
        return adminDesk.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log").mapTo(Long.class).one());
    }

    /** Runs both at once on two threads; each outcome is the result or the exception thrown. */
    private static List<Object> race(java.util.function.Supplier<Object> a, java.util.function.Supplier<Object> b)
            throws Exception {
        List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier start = new CyclicBarrier(2);
        List<Thread> threads = new ArrayList<>();
        for (var work : List.of(a, b)) {
            Thread t = new Thread(() -> {
                try {
                    start.await(10, TimeUnit.SECONDS);
                    outcomes.add(work.get());
                } catch (Exception e) {
                    outcomes.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(30_000);
        }
        assertThat(outcomes).hasSize(2);
        return outcomes;
    }

    /** The real store, but each administrator's write waits until both have passed the service's checks. */
    private static final class Racing extends OperatorStoreDelegate {
        private final CyclicBarrier bothChecked;

        Racing(Database db, CyclicBarrier bothChecked) {
            super(new OperatorStore(db));
            this.bothChecked = bothChecked;
        }

        @Override
        public Operator adminUpdate(Actor actor, Operator before, Operator after, String hash, String action) {
            try {
                bothChecked.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return super.adminUpdate(actor, before, after, hash, action);
        }
    }
}
