package id.kalbarprov.loket.core.auth;

import id.kalbarprov.loket.core.validation.Checks;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Operators: the first administrator, sign-in with lockout, own password changes, and the
 * administrator's work (create, edit roles, deactivate, reset a password). An administrator never
 * reads a password: a reset gives a temporary one that the operator must change at next sign-in.
 */
public final class OperatorService {

    public static final String USERNAME = "username";
    public static final String FULL_NAME = "fullName";
    public static final String ROLES = "roles";
    public static final String PASSWORD = "password";
    public static final String OLD_PASSWORD = "oldPassword";

    public static final int MIN_PASSWORD = 8;
    public static final String PW_SHORT = "validation.password.short";
    public static final String PW_USERNAME = "validation.password.username";
    public static final String PW_WRONG_OLD = "validation.password.wrongOld";
    public static final String PW_SAME = "validation.password.same";
    public static final String USERNAME_FORMAT = "validation.username.format";
    public static final String USERNAME_TAKEN = "validation.username.taken";
    public static final String ROLES_NONE = "validation.roles.none";
    public static final String LAST_ADMIN = "validation.operator.lastAdmin";
    public static final String NOT_SELF = "validation.operator.self";

    private static final Pattern USERNAME_PATTERN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
    private static final String TEMP_ALPHABET = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OperatorStorePort store;
    private final PasswordHasher hasher;
    private final Supplier<SecurityPolicy> policy;
    private final Clock clock;
    /** Checked against when the username is unknown, so both cases take the same time (made on first use). */
    private volatile String dummyHash;

    public OperatorService(OperatorStorePort store, PasswordHasher hasher, Supplier<SecurityPolicy> policy,
                           Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.policy = policy;
        this.clock = clock;
    }

    /** A successful sign-in; {@code mustChangePassword}: show the change-password form before anything else. */
    public record SignIn(Actor actor, boolean mustChangePassword) {
    }

    /** A created operator or a reset; {@code temporaryPassword} is shown once to the administrator. */
    public record WithPassword(Operator operator, String temporaryPassword) {
    }

    public SecurityPolicy policy() {
        return policy.get();
    }

    /**
     * True while no operator can sign in (a fresh database, or one holding only demo-data's inactive
     * people): the app shows "create the administrator" instead of sign-in. Once there is one, the last
     * active administrator can be neither deactivated nor demoted, so this never comes back.
     */
    public boolean needsFirstAdministrator() {
        return store.all().stream().noneMatch(Operator::active);
    }

    /** Creates the first administrator; refused once an operator is active (see {@link #needsFirstAdministrator}). */
    public Actor createFirstAdministrator(String username, String fullName, String password) {
        if (!needsFirstAdministrator()) {
            throw new IllegalStateException("an operator already exists");
        }
        String user = normalizeUsername(username);
        Checks c = new Checks();
        checkProfile(c, user, fullName, Set.of(Role.ADMIN));
        if (!c.has(USERNAME) && store.findByUsername(user).isPresent()) {
            c.add(USERNAME, USERNAME_TAKEN); // a demo database's people are there already
        }
        checkPassword(c, PASSWORD, user, password);
        c.throwIfAny();
        Operator op = new Operator(0, user, fullName.strip(), Set.of(Role.ADMIN), true, 0, null, false, now(), 1);
        Operator stored = store.insert(op, hasher.hash(password), op.actor().label(), "createFirstAdmin");
        return live(stored.actor());
    }

