package id.kalbarprov.loket.robustness;

import static id.kalbarprov.loket.core.auth.SecuritySettingsService.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.auth.SecurityPolicy;
import id.kalbarprov.loket.core.auth.SecuritySettingsService;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.SecuritySettingsStore;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** Pengaturan → Keamanan through {@link SecuritySettingsService#save}, built as in Loket. */
final class SecuritySettingsTarget implements FormTarget<SecurityPolicy> {

    private static final Actor ADMIN = new Actor(1, "admin", "Admin Loket", Set.of(Role.ADMIN));
    private static final List<String> ODD = List.of("1.5", "1,5", "-3", "+5", "0x10", "1e3", "lima", "٣", "５",
            "5 menit", "5\u00A0", "'; DROP TABLE setting; --", "99999999999999999999", "2147483648", "NaN", "∞",
            "\u0000", "05 5");

    /** The three fields as typed. */
    record Typed(String attempts, String lockoutMinutes, String idleMinutes) {
    }

    private final Database db;
    private final SecuritySettingsService service;

    SecuritySettingsTarget(Database db) {
        this.db = db;
        this.service = new SecuritySettingsService(new SecuritySettingsStore(db));
    }

    @Override
    public String name() {
        return "security settings";
    }

    @Override
    public Input<?> any(Random r) {
        Typed t = new Typed(value(r, MIN_ATTEMPTS, MAX_ATTEMPTS), value(r, MIN_LOCKOUT, MAX_LOCKOUT),
                value(r, MIN_IDLE, MAX_IDLE));
        Set<String> bad = new TreeSet<>();
        check(bad, LOCKOUT_ATTEMPTS, t.attempts(), MIN_ATTEMPTS, MAX_ATTEMPTS);
        check(bad, LOCKOUT_MINUTES, t.lockoutMinutes(), MIN_LOCKOUT, MAX_LOCKOUT);
        check(bad, IDLE_MINUTES, t.idleMinutes(), MIN_IDLE, MAX_IDLE);
        return new Input<>(t, bad, t.toString().replace("\u0000", "\\0"));
    }

    /** Mostly numbers near and inside the bounds, sometimes blank, huge or not a number at all. */
    private static String value(Random r, int min, int max) {
        return switch (r.nextInt(10)) {
            case 0 -> Values.BLANK.get(r.nextInt(Values.BLANK.size()));
            case 1 -> ODD.get(r.nextInt(ODD.size()));
            case 2 -> String.valueOf(r.nextBoolean() ? min - 1 - r.nextInt(3) : max + 1 + r.nextInt(1000));
            case 3 -> " " + (min + r.nextInt(max - min + 1)) + "\t";
            case 4 -> r.nextBoolean() ? String.valueOf(min) : String.valueOf(max);
            case 5 -> r.nextInt(20) == 0 ? Values.HUGE : Values.randomUnicode(r, 1 + r.nextInt(8));
            default -> String.valueOf(min + r.nextInt(max - min + 1));
        };
    }

    /** The rule as the screen states it: a whole number (digits only, spaces around ignored) within the bounds. */
    private static void check(Set<String> bad, String field, String text, int min, int max) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            bad.add(field);
            return;
        }
        BigInteger n = new BigInteger(t);
        if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
            bad.add(field);
        }
    }

    @Override
    public SecurityPolicy submit(Input<?> input) {
        Typed t = (Typed) input.value();
        return service.save(t.attempts(), t.lockoutMinutes(), t.idleMinutes(), ADMIN);
    }

    @Override
    public int saved(SecurityPolicy result) {
        return 1;
    }

    @Override
    public Map<String, Long> counts() {
        return db.jdbi().withHandle(h -> Map.of("audit_log (setting security)", h.createQuery(
                "SELECT count(*) FROM audit_log WHERE entity = 'setting' AND entity_id = 'security'")
                .mapTo(Long.class).one()));
    }

    /** What the next sign-in reads is exactly what was typed. */
    @Override
    public void checkSaved(Input<?> input, SecurityPolicy result) {
        Typed t = (Typed) input.value();
        SecurityPolicy stored = service.load();
        assertThat(stored).isEqualTo(result);
        assertThat(stored.maxFailures()).isEqualTo(Integer.parseInt(t.attempts().strip()));
        assertThat(stored.lockout().toMinutes()).isEqualTo(Long.parseLong(t.lockoutMinutes().strip()));
        assertThat(stored.idleLock().toMinutes()).isEqualTo(Long.parseLong(t.idleMinutes().strip()));
    }
}
