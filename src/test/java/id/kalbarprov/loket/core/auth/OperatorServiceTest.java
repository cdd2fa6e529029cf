package id.kalbarprov.loket.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.validation.ValidationException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OperatorServiceTest {

    /** Argon2id with a small memory cost so the core tests stay fast; the policy is the same. */
    static final PasswordHasher CHEAP = new PasswordHasher(1024, 1, 1);

    InMemoryOperators store;
    MutableClock clock;
    OperatorService service;
    Actor admin;

    @BeforeEach
    void setUp() {
        store = new InMemoryOperators();
        clock = new MutableClock(LocalDateTime.of(2026, 11, 23, 10, 0));
        service = new OperatorService(store, CHEAP, () -> SecurityPolicy.DEFAULT, clock);
        admin = service.createFirstAdministrator("Admin", "Siti Admin", "rahasia-kantor");
    }

    private Operator op(String username) {
        return store.findByUsername(username).orElseThrow();
    }

    @Test
    void firstAdministratorOnlyOnAnEmptyDatabase() {
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.username()).isEqualTo("admin");
        assertThat(service.needsFirstAdministrator()).isFalse();
        assertThatThrownBy(() -> service.createFirstAdministrator("kedua", "Kedua", "rahasia-kantor"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.count()).isEqualTo(1);
        assertThat(new OperatorService(new InMemoryOperators(), CHEAP, () -> SecurityPolicy.DEFAULT, clock)
                .needsFirstAdministrator()).isTrue();
    }

    @Test
    void passwordPolicyOnFirstAdministrator() {
        var fresh = new OperatorService(new InMemoryOperators(), CHEAP, () -> SecurityPolicy.DEFAULT, clock);
        assertThatThrownBy(() -> fresh.createFirstAdministrator("admin", "A", "pendek"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .anyMatch(v -> v.field().equals("password") && v.key().equals(OperatorService.PW_SHORT)));
        assertThatThrownBy(() -> fresh.createFirstAdministrator("administrator", "A", "Administrator"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .anyMatch(v -> v.key().equals(OperatorService.PW_USERNAME)));
        assertThat(fresh.needsFirstAdministrator()).isTrue();
    }

    @Test
    void signInWithTheRightPasswordGivesTheOperatorWithRoles() {
        service.create(admin, "budi", "Budi Santoso", Set.of(Role.PETUGAS_LOKET, Role.ANALIS), "sandi-budi-1");
        OperatorService.SignIn s = service.signIn("BUDI ", "sandi-budi-1");
        assertThat(s.actor().fullName()).isEqualTo("Budi Santoso");
        assertThat(s.actor().roles()).containsExactlyInAnyOrder(Role.PETUGAS_LOKET, Role.ANALIS);
        assertThat(s.mustChangePassword()).isTrue();
    }

    @Test
    void wrongPasswordAndUnknownUsernameGiveTheSameMessage() {
        assertThatThrownBy(() -> service.signIn("admin", "salah-sandi"))
                .isInstanceOfSatisfying(SignInException.class, e -> assertThat(e.key()).isEqualTo(SignInException.WRONG));
        assertThatThrownBy(() -> service.signIn("tidakada", "salah-sandi"))
                .isInstanceOfSatisfying(SignInException.class, e -> assertThat(e.key()).isEqualTo(SignInException.WRONG));
    }

    @Test
    void fiveFailuresLockForFifteenMinutesEvenWithTheRightPasswordThenTheLockExpires() {
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> service.signIn("admin", "salah"))
                    .isInstanceOfSatisfying(SignInException.class, e -> assertThat(e.key()).isEqualTo(SignInException.WRONG));
        }
        LocalDateTime until = LocalDateTime.of(2026, 11, 23, 10, 15);
        assertThatThrownBy(() -> service.signIn("admin", "salah"))
                .isInstanceOfSatisfying(SignInException.class, e -> {
                    assertThat(e.key()).isEqualTo(SignInException.LOCKED);
                    assertThat(e.args()).containsExactly(until);
                });
        assertThat(store.audit).anyMatch(a -> a.startsWith("lock 1"));
        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> service.signIn("admin", "rahasia-kantor"))
                .isInstanceOfSatisfying(SignInException.class, e -> assertThat(e.key()).isEqualTo(SignInException.LOCKED));
        clock.advance(Duration.ofMinutes(1));
        assertThat(service.signIn("admin", "rahasia-kantor").actor().id()).isEqualTo(admin.id());
        assertThat(op("admin").failedAttempts()).isZero();
        assertThat(op("admin").lockedUntil()).isNull();
    }

    @Test
    void aSuccessResetsTheFailureCount() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> service.signIn("admin", "salah")).isInstanceOf(SignInException.class);
        }
        service.signIn("admin", "rahasia-kantor");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> service.signIn("admin", "salah"))
                    .isInstanceOfSatisfying(SignInException.class, e -> assertThat(e.key()).isEqualTo(SignInException.WRONG));
        }
    }

    @Test
    void lockoutFollowsTheSetting() {
        var strict = new OperatorService(store, CHEAP,
                () -> new SecurityPolicy(2, Duration.ofMinutes(30), Duration.ofMinutes(5)), clock);
        assertThatThrownBy(() -> strict.signIn("admin", "salah")).isInstanceOf(SignInException.class);
        assertThatThrownBy(() -> strict.signIn("admin", "salah"))
                .isInstanceOfSatisfying(SignInException.class, e -> assertThat(e.args())
                        .containsExactly(LocalDateTime.of(2026, 11, 23, 10, 30)));
    }

    @Test
    void inactiveOperatorIsRefusedOnlyAfterTheRightPassword() {
        var created = service.create(admin, "budi", "Budi", Set.of(Role.PETUGAS_LOKET), "sandi-budi-1");
        service.setActive(admin, created.operator().id(), created.operator().version(), false);
        assertThatThrownBy(() -> service.signIn("budi", "salah-sandi"))
                .isInstanceOfSatisfying(SignInException.class, e -> assertThat(e.key()).isEqualTo(SignInException.WRONG));
        assertThatThrownBy(() -> service.signIn("budi", "sandi-budi-1"))
                .isInstanceOfSatisfying(SignInException.class, e -> assertThat(e.key()).isEqualTo(SignInException.INACTIVE));
    }

    @Test
    void resetGivesATemporaryPasswordThatMustBeChanged() {
        var created = service.create(admin, "budi", "Budi", Set.of(Role.PETUGAS_LOKET), null);
        assertThat(created.temporaryPassword()).hasSize(10);
        var reset = service.resetPassword(admin, created.operator().id(), created.operator().version(), null);
        assertThat(reset.temporaryPassword()).isNotEqualTo(created.temporaryPassword());
        assertThatThrownBy(() -> service.signIn("budi", created.temporaryPassword())).isInstanceOf(SignInException.class);
        var s = service.signIn("budi", reset.temporaryPassword());
        assertThat(s.mustChangePassword()).isTrue();
        assertThatThrownBy(() -> service.changeOwnPassword(s.actor(), "salah-lama", "sandi-baru-budi"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .anyMatch(v -> v.field().equals("oldPassword")));
        assertThatThrownBy(() -> service.changeOwnPassword(s.actor(), reset.temporaryPassword(), "budi"))
                .isInstanceOf(ValidationException.class);
        service.changeOwnPassword(s.actor(), reset.temporaryPassword(), "sandi-baru-budi");
        assertThat(service.signIn("budi", "sandi-baru-budi").mustChangePassword()).isFalse();
        assertThat(store.audit).anyMatch(a -> a.startsWith("resetPassword")).anyMatch(a -> a.startsWith("changePassword"));
    }

    @Test
    void aResetLiftsALock() {
        var created = service.create(admin, "budi", "Budi", Set.of(Role.PETUGAS_LOKET), "sandi-budi-1");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> service.signIn("budi", "salah")).isInstanceOf(SignInException.class);
        }
        Operator locked = op("budi");
        var reset = service.resetPassword(admin, locked.id(), locked.version(), "sementara-123");
        assertThat(service.signIn("budi", "sementara-123").actor().id()).isEqualTo(created.operator().id());
        assertThat(reset.temporaryPassword()).isEqualTo("sementara-123");
    }

    @Test
    void theLastActiveAdministratorCannotBeDeactivatedNorLoseAdmin() {
        Operator a = op("admin");
        assertThatThrownBy(() -> service.setActive(admin, a.id(), a.version(), false))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.update(admin, a.id(), a.version(), "Siti", Set.of(Role.ANALIS)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .anyMatch(v -> v.key().equals(OperatorService.LAST_ADMIN)));
        assertThat(op("admin").roles()).containsExactly(Role.ADMIN);
        assertThat(op("admin").active()).isTrue();
        // with a second administrator the first may give up ADMIN
        var second = service.create(admin, "dewi", "Dewi", Set.of(Role.ADMIN), "sandi-dewi-1");
        service.update(admin, a.id(), a.version(), "Siti", Set.of(Role.ANALIS, Role.KEPALA_BIDANG));
        assertThat(op("admin").roles()).containsExactlyInAnyOrder(Role.ANALIS, Role.KEPALA_BIDANG);
        Actor dewi = second.operator().actor();
        Operator d = op("dewi");
        assertThatThrownBy(() -> service.setActive(dewi, d.id(), d.version(), false))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void anOldVersionIsRefused() {
        var created = service.create(admin, "budi", "Budi", Set.of(Role.PETUGAS_LOKET), "sandi-budi-1");
        Operator v1 = created.operator();
        service.update(admin, v1.id(), v1.version(), "Budi S.", Set.of(Role.PETUGAS_LOKET));
        assertThatThrownBy(() -> service.update(admin, v1.id(), v1.version(), "Budi X", Set.of(Role.ANALIS)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(op("budi").fullName()).isEqualTo("Budi S.");
    }

    @Test
    void createValidatesUsernameRolesAndDuplicates() {
        assertThatThrownBy(() -> service.create(admin, "b", "", Set.of(), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).contains("username", "fullName", "roles"));
        assertThatThrownBy(() -> service.create(admin, "ADMIN", "Lagi", Set.of(Role.ANALIS), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .anyMatch(v -> v.key().equals(OperatorService.USERNAME_TAKEN)));
        assertThat(store.count()).isEqualTo(1);
    }

    /** Each privileged action, attempted by every role that lacks MANAGE_OPERATORS. */
    static Stream<Arguments> privilegedActions() {
        Map<String, Consumer<Ctx>> actions = Map.of(
                "list", c -> c.service.list(c.actor),
                "create", c -> c.service.create(c.actor, "eko", "Eko", Set.of(Role.ADMIN), "sandi-eko-1"),
                "update", c -> c.service.update(c.actor, c.target.id(), c.target.version(), "Diubah", Set.of(Role.ADMIN)),
                "deactivate", c -> c.service.setActive(c.actor, c.target.id(), c.target.version(), false),
                "resetPassword", c -> c.service.resetPassword(c.actor, c.target.id(), c.target.version(), null));
        return actions.entrySet().stream().flatMap(e -> EnumSet.complementOf(EnumSet.of(Role.ADMIN)).stream()
                .map(r -> Arguments.of(e.getKey(), r, e.getValue())));
    }

    record Ctx(OperatorService service, Actor actor, Operator target) {
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("privilegedActions")
    void theWrongRoleIsRefusedAndNothingChanges(String name, Role role, Consumer<Ctx> action) {
        var created = service.create(admin, "budi", "Budi", Set.of(role), "sandi-budi-1");
        Actor wrong = created.operator().actor();
        var rowsBefore = Map.copyOf(store.rows);
        var hashesBefore = Map.copyOf(store.hashes);
        List<String> auditBefore = List.copyOf(store.audit);
        assertThatThrownBy(() -> action.accept(new Ctx(service, wrong, op("budi"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(store.rows).isEqualTo(rowsBefore);
        assertThat(store.hashes).isEqualTo(hashesBefore);
        assertThat(store.audit).isEqualTo(auditBefore);
    }
}
