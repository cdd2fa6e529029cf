package id.kalbarprov.loket;

import id.kalbarprov.loket.core.database.DatabaseException;
import id.kalbarprov.loket.core.database.ServerAddress;
import id.kalbarprov.loket.core.database.ServerCheck;
import id.kalbarprov.loket.core.database.WorkstationSetup;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.DbLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

/**
 * This workstation's database when Loket starts without {@code --db} or {@code LOKET_DB}: kept in
 * {@code workstation.properties} in the user's Loket folder as {@code database=sqlite} (this
 * computer's file) or {@code database=postgresql://user@host:port/db} — never a password. The password
 * comes from PGPASSWORD or the PostgreSQL password file, or is typed at the first screen for one run
 * (docs/decisions/0020).
 */
public final class Workstation implements WorkstationSetup {

    static final String FILE_NAME = "workstation.properties";
    private static final String KEY = "database";
    private static final String THIS_COMPUTER = "sqlite";

    private final Path choiceFile;
    private final Path defaultFile;
    private final Map<String, String> env;

    /**
     * @param choiceFile  where the choice is kept
     * @param defaultFile the SQLite file of "Hanya komputer ini"
     * @param env         the environment (PGPASSWORD)
     */
    public Workstation(Path choiceFile, Path defaultFile, Map<String, String> env) {
        this.choiceFile = choiceFile;
        this.defaultFile = defaultFile;
        this.env = Map.copyOf(env);
    }

    /** This operating-system user's workstation. */
    public static Workstation ofThisUser() {
        Map<String, String> env = System.getenv();
        Path file = DataDir.defaultDatabase(env, System.getProperty("os.name"), System.getProperty("user.home"));
        return new Workstation(file.resolveSibling(FILE_NAME), file, env);
    }

    public Path choiceFile() {
        return choiceFile;
    }

    /**
     * The kept choice, or empty when there is none (or it no longer reads: the screen asks again). A
     * server's password is PGPASSWORD's when set, else the driver reads the password file.
     */
    public Optional<DbLocation> stored() {
        if (!Files.isRegularFile(choiceFile)) {
            return Optional.empty();
        }
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newBufferedReader(choiceFile, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String value = p.getProperty(KEY, "").strip();
        if (value.equals(THIS_COMPUTER)) {
            return Optional.of(new DbLocation.File(defaultFile));
        }
        try {
            if (DbLocation.parse(value) instanceof DbLocation.Server s && s.password() == null) {
                return Optional.of(withPassword(s, null));
            }
        } catch (DatabaseException e) {
            // not a server address: ask again
        }
        return Optional.empty();
    }

    /** "Hanya komputer ini": the default SQLite file. */
    public DbLocation thisComputer() {
        return new DbLocation.File(defaultFile);
    }

    /** The server at {@code address}; {@code password} for this run only, else PGPASSWORD's or the password file's. */
    public DbLocation.Server server(ServerAddress address, String password) {
        return withPassword(new DbLocation.Server(address.host().strip().toLowerCase(java.util.Locale.ROOT),
                address.port(), address.database().strip(), address.user().strip(), null), password);
    }

    /** The address of a stored server, to fill in the screen when it asks for the password again. */
    public static ServerAddress addressOf(DbLocation.Server s) {
        return new ServerAddress(s.host(), s.port(), s.database(), s.effectiveUser());
    }

    private DbLocation.Server withPassword(DbLocation.Server s, String typed) {
        String password = typed != null && !typed.isEmpty() ? typed : env.get("PGPASSWORD");
        return new DbLocation.Server(s.host(), s.port(), s.database(), s.user(),
                password == null || password.isEmpty() ? null : password);
    }

    @Override
    public ServerCheck test(ServerAddress address, String password) {
        return Database.look(server(address, password));
    }

    @Override
    public void keepThisComputer() {
        write(THIS_COMPUTER);
    }

    @Override
    public void keepServer(ServerAddress address) {
        write(server(address, null).display()); // display(): the URL without any password
    }

    @Override
    public void forget() {
        try {
            Files.deleteIfExists(choiceFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String value) {
        try {
            Files.createDirectories(choiceFile.toAbsolutePath().getParent());
            Path tmp = choiceFile.resolveSibling(FILE_NAME + ".tmp");
            Files.writeString(tmp, "# Loket: database yang dipakai komputer ini (tanpa kata sandi)\n"
                    + KEY + "=" + value + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, choiceFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
