package id.kalbarprov.loket.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long a sign-in takes with the production Argon2id parameters (19 MiB, 2 passes): the cost an
 * attacker pays per guess and the wait a clerk sees. Run with
 * {@code mvn -B -o test -Pbench -Dtest=SignInBench}; numbers go to docs/BENCHMARKS.md.
 */
@Tag("benchmark")
class SignInBench {

    @Test
    void signInWithProductionParameters() {
        InMemoryOperators store = new InMemoryOperators();
        OperatorService service = new OperatorService(store, PasswordHasher.DEFAULT, () -> SecurityPolicy.DEFAULT,
                Clock.systemDefaultZone());
        Actor admin = service.createFirstAdministrator("admin", "Admin", "rahasia-kantor");
        service.create(admin, "budi", "Budi", Set.of(Role.PETUGAS_LOKET), "sandi-budi-1");
        for (int i = 0; i < 3; i++) {
            service.signIn("admin", "rahasia-kantor");
        }
        int n = 20;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            service.signIn("admin", "rahasia-kantor");
        }
        long ok = (System.nanoTime() - t0) / n / 1_000_000;
        long t1 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            PasswordHasher.DEFAULT.hash("sandi-baru-" + i);
        }
        long hash = (System.nanoTime() - t1) / n / 1_000_000;
        long t2 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            try {
                service.signIn("tidak-ada", "salah-sandi");
            } catch (SignInException e) {
                assertThat(e.key()).isEqualTo(SignInException.WRONG);
            }
        }
        long unknown = (System.nanoTime() - t2) / n / 1_000_000;
        System.out.printf("BENCH sign-in ok %d ms, unknown user %d ms, hash %d ms (mean of %d)%n", ok, unknown, hash, n);
        assertThat(ok).isPositive();
    }
}