    /**
     * Signs in. Wrong username and wrong password give the same message; after
     * {@link SecurityPolicy#maxFailures()} failures in a row the operator is locked until a time the
     * message tells; an inactive operator is refused.
     */
    public SignIn signIn(String username, String password) {
        LocalDateTime now = now();
        Optional<Operator> found = store.findByUsername(normalizeUsername(username));
        if (found.isEmpty()) {
            if (dummyHash == null) {
                dummyHash = hasher.hash("no such operator");
            }
            hasher.matches(password == null ? "" : password, dummyHash);
            throw new SignInException(SignInException.WRONG);
        }
        Operator op = found.get();
        if (op.lockedAt(now)) {
            throw new SignInException(SignInException.LOCKED, op.lockedUntil());
        }
        String hash = store.passwordHash(op.id()).orElse(null);
        if (password == null || !hasher.matches(password, hash)) {
            SecurityPolicy p = policy.get();
            int failures = (op.lockedUntil() != null ? 0 : op.failedAttempts()) + 1;
            if (failures >= p.maxFailures()) {
                LocalDateTime until = now.plus(p.lockout()).withNano(0);
                store.update(op, op.withFailures(0, until), null, op.actor().label(), "lock");
                throw new SignInException(SignInException.LOCKED, until);
            }
            store.update(op, op.withFailures(failures, null), null, op.actor().label(), null);
            throw new SignInException(SignInException.WRONG);
        }
        if (!op.active()) {
            throw new SignInException(SignInException.INACTIVE);
        }
        if (op.failedAttempts() != 0 || op.lockedUntil() != null) {
            op = store.update(op, op.withFailures(0, null), null, op.actor().label(), null);
        }
        return new SignIn(live(op.actor()), op.mustChangePassword());
    }

    /** {@code actor} checked against the database at every {@link Actor#require}. */
    public Actor live(Actor actor) {
        return actor.withLive(store::standing);
    }

    /**
     * The operator as they stand now (roles changed by an administrator included), live; empty when
     * they were deactivated. The screens call this at each change of screen.
     */
    public Optional<Actor> refresh(Actor actor) {
        return store.find(actor.id()).filter(Operator::active).map(o -> live(o.actor()));
    }

    /** Changes the signed-in operator's own password; the old one is required. */
    public void changeOwnPassword(Actor actor, String oldPassword, String newPassword) {
        Operator op = store.find(actor.id()).orElseThrow(() -> new SignInException(SignInException.WRONG));
        if (!op.active()) {
            throw new OperatorInactiveException(actor, null);
        }
        Checks c = new Checks();
        if (oldPassword == null || oldPassword.isEmpty()) {
            c.add(OLD_PASSWORD, Checks.REQUIRED);
        } else if (!hasher.matches(oldPassword, store.passwordHash(op.id()).orElse(null))) {
            c.add(OLD_PASSWORD, PW_WRONG_OLD);
        }
        checkPassword(c, PASSWORD, op.username(), newPassword);
        if (!c.has(PASSWORD) && newPassword.equals(oldPassword)) {
            c.add(PASSWORD, PW_SAME);
        }
        c.throwIfAny();
        store.update(op, op.withMustChange(false), hasher.hash(newPassword), actor.label(), "changePassword");
    }

