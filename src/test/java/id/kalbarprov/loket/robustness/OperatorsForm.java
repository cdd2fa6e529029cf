package id.kalbarprov.loket.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Operator;
import id.kalbarprov.loket.core.auth.OperatorService;
import id.kalbarprov.loket.core.auth.PasswordHasher;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.auth.SecurityPolicy;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.OperatorStore;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.operators.OperatorsViewModel;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pengaturan → Operator: create an operator (username, name, roles, optional first password), edit
 * name and roles, reset a password; through {@link OperatorsViewModel#save} and
 * {@link OperatorsViewModel#resetPassword}. A cheap Argon2id setting keeps thousands of saves fast.
 */
final class OperatorsForm extends VmForm {

    private static final List<String> BAD_USERNAMES = List.of("ab", "a", "_budi", ".budi", "budi santoso",
            "budi@kantor", "Ümit", "bűdi", "📨budi", "'; drop table operator; --", "a".repeat(33), "budi/siti",
            "-budi", "b\u0000udi", "budi\nsiti", "ｂｕｄｉ");

    private enum Action { CREATE, EDIT, RESET }

    private final OperatorService service;
    private final OperatorStore store;
    private final Actor admin;
    private final OperatorsViewModel vm;
    private Action action;
    private String typedUser;
    private String typedName;
    private String typedPassword;
    private Set<Role> typedRoles;
    private Operator edited;
    private int serial;

    OperatorsForm(Database db, Clock clock) {
        super(db);
        store = new OperatorStore(db);
        service = new OperatorService(store, new PasswordHasher(256, 1, 1), () -> SecurityPolicy.DEFAULT, clock);
        admin = service.createFirstAdministrator("siti", "Siti Rahmawati", "rahasia-kantor");
        vm = new OperatorsViewModel(service, () -> admin, TaskRunner.direct(), dialogs, i18n);
        vm.load();
    }

    @Override
    public String name() {
        return "operators";
    }

    @Override
    public Filled fill(Random r) {
        Set<String> bad = new TreeSet<>();
        int k = r.nextInt(10);
        List<Operator> all = store.all();
        action = k < 6 ? Action.CREATE : k < 9 ? Action.EDIT : Action.RESET;
        if (action == Action.CREATE) {
            vm.newOperator();
        } else {
            edited = pick(r, all);
            vm.selected().set(edited);
        }
        if (action == Action.RESET) {
            return new Filled(bad, "reset password of " + edited.username());
        }
        // roles
        typedRoles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (r.nextInt(4) == 0) {
                typedRoles.add(role);
            }
        }
        if (action == Action.EDIT && edited.id() == admin.id()) {
            // The acting administrator keeps Admin: losing it (allowed while another admin remains)
            // takes the Operator tab away at once (live rights), and the rest of the run would be refused.
            typedRoles.add(Role.ADMIN);
        }
        if (typedRoles.isEmpty()) {
            bad.add(OperatorService.ROLES);
        }
        for (Role role : Role.values()) {
            vm.role(role).set(typedRoles.contains(role));
        }
        typedName = mark(bad, OperatorService.FULL_NAME, Values.requiredText(r, 100));
        vm.fullName().set(typedName);
        if (action == Action.EDIT) {
            long otherAdmins = all.stream().filter(o -> o.active() && o.isAdmin() && o.id() != edited.id()).count();
            if (edited.isAdmin() && edited.active() && !typedRoles.isEmpty() && !typedRoles.contains(Role.ADMIN)
                    && otherAdmins == 0) {
                bad.add(OperatorService.ROLES);
            }
            return new Filled(bad, "edit " + edited.username() + ": " + shorten(typedName) + " " + typedRoles);
        }
        // username: new and valid, taken, blank or malformed
        switch (r.nextInt(8)) {
            case 0 -> { typedUser = pick(r, Values.BLANK); bad.add(OperatorService.USERNAME); }
            case 1 -> { typedUser = pick(r, BAD_USERNAMES); bad.add(OperatorService.USERNAME); }
            case 2 -> {
                typedUser = (r.nextBoolean() ? " " : "") + pick(r, all).username().toUpperCase(Locale.ROOT);
                bad.add(OperatorService.USERNAME);
            }
            default -> typedUser = (r.nextBoolean() ? "  " : "") + pick(r, List.of("budi", "Siti.R", "op-", "a_b", "x9"))
                    + (++serial) + (r.nextBoolean() ? "\t" : "");
        }
        vm.username().set(typedUser);
        String user = strip(typedUser).toLowerCase(Locale.ROOT);
        // password: blank (a generated one), fine, too short, the username
        switch (r.nextInt(6)) {
            case 0 -> typedPassword = pick(r, List.of("", "   ", "\t"));
            case 1 -> { typedPassword = Values.randomUnicode(r, 1 + r.nextInt(7));
                if (!typedPassword.isBlank() && typedPassword.length() < OperatorService.MIN_PASSWORD) {
                    bad.add(OperatorService.PASSWORD);
                } }
            case 2 -> { typedPassword = " " + user.toUpperCase(Locale.ROOT) + " ";
                if (!typedPassword.isBlank()) {
                    bad.add(OperatorService.PASSWORD);
                } }
            case 3 -> typedPassword = r.nextBoolean() ? Values.HUGE : Values.randomUnicode(r, 8 + r.nextInt(40));
            default -> typedPassword = pick(r, Values.ODD_BUT_FINE) + "-rahasia";
        }
        if (!typedPassword.isBlank() && typedPassword.length() < OperatorService.MIN_PASSWORD) {
            bad.add(OperatorService.PASSWORD);
        }
        vm.password().set(typedPassword);
        return new Filled(bad, "create " + shorten(typedUser) + " / " + shorten(typedName) + " / "
                + typedRoles + " / password " + shorten(typedPassword));
    }

    @Override
    public void submit() {
        if (action == Action.RESET) {
            vm.resetPassword();
        } else {
            vm.save();
        }
    }

    @Override
    public Map<String, String> fieldMessages() {
        return vm.errors();
    }

    @Override
    public Set<String> shownFields() {
        return Set.of(OperatorService.USERNAME, OperatorService.FULL_NAME, OperatorService.PASSWORD,
                OperatorService.ROLES, "active");
    }

    @Override
    public Map<String, Object> state() {
        Map<String, Object> m = read("SELECT count(*) FROM operator");
        m.put("operators", store.all().toString());
        m.put("hashes", db.jdbi().withHandle(h -> h.createQuery("SELECT group_concat(password_hash) FROM operator")
                .mapTo(String.class).one()));
        return m;
    }

    @Override
    public void checkSaved(Filled filled) {
        String info = dialogs.shown.isEmpty() ? "" : dialogs.shown.get(dialogs.shown.size() - 1);
        switch (action) {
            case CREATE -> {
                Operator op = store.findByUsername(strip(typedUser).toLowerCase(Locale.ROOT)).orElseThrow();
                assertThat(op.fullName()).isEqualTo(strip(typedName));
                assertThat(op.roles()).isEqualTo(typedRoles);
                assertThat(op.mustChangePassword()).isTrue();
                String pw = typedPassword.isBlank() ? temporary(info, op) : typedPassword;
                assertThat(service.signIn(op.username(), pw).mustChangePassword()).isTrue();
            }
            case EDIT -> {
                Operator op = store.find(edited.id()).orElseThrow();
                assertThat(op.fullName()).isEqualTo(strip(typedName));
                assertThat(op.roles()).isEqualTo(typedRoles);
            }
            case RESET -> {
                Operator op = store.find(edited.id()).orElseThrow();
                assertThat(service.signIn(op.username(), temporary(info, op)).mustChangePassword()).isTrue();
            }
        }
    }

    /** The temporary password in the "shown once" dialog. */
    private static String temporary(String info, Operator op) {
        assertThat(info).startsWith("info:").contains(op.username());
        return info.replaceAll("(?s).*\\(" + java.util.regex.Pattern.quote(op.username()) + "\\): (\\S+)\\n.*", "$1");
    }
}
