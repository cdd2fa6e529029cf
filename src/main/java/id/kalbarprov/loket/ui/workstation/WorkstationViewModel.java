package id.kalbarprov.loket.ui.workstation;

import id.kalbarprov.loket.core.database.DatabaseException;
import id.kalbarprov.loket.core.database.DatabaseProblem;
import id.kalbarprov.loket.core.database.ServerAddress;
import id.kalbarprov.loket.core.database.ServerCheck;
import id.kalbarprov.loket.core.database.WorkstationSetup;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The first screen on a new workstation (docs/decisions/0020): "Hanya komputer ini" or "Server kantor
 * (PostgreSQL)" with host, port, database, user and password, "Tes koneksi" and a confirm. The test
 * and the confirm run on the worker thread; what is wrong shows at the field it concerns, in the words
 * opening the database would use. Only a working choice is kept, and never the password. When a kept
 * server choice finds no password, the same screen asks only for the password ({@link #askPassword}).
 */
public final class WorkstationViewModel {

    /** What the user chose: {@code server} null for this computer; the password is for this run only. */
    public record Chosen(ServerAddress server, String password) {
        @Override
        public String toString() {
            return server == null ? "this computer" : server.url(); // never the password
        }
    }

    /** The fields a message can belong to. */
    public enum Field { HOST, PORT, DATABASE, USER, PASSWORD, STATUS }

    private final WorkstationSetup setup;
    private final TaskRunner runner;
    private final I18n i18n;
    private final Consumer<Chosen> onChosen;

    private final BooleanProperty server = new SimpleBooleanProperty(false);
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(ServerAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty(ServerAddress.DEFAULT_DATABASE);
    private final StringProperty user = new SimpleStringProperty(ServerAddress.DEFAULT_USER);
    private final StringProperty password = new SimpleStringProperty("");
    private final java.util.Map<Field, StringProperty> errors = new java.util.EnumMap<>(Field.class);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty statusGood = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty passwordOnly = new SimpleBooleanProperty(false);

    public WorkstationViewModel(WorkstationSetup setup, TaskRunner runner, I18n i18n, Consumer<Chosen> onChosen) {
        this.setup = setup;
        this.runner = runner;
        this.i18n = i18n;
        this.onChosen = onChosen;
        for (Field f : Field.values()) {
            errors.put(f, new SimpleStringProperty(""));
        }
        server.addListener((o, was, now) -> clearMessages());
    }

    /**
     * The kept server at {@code address} did not let Loket in without a password: the screen shows its
     * address filled in and asks only for the password; {@code problem} says why.
     */
    public void askPassword(ServerAddress address, DatabaseException problem) {
        server.set(true);
        host.set(address.host());
        port.set(String.valueOf(address.port()));
        database.set(address.database());
        user.set(address.user());
        password.set("");
        passwordOnly.set(true);
        clearMessages();
        errors.get(Field.PASSWORD).set(problem == null ? i18n.t("workstation.password.ask") : text(problem));
    }

    /** "Tes koneksi": connects and says what it found, writing nothing. */
    public void testConnection() {
        ServerAddress address = validAddress();
        if (address == null) {
            return;
        }
        String typed = password.get();
        busy.set(true);
        runner.run(() -> setup.test(address, typed), check -> {
            busy.set(false);
            statusGood.set(true);
            status.set(found(check, address));
        }, this::failed);
    }

    /** The confirm: keeps a working choice (never the password) and hands it on to be opened. */
    public void confirm() {
        if (busy.get()) {
            return;
        }
        if (!server.get()) {
            clearMessages();
            busy.set(true);
            runner.run(() -> {
                setup.keepThisComputer();
                return Boolean.TRUE;
            }, ok -> {
                busy.set(false);
                onChosen.accept(new Chosen(null, null));
            }, this::failed);
            return;
        }
        ServerAddress address = validAddress();
        if (address == null) {
            return;
        }
        String typed = password.get();
        boolean keep = !passwordOnly.get(); // asked only for the password: the kept address stays as it is
        busy.set(true);
        runner.run(() -> {
            setup.test(address, typed); // a choice that does not work is not kept
            if (keep) {
                setup.keepServer(address);
            }
            return Boolean.TRUE;
        }, ok -> {
            busy.set(false);
            password.set("");
            onChosen.accept(new Chosen(address, typed.isEmpty() ? null : typed));
        }, this::failed);
    }

    private String found(ServerCheck check, ServerAddress address) {
        if (check.empty()) {
            return i18n.t("workstation.found.empty", address.database());
        }
        if (check.older()) {
            return i18n.t("workstation.found.older", address.database(), check.schemaVersion(), check.latest());
        }
        return i18n.t("workstation.found.loket", address.database());
    }

    private void failed(Throwable e) {
        busy.set(false);
        statusGood.set(false);
        DatabaseException problem = null;
        for (Throwable t = e; t != null && problem == null; t = t.getCause()) {
            if (t instanceof DatabaseException d) {
                problem = d;
            }
        }
        if (problem == null) {
            status.set(i18n.t("workstation.error.unexpected"));
            return;
        }
        Field field = fieldOf(problem.problem());
        (field == Field.STATUS ? status : errors.get(field)).set(text(problem));
    }

    private String text(DatabaseException problem) {
        if (problem.problem() == DatabaseProblem.PASSWORD_MISSING) {
            return i18n.t("workstation.password.missing", problem.args().toArray());
        }
        return i18n.of("dbProblem", problem.problem(), problem.args().toArray());
    }

    /** The field a problem is about: where the clerk must change something. */
    static Field fieldOf(DatabaseProblem problem) {
        return switch (problem) {
            case HOST_UNKNOWN, BAD_LOCATION -> Field.HOST;
            case SERVER_UNREACHABLE -> Field.PORT;
            case PASSWORD_MISSING, AUTH_FAILED -> Field.PASSWORD;
            case DATABASE_MISSING, NOT_LOKET, TOO_NEW, NO_PRIVILEGE -> Field.DATABASE;
            default -> Field.STATUS;
        };
    }

    /** The address typed in, or null after naming each empty or wrong field. */
    private ServerAddress validAddress() {
        clearMessages();
        String h = host.get().strip();
        String d = database.get().strip();
        String u = user.get().strip();
        int p = -1;
        try {
            p = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            // named below
        }
        if (h.isEmpty() || h.contains("/") || h.contains("@") || h.contains(" ")) {
            errors.get(Field.HOST).set(i18n.t("workstation.error.host"));
        }
        if (p < 1 || p > 65535) {
            errors.get(Field.PORT).set(i18n.t("workstation.error.port"));
        }
        if (d.isEmpty() || d.contains("/")) {
            errors.get(Field.DATABASE).set(i18n.t("workstation.error.database"));
        }
        if (u.isEmpty()) {
            errors.get(Field.USER).set(i18n.t("workstation.error.user"));
        }
        boolean wrong = errors.values().stream().anyMatch(e -> !e.get().isEmpty());
        return wrong ? null : new ServerAddress(h, p, d, u);
    }

    private void clearMessages() {
        errors.values().forEach(e -> e.set(""));
        status.set("");
        statusGood.set(false);
    }

    public BooleanProperty server() {
        return server;
    }

    public StringProperty host() {
        return host;
    }

    public StringProperty port() {
        return port;
    }

    public StringProperty database() {
        return database;
    }

    public StringProperty user() {
        return user;
    }

    public StringProperty password() {
        return password;
    }

    public StringProperty error(Field field) {
        return errors.get(field);
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty statusGood() {
        return statusGood;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public BooleanProperty passwordOnly() {
        return passwordOnly;
    }
}