    /** Every operator, active first, then by name. */
    public List<Operator> list(Actor actor) {
        actor.require(Permission.MANAGE_OPERATORS);
        return store.all().stream()
                .sorted(Comparator.comparing((Operator o) -> !o.active())
                        .thenComparing(o -> o.fullName().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /**
     * Creates an operator with one or more roles. {@code password} typed by the administrator, or
     * null/blank for a generated temporary one; either way the operator must change it at first sign-in.
     */
    public WithPassword create(Actor actor, String username, String fullName, Set<Role> roles, String password) {
        actor.require(Permission.MANAGE_OPERATORS);
        String user = normalizeUsername(username);
        Checks c = new Checks();
        checkProfile(c, user, fullName, roles);
        if (!c.has(USERNAME) && store.findByUsername(user).isPresent()) {
            c.add(USERNAME, USERNAME_TAKEN);
        }
        String temporary = password == null || password.isBlank() ? temporaryPassword() : password;
        checkPassword(c, PASSWORD, user, temporary);
        c.throwIfAny();
        Operator op = new Operator(0, user, fullName.strip(), roles, true, 0, null, true, now(), 1);
        return new WithPassword(store.insert(op, hasher.hash(temporary), actor.label(), "create"), temporary);
    }

    /**
     * Changes name and roles; the last active administrator keeps ADMIN (checked here for the
     * message, and again inside the write transaction against a second workstation).
     */
    public Operator update(Actor actor, long id, int version, String fullName, Set<Role> roles) {
        actor.require(Permission.MANAGE_OPERATORS);
        Operator op = current(id, version);
        Checks c = new Checks();
        checkProfile(c, op.username(), fullName, roles);
        if (op.isAdmin() && op.active() && !roles.contains(Role.ADMIN) && activeAdmins() <= 1) {
            c.add(ROLES, LAST_ADMIN);
        }
        c.throwIfAny();
        try {
            return store.adminUpdate(actor, op, op.withProfile(fullName.strip(), roles), null, "update");
        } catch (LastAdminException e) {
            throw new ValidationException(Violation.of(ROLES, LAST_ADMIN));
        }
    }

    /** Deactivates or reactivates; never deletes. The last active administrator stays active. */
    public Operator setActive(Actor actor, long id, int version, boolean active) {
        actor.require(Permission.MANAGE_OPERATORS);
        Operator op = current(id, version);
        if (op.active() == active) {
            return op;
        }
        if (!active && op.isAdmin() && activeAdmins() <= 1) {
            throw new ValidationException(Violation.of("active", LAST_ADMIN));
        }
        if (!active && op.id() == actor.id()) {
            throw new ValidationException(Violation.of("active", NOT_SELF));
        }
        try {
            return store.adminUpdate(actor, op, op.withActive(active), null, active ? "activate" : "deactivate");
        } catch (LastAdminException e) {
            throw new ValidationException(Violation.of("active", LAST_ADMIN));
        }
    }

    /**
     * Resets a password: {@code typed} by the administrator, or null/blank for a generated one. The
     * operator must change it at next sign-in; a lock is lifted.
     */
    public WithPassword resetPassword(Actor actor, long id, int version, String typed) {
        actor.require(Permission.MANAGE_OPERATORS);
        Operator op = current(id, version);
        String temporary = typed == null || typed.isBlank() ? temporaryPassword() : typed;
        Checks c = new Checks();
        checkPassword(c, PASSWORD, op.username(), temporary);
        c.throwIfAny();
        Operator after = store.adminUpdate(actor, op, op.withMustChange(true), hasher.hash(temporary),
                "resetPassword");
        return new WithPassword(after, temporary);
    }

    /** The password policy: at least 8 characters and not the username. */
    public static void checkPassword(Checks c, String field, String username, String password) {
        if (password == null || password.isEmpty()) {
            c.add(field, Checks.REQUIRED);
        } else if (password.length() < MIN_PASSWORD) {
            c.add(field, PW_SHORT, MIN_PASSWORD);
        } else if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            c.add(field, PW_USERNAME);
        }
    }

    /** A random 10-character password without look-alike characters (no 0/O, 1/l/I). */
    public static String temporaryPassword() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            b.append(TEMP_ALPHABET.charAt(RANDOM.nextInt(TEMP_ALPHABET.length())));
        }
        return b.toString();
    }

    private void checkProfile(Checks c, String user, String fullName, Set<Role> roles) {
        c.required(USERNAME, user);
        if (!c.has(USERNAME) && !USERNAME_PATTERN.matcher(user).matches()) {
            c.add(USERNAME, USERNAME_FORMAT);
        }
        c.required(FULL_NAME, fullName).maxLength(FULL_NAME, fullName, 100);
        if (roles == null || roles.isEmpty()) {
            c.add(ROLES, ROLES_NONE);
        }
    }

    private Operator current(long id, int version) {
        Operator op = store.find(id).orElseThrow(() -> new ConcurrentChangeException("operator", id));
        if (op.version() != version) {
            throw new ConcurrentChangeException("operator", id);
        }
        return op;
    }

    private long activeAdmins() {
        return store.all().stream().filter(o -> o.active() && o.isAdmin()).count();
    }

    private static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
