package id.kalbarprov.loket;

import id.kalbarprov.loket.cli.DbTexts;
import id.kalbarprov.loket.core.database.DatabaseException;
import id.kalbarprov.loket.store.DbLocation;
import id.kalbarprov.loket.cli.BackupCommand;
import id.kalbarprov.loket.cli.CheckCommand;
import id.kalbarprov.loket.cli.CopyCommand;
import id.kalbarprov.loket.cli.DbOption;
import id.kalbarprov.loket.cli.DemoDataCommand;
import id.kalbarprov.loket.cli.DueDateCommand;
import id.kalbarprov.loket.cli.IkmCommand;
import id.kalbarprov.loket.cli.LettersCommand;
import id.kalbarprov.loket.cli.ReportCommand;
import id.kalbarprov.loket.cli.RestoreCommand;
import id.kalbarprov.loket.cli.SurveyImportCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.Application;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Entry point of {@code java -jar loket.jar}: no command opens the app, a command runs headless.
 * Not a JavaFX Application itself, so the shaded jar runs on the plain classpath.
 */
@Command(name = "loket", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
        description = "Loket — layanan Diskominfo Provinsi Kalimantan Barat. Tanpa perintah: membuka aplikasi.")
public final class Launcher implements Callable<Integer> {

    /** The commands, in the order --help lists them. */
    static final List<Class<?>> COMMANDS = List.of(DemoDataCommand.class, CheckCommand.class, DueDateCommand.class,
            LettersCommand.class, BackupCommand.class, RestoreCommand.class, CopyCommand.class, ReportCommand.class,
            SurveyImportCommand.class, IkmCommand.class, id.kalbarprov.loket.cli.AttachCommand.class,
            id.kalbarprov.loket.cli.AttachmentsCommand.class, id.kalbarprov.loket.cli.ReceiptCommand.class,
            id.kalbarprov.loket.cli.VerifyCommand.class, id.kalbarprov.loket.cli.ImportAgendaCommand.class,
            id.kalbarprov.loket.cli.AgendaExportCommand.class);

    /** When main started, for the app's "window shown after" line. */
    private static long startedAtNanos;

    @Mixin
    private DbOption db;

