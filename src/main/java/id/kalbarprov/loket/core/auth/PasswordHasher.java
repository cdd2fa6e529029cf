package id.kalbarprov.loket.core.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/** Argon2id (password4j): memory-hard, salted, parameters stored in the hash itself. */
public final class PasswordHasher {

    /** OWASP's recommendation for Argon2id: 19 MiB, 2 passes, 1 lane. */
    public static final PasswordHasher DEFAULT = new PasswordHasher(19 * 1024, 2, 1);

    private final Argon2Function function;

    /** @param memoryKib memory cost in KiB */
    public PasswordHasher(int memoryKib, int iterations, int parallelism) {
        this.function = Argon2Function.getInstance(memoryKib, iterations, parallelism, 32, Argon2.ID, 19);
    }

    /** A "$argon2id$v=19$m=...,t=...,p=...$salt$hash" string with a fresh random salt. */
    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(function).getResult();
    }

    /** True when {@code password} matches {@code hash} (using the parameters stored in the hash). */
    public boolean matches(String password, String hash) {
        if (hash == null || !hash.startsWith("$argon2id$")) {
            return false;
        }
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
