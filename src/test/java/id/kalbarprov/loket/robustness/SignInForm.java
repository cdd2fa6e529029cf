package id.kalbarprov.loket.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Operator;
import id.kalbarprov.loket.core.auth.OperatorService;
import id.kalbarprov.loket.core.auth.PasswordHasher;
import id.kalbarprov.loket.core.auth.SecurityPolicy;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.OperatorStore;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.signin.ChangePasswordViewModel;
import id.kalbarprov.loket.ui.signin.IdleLockViewModel;
import id.kalbarprov.loket.ui.signin.SignInViewModel;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operator's own forms: "create the administrator" on a fresh database, then sign-in (with
 * lockout: the clock moves three minutes per attempt), changing one's own password and unlocking
 * the idle screen; each through its ViewModel as the View calls it.
 */
final class SignInForm extends VmForm {

    private static final List<String> BAD_USERNAMES = List.of("ab", "_budi", "budi santoso", "📨budi",
            "'; drop table operator; --", "a".repeat(33), "b\u0000udi");

    private enum Action { FIRST_ADMIN, SIGN_IN, CHANGE, UNLOCK }

    private final OperatorService service;
    private final OperatorStore store;
    private final StepClock clock;
    private Action action;
    private SignInViewModel signIn;
    private ChangePasswordViewModel change;
    private IdleLockViewModel idle;
    private final Map<String, String> noErrors = new HashMap<>();
    private Actor admin;
    private String current;
    private String typedUser;
    private String typedName;
    private String typedPassword;
    private OperatorService.SignIn signedIn;
    private boolean changed;

    SignInForm(Database db, StepClock clock) {
        super(db);
        this.clock = clock;
        store = new OperatorStore(db);
        service = new OperatorService(store, new PasswordHasher(256, 1, 1), () -> SecurityPolicy.DEFAULT, clock);
    }

    @Override
    public String name() {
        return "sign-in";
    }

    @Override
    public Filled fill(Random r) {
        clock.step(Duration.ofMinutes(3));
        signedIn = null;
        changed = false;
        Set<String> bad = new TreeSet<>();
        if (admin == null) {
            action = Action.FIRST_ADMIN;
        } else {
            int k = r.nextInt(10);
            action = k < 5 ? Action.SIGN_IN : k < 8 ? Action.CHANGE : Action.UNLOCK;
        }
        return switch (action) {
            case FIRST_ADMIN -> firstAdmin(r, bad);
            case SIGN_IN -> signIn(r, bad);
            case CHANGE -> change(r, bad);
            case UNLOCK -> unlock(r, bad);
        };
    }

    private Filled firstAdmin(Random r, Set<String> bad) {
        if (signIn == null) {
            signIn = new SignInViewModel(service, TaskRunner.direct(), i18n, dialogs::unexpected,
                    (s, typed) -> signedIn = s);
            signIn.start();
        }
        assertThat(signIn.mode().get()).isEqualTo(SignInViewModel.Mode.FIRST_ADMIN);
        typedUser = switch (r.nextInt(5)) {
            case 0 -> { bad.add(OperatorService.USERNAME); yield nonNull(pick(r, Values.BLANK)); }
            case 1 -> { bad.add(OperatorService.USERNAME); yield pick(r, BAD_USERNAMES); }
            default -> pick(r, List.of(" Admin ", "siti", "kepala.bidang", "op-01", "SITI_R"));
        };
        typedName = nonNull(mark(bad, OperatorService.FULL_NAME, Values.requiredText(r, 100)));
        String user = strip(typedUser).toLowerCase(Locale.ROOT);
        typedPassword = password(r, user, bad, OperatorService.PASSWORD);
        String confirm = r.nextInt(6) == 0 ? typedPassword + "x" : typedPassword;
        if (!typedPassword.isEmpty() && !typedPassword.equals(confirm)) {
            bad.clear(); // the mismatch is told first, alone
            bad.add(SignInViewModel.CONFIRM);
        }
        signIn.username().set(typedUser);
        signIn.fullName().set(typedName);
        signIn.password().set(typedPassword);
        signIn.confirm().set(confirm);
        return new Filled(bad, "first admin " + shorten(typedUser) + " / " + shorten(typedName) + " / password "
                + shorten(typedPassword) + " / confirm " + shorten(confirm));
    }

    /** A password typed for {@code user}: fine, missing, too short or the username itself. */
    private static String password(Random r, String user, Set<String> bad, String field) {
        String pw = switch (r.nextInt(6)) {
            case 0 -> pick(r, List.of("", "", "   "));
            case 1 -> Values.randomUnicode(r, 1 + r.nextInt(7));
            case 2 -> " " + user.toUpperCase(Locale.ROOT) + " ";
            case 3 -> r.nextBoolean() ? Values.HUGE : Values.randomUnicode(r, 8 + r.nextInt(40));
            default -> pick(r, Values.ODD_BUT_FINE) + "-rahasia";
        };
        if (pw.isEmpty() || pw.length() < OperatorService.MIN_PASSWORD
                || pw.strip().equalsIgnoreCase(user.strip())) {
            bad.add(field);
        }
        return pw;
    }

    private boolean locked() {
        return store.find(admin.id()).orElseThrow().lockedAt(LocalDateTime.now(clock).withNano(0));
    }

    /** The admin's password, another one, or junk. */
    private String attempt(Random r) {
        return switch (r.nextInt(6)) {
            case 0, 1, 2 -> current;
            case 3 -> " " + current;
            case 4 -> current.toUpperCase(Locale.ROOT).equals(current) ? current + "!" : current.toUpperCase(Locale.ROOT);
            default -> nonNull(pick(r, List.of("", "admin", "password", "' OR '1'='1", Values.HUGE, "\u0000")));
        };
    }

