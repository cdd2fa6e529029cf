package id.kalbarprov.loket.core.auth;

import java.time.Duration;

/** Settings of sign-in: failures before lockout, how long the lock lasts, idle minutes before the screen locks. */
public record SecurityPolicy(int maxFailures, Duration lockout, Duration idleLock) {

    public static final SecurityPolicy DEFAULT = new SecurityPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(10));

    public SecurityPolicy {
        if (maxFailures < 1 || lockout.isNegative() || idleLock.isNegative() || idleLock.isZero()) {
            throw new IllegalArgumentException("bad security policy");
        }
    }
}
