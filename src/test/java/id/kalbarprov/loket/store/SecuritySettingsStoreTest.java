package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.OperatorService;
import id.kalbarprov.loket.core.auth.PasswordHasher;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.auth.SecurityPolicy;
import id.kalbarprov.loket.core.auth.SecuritySettingsService;
import id.kalbarprov.loket.core.auth.SignInException;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@OnBothBackends
class SecuritySettingsStoreTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    Database db;
    OperatorService operators;
    SecuritySettingsService security;
    Actor admin;

    @BeforeEach
    void setUp() {
        db = backend.open(dir);
        operators = new OperatorService(new OperatorStore(db), new PasswordHasher(1024, 1, 1),
                () -> OperatorStore.policy(new SettingsStore(db)), Clock.systemDefaultZone());
        security = new SecuritySettingsService(new SecuritySettingsStore(db));
        admin = operators.createFirstAdministrator("admin", "Siti Admin", "rahasia-kantor");
    }

    @Test
    void anAdministratorsChangeIsSavedAuditedAndUsedByTheNextSignInWithoutRestart() {
        assertThat(security.load()).isEqualTo(SecurityPolicy.DEFAULT);
        security.save("3", " 30 ", "5", admin);
        assertThat(security.load()).isEqualTo(new SecurityPolicy(3, Duration.ofMinutes(30), Duration.ofMinutes(5)));
        assertThat(operators.policy().idleLock()).isEqualTo(Duration.ofMinutes(5));

        List<AuditLog.Entry> audit = AuditLog.forEntity(db.jdbi(), "setting", "security");
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).actor()).isEqualTo("Siti Admin (admin)");
        assertThat(audit.get(0).before()).contains("\"security.lockoutAttempts\":5", "\"security.idleMinutes\":10");
        assertThat(audit.get(0).after()).contains("\"security.lockoutAttempts\":3", "\"security.lockoutMinutes\":30");

        // the same OperatorService (no restart) now locks after three failures
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> operators.signIn("admin", "salah")).isInstanceOfSatisfying(SignInException.class,
                    e -> assertThat(e.key()).isEqualTo(SignInException.WRONG));
        }
        assertThatThrownBy(() -> operators.signIn("admin", "salah")).isInstanceOfSatisfying(SignInException.class,
                e -> assertThat(e.key()).isEqualTo(SignInException.LOCKED));
    }

    @Test
    void valuesOutsideTheBoundsOrNotNumbersAreRefusedFieldByFieldAndNothingIsSaved() {
        assertThatThrownBy(() -> security.save("2", "abc", "", admin))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::key)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("lockoutAttempts", "validation.security.range"),
                                org.assertj.core.groups.Tuple.tuple("lockoutMinutes", "validation.security.number"),
                                org.assertj.core.groups.Tuple.tuple("idleMinutes", "validation.required")));
        assertThatThrownBy(() -> security.save("11", "481", "121", admin)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> security.save("-3", "1.5", "99999999999", admin)).isInstanceOf(ValidationException.class);
        security.save("10", "480", "120", admin);
        security.save("3", "1", "1", admin);
        assertThat(security.load()).isEqualTo(new SecurityPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(1)));
        assertThat(AuditLog.forEntity(db.jdbi(), "setting", "security")).hasSize(2);
    }

    @Test
    void onlyAnAdministratorAsTheyStandNowMaySave() {
        var clerk = operators.create(admin, "budi", "Budi", Set.of(Role.PETUGAS_LOKET, Role.KEPALA_BIDANG), null);
        assertThatThrownBy(() -> security.save("4", "20", "15", clerk.operator().actor()))
                .isInstanceOf(AccessDeniedException.class);
        // a second administrator, demoted after signing in, is refused at once
        var dewi = operators.create(admin, "dewi", "Dewi", Set.of(Role.ADMIN), null);
        Actor dewiLive = operators.live(dewi.operator().actor());
        operators.update(admin, dewi.operator().id(), dewi.operator().version(), "Dewi", Set.of(Role.ANALIS));
        assertThatThrownBy(() -> security.save("4", "20", "15", dewiLive)).isInstanceOf(AccessDeniedException.class);
        assertThat(security.load()).isEqualTo(SecurityPolicy.DEFAULT);
        assertThat(AuditLog.forEntity(db.jdbi(), "setting", "security")).isEmpty();
    }
}