    public static void main(String[] args) {
        long started = System.nanoTime();
        startedAtNanos = started;
        // Before anything logs (command classes may hold loggers): loket.log goes beside the database.
        Logging.configure(logLocation(args));
        if (args.length == 0 || onlyDbArgs(args)) {
            String fromEnv = System.getenv(DataDir.ENV_DB);
            boolean given = dbArgument(args) != null || fromEnv != null && !fromEnv.isBlank();
            // Neither --db nor LOKET_DB: this workstation's kept choice, or its first screen (docs/decisions/0020).
            DbLocation location = given ? appLocation(args) : null;
            if (location != null || !given) {
                // The app: straight to the window (docs/decisions/0015). Building the command line costs about
                // 0.2 s, and picocli's Java 5 classes cannot go into the class-data-sharing archive.
                LoketApp.launchedAtNanos = started;
                LoketApp.database = location;
                Logging.startInBackground();
                Application.launch(LoketApp.class);
                return;
            }
            // a --db or LOKET_DB that is neither a file nor a server: the command line says what is wrong
        }
        if ("verify".equals(commandName(args))) {
            java.util.Optional<Callable<Integer>> direct = id.kalbarprov.loket.cli.VerifyCommand.direct(args);
            if (direct.isPresent()) {
                if (System.getProperty("slf4j.provider") == null) {
                    System.setProperty("slf4j.provider", LazyLogging.class.getName());
                    System.setProperty("slf4j.internal.verbosity", "WARN"); // no line on the screen about the choice
                }
                System.exit(verify(direct.get(), args));
            }
        }
        CommandLine cli = commandLine(commandName(args));
        cli.setExecutionStrategy(parsed -> {
            DbOption option = parsed.subcommand() != null
                    ? parsed.subcommand().commandSpec().mixins().values().stream()
                        .map(m -> m.userObject()).filter(DbOption.class::isInstance).map(DbOption.class::cast)
                        .findFirst().orElse(null)
                    : null;
            DbOption used = option != null ? option : ((Launcher) parsed.commandSpec().userObject()).db;
            try {
                Logging.configure(used.location());
            } catch (DatabaseException e) {
                // a bad LOKET_DB: the command reports it
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        int code = cli.execute(args);
        if (code != 0 || args.length > 0 && !onlyDbArgs(args)) {
            System.exit(code);
        }
    }

    /**
     * {@code verify --db X --pdf F} as typed (issue 14: ≤ 200 ms): straight to the command, without
     * picocli (about 170 classes, not archivable for class-data sharing) and with logback started only
     * if a line is written ({@link LazyLogging}); the same answers, messages and exit codes.
     */
    static int verify(Callable<Integer> command, String[] args) {
        try {
            return command.call();
        } catch (Exception e) {
            java.io.PrintWriter err = new java.io.PrintWriter(System.err, true);
            return failed(e, List.of(args), err);
        }
    }

    /** Where loket.log goes before the arguments are parsed: --db's folder when it reads, else the default. */
    private static DbLocation logLocation(String[] args) {
        try {
            String value = dbArgument(args);
            return DataDir.resolve(value == null ? null : DataDir.parse(value), System.getenv());
        } catch (DatabaseException e) {
            return new DbLocation.File(DataDir.folder().resolve("loket.db"));
        }
    }

    /** The database the app opens when started with no command, or null when --db/LOKET_DB is not usable. */
    private static DbLocation appLocation(String[] args) {
        try {
            String value = dbArgument(args);
            return DataDir.resolve(value == null ? null : DataDir.parse(value), System.getenv());
        } catch (DatabaseException e) {
            return null;
        }
    }

    /**
     * The command line with its safety net: an unexpected failure prints one Indonesian line and
     * exits 1; the stack trace goes to the log, never to the administrator's screen.
     */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command line with only command {@code name} when it is one of {@link #COMMANDS}, else with all:
     * picocli makes each command and reads its fields, which loads the classes of every command (about a
     * third of a short command's time, e.g. {@code verify}).
     */
    static CommandLine commandLine(String name) {
        boolean known = COMMANDS.stream().anyMatch(c -> nameOf(c).equals(name));
        CommandLine cli = new CommandLine(new Launcher());
        for (Class<?> c : COMMANDS) {
            if (!known || nameOf(c).equals(name)) {
                cli.addSubcommand(c);
            }
        }
        cli.setParameterExceptionHandler(new id.kalbarprov.loket.cli.ArgumentErrors());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> failed(e, parsed.originalArgs(), cmd.getErr()));
        return cli;
    }

    /**
     * A command that failed unexpectedly: one Indonesian line on {@code err}, the stack trace in loket.log.
     *
     * @return the exit code, 1
     */
    static int failed(Exception e, List<String> args, java.io.PrintWriter err) {
        boolean logged = Logging.written(() -> org.slf4j.LoggerFactory.getLogger(Launcher.class).error(
                "Command failed: {} ({}, Java {})", masked(args), BuildInfo.current().line(),
                System.getProperty("java.runtime.version"), e));
        DatabaseException db = databaseProblem(e);
        if (db == null) {
            db = id.kalbarprov.loket.store.Failures.classify(e, where(args)).orElse(null);
        }
        if (db != null) {
            err.println(DbTexts.of(db));
            if (!logged) {
                err.println(Logging.NOT_WRITTEN);
            }
            return 1;
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        err.println("Perintah gagal: " + root.getMessage() + ". "
                + (logged ? "Rincian dicatat di berkas log (loket.log)." : Logging.NOT_WRITTEN));
        return 1;
    }

    /** The database a failed command was given, for its message. */
    private static String where(List<String> args) {
        try {
            String value = dbArgument(args.toArray(new String[0]));
            return DataDir.resolve(value == null ? null : DataDir.parse(value), System.getenv()).display();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /** The first argument that is neither an option nor --db's value: the command, if any. */
    static String commandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return null;
    }

    /** The value of {@code --db X} or {@code --db=X} anywhere in {@code args}, or null. */
    static String dbArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--db=")) {
                return args[i].substring("--db=".length());
            }
        }
        return null;
    }

    /** The database problem behind {@code e}, if that is what it is. */
    static DatabaseException databaseProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabaseException d) {
                return d;
            }
        }
        return null;
    }

    /** The arguments for the log, a server password replaced by "***". */
    static java.util.List<String> masked(java.util.List<String> args) {
        return args.stream().map(a -> a.replaceFirst("(?i)(postgres(?:ql)?://[^:@/]*):[^@/]*@", "$1:***@")).toList();
    }

    private static boolean onlyDbArgs(String[] args) {
        return args.length == 2 && args[0].equals("--db") || args.length == 1 && args[0].startsWith("--db=");
    }

    /** {@code --version}: the version and build time of this Loket. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {BuildInfo.current().line()};
        }
    }

    @Override
    public Integer call() {
        LoketApp.launchedAtNanos = startedAtNanos;
        LoketApp.database = db.location();
        Application.launch(LoketApp.class);
        return 0;
    }
}
