package id.kalbarprov.loket.core.auth;

import id.kalbarprov.loket.core.validation.Checks;
import id.kalbarprov.loket.core.validation.ValidationException;
import java.time.Duration;

/**
 * Pengaturan → Keamanan: failures before the lockout, how long the lockout lasts, idle minutes
 * before the screen locks. Changing needs {@link Permission#MANAGE_SETTINGS}. The sign-in reads the
 * settings at every attempt and the idle timer at every sign-in and unlock, so a change takes effect
 * without restarting the app.
 */
public final class SecuritySettingsService {

    public static final String LOCKOUT_ATTEMPTS = "lockoutAttempts";
    public static final String LOCKOUT_MINUTES = "lockoutMinutes";
    public static final String IDLE_MINUTES = "idleMinutes";
    public static final String NOT_A_NUMBER = "validation.security.number";
    public static final String OUT_OF_RANGE = "validation.security.range";

    /** Fewer than 3 locks out a clerk who mistypes twice; more than 10 makes guessing cheap. */
    public static final int MIN_ATTEMPTS = 3;
    public static final int MAX_ATTEMPTS = 10;
    /** Up to one working day. */
    public static final int MIN_LOCKOUT = 1;
    public static final int MAX_LOCKOUT = 480;
    /** A desk left for a meeting locks within 2 hours at the latest. */
    public static final int MIN_IDLE = 1;
    public static final int MAX_IDLE = 120;

    private final SecuritySettingsPort store;

    public SecuritySettingsService(SecuritySettingsPort store) {
        this.store = store;
    }

    public SecurityPolicy load() {
        return store.load();
    }

    /**
     * Whole numbers within the bounds above; leading and trailing spaces are ignored.
     *
     * @throws ValidationException one message per bad field; nothing saved
     * @throws AccessDeniedException unless the actor may manage settings (checked as they stand now)
     */
    public SecurityPolicy save(String attempts, String lockoutMinutes, String idleMinutes, Actor actor) {
        actor.require(Permission.MANAGE_SETTINGS);
        Checks c = new Checks();
        int a = number(c, LOCKOUT_ATTEMPTS, attempts, MIN_ATTEMPTS, MAX_ATTEMPTS);
        int l = number(c, LOCKOUT_MINUTES, lockoutMinutes, MIN_LOCKOUT, MAX_LOCKOUT);
        int i = number(c, IDLE_MINUTES, idleMinutes, MIN_IDLE, MAX_IDLE);
        c.throwIfAny();
        SecurityPolicy p = new SecurityPolicy(a, Duration.ofMinutes(l), Duration.ofMinutes(i));
        store.save(p, actor);
        return p;
    }

    private static int number(Checks c, String field, String text, int min, int max) {
        c.required(field, text);
        if (c.has(field)) {
            return 0;
        }
        String t = text.strip();
        if (!t.matches("\\d{1,6}")) {
            c.add(field, NOT_A_NUMBER);
            return 0;
        }
        int n = Integer.parseInt(t);
        if (n < min || n > max) {
            c.add(field, OUT_OF_RANGE, min, max);
        }
        return n;
    }
}