    private Filled signIn(Random r, Set<String> bad) {
        if (signIn.mode().get() != SignInViewModel.Mode.SIGN_IN) {
            signIn.start(); // as the app does after the administrator is made: the sign-in form
        }
        assertThat(signIn.mode().get()).isEqualTo(SignInViewModel.Mode.SIGN_IN);
        typedUser = switch (r.nextInt(5)) {
            case 0 -> nonNull(pick(r, Values.BLANK));
            case 1 -> pick(r, BAD_USERNAMES);
            case 2 -> "  " + admin.username().toUpperCase(Locale.ROOT) + " ";
            default -> admin.username();
        };
        typedPassword = attempt(r);
        boolean right = strip(typedUser).toLowerCase(Locale.ROOT).equals(admin.username())
                && typedPassword.equals(current);
        boolean locked = locked();
        if (!right || locked) {
            bad.add(LINE);
        }
        signIn.username().set(typedUser);
        signIn.password().set(typedPassword);
        return new Filled(bad, "sign in " + shorten(typedUser) + " / " + shorten(typedPassword)
                + (locked ? " (locked)" : ""));
    }

    private Filled change(Random r, Set<String> bad) {
        String old = attempt(r);
        typedPassword = password(r, admin.username(), bad, OperatorService.PASSWORD);
        if (old.isEmpty() || !old.equals(current)) {
            bad.add(OperatorService.OLD_PASSWORD);
        }
        if (!bad.contains(OperatorService.PASSWORD) && typedPassword.equals(old)) {
            bad.add(OperatorService.PASSWORD);
        }
        String confirm = r.nextInt(6) == 0 ? typedPassword.strip() + "x" : typedPassword;
        if (!typedPassword.isEmpty() && !typedPassword.equals(confirm)) {
            bad.clear();
            bad.add(SignInViewModel.CONFIRM);
        }
        change.oldPassword().set(old);
        change.newPassword().set(typedPassword);
        change.confirm().set(confirm);
        return new Filled(bad, "change password: old " + shorten(old) + " / new " + shorten(typedPassword)
                + " / confirm " + shorten(confirm));
    }

    private Filled unlock(Random r, Set<String> bad) {
        idle.lock();
        typedPassword = attempt(r);
        boolean locked = locked();
        if (!typedPassword.equals(current) || locked) {
            bad.add(LINE);
        }
        idle.password().set(typedPassword);
        return new Filled(bad, "unlock with " + shorten(typedPassword) + (locked ? " (locked)" : ""));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s; // a text field holds "" rather than null
    }

    @Override
    public void submit() {
        switch (action) {
            case FIRST_ADMIN, SIGN_IN -> signIn.submit();
            case CHANGE -> change.save();
            case UNLOCK -> idle.unlock();
        }
    }

    @Override
    public Map<String, String> fieldMessages() {
        return switch (action) {
            case FIRST_ADMIN, SIGN_IN -> signIn.errors();
            case CHANGE -> change.errors();
            case UNLOCK -> noErrors;
        };
    }

    @Override
    public String lineMessage() {
        return switch (action) {
            case FIRST_ADMIN, SIGN_IN -> signIn.message().get();
            case CHANGE -> "";
            case UNLOCK -> idle.message().get();
        };
    }

    @Override
    public Set<String> shownFields() {
        return switch (action) {
            case FIRST_ADMIN -> Set.of(OperatorService.USERNAME, OperatorService.FULL_NAME, OperatorService.PASSWORD,
                    SignInViewModel.CONFIRM);
            case SIGN_IN, UNLOCK -> Set.of();
            case CHANGE -> Set.of(OperatorService.OLD_PASSWORD, OperatorService.PASSWORD, SignInViewModel.CONFIRM);
        };
    }

    /** Who the operators are and their passwords; failed attempts and locks are sign-in's own bookkeeping. */
    @Override
    public Map<String, Object> state() {
        return db.jdbi().withHandle(h -> Map.of("operators", h.createQuery(
                "SELECT count(*) || ':' || coalesce(group_concat(username || '|' || full_name || '|' || roles || '|' "
                        + "|| password_hash || '|' || must_change_password, ';'), '') FROM operator")
                .mapTo(String.class).one()));
    }

    @Override
    public void checkSaved(Filled filled) {
        switch (action) {
            case FIRST_ADMIN -> {
                assertThat(signedIn).as("signed in as the new administrator").isNotNull();
                admin = signedIn.actor();
                change = new ChangePasswordViewModel(service, admin, null, TaskRunner.direct(), i18n,
                        dialogs::unexpected, () -> changed = true);
                idle = new IdleLockViewModel(service, admin, TaskRunner.direct(), i18n, dialogs::unexpected);
                Operator op = store.find(admin.id()).orElseThrow();
                assertThat(op.username()).isEqualTo(strip(typedUser).toLowerCase(Locale.ROOT));
                assertThat(op.fullName()).isEqualTo(strip(typedName));
                current = typedPassword;
            }
            case SIGN_IN -> assertThat(signedIn).as("signed in").isNotNull();
            case CHANGE -> {
                assertThat(changed).as("told the form it is done").isTrue();
                current = typedPassword;
                clock.step(Duration.ofMinutes(20)); // any lock from earlier attempts is over
                assertThat(service.signIn(admin.username(), current).actor().id()).isEqualTo(admin.id());
            }
            case UNLOCK -> assertThat(idle.locked().get()).as("unlocked").isFalse();
        }
    }
}
