package id.kalbarprov.loket;

import id.kalbarprov.loket.cli.BackupCommand;
import id.kalbarprov.loket.cli.CheckCommand;
import id.kalbarprov.loket.cli.DbOption;
import id.kalbarprov.loket.cli.DemoDataCommand;
import id.kalbarprov.loket.cli.DueDateCommand;
import id.kalbarprov.loket.cli.LettersCommand;
import id.kalbarprov.loket.cli.RestoreCommand;
import java.nio.file.Path;
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
        description = "Loket — layanan Diskominfo Provinsi Kalimantan Barat. Tanpa perintah: membuka aplikasi.",
        subcommands = {DemoDataCommand.class, CheckCommand.class, DueDateCommand.class,
                LettersCommand.class, BackupCommand.class, RestoreCommand.class})
public final class Launcher implements Callable<Integer> {

    @Mixin
    private DbOption db;

    public static void main(String[] args) {
        long started = System.nanoTime();
        // Before anything logs (command classes may hold loggers): loket.log goes beside the database.
        Path database = DataDir.resolve(dbArgument(args), System.getenv());
        Logging.configure(database);
        if (args.length == 0 || onlyDbArgs(args)) {
            // The app: straight to the window (docs/decisions/0015). Building the command line costs about
            // 0.2 s, and picocli's Java 5 classes cannot go into the class-data-sharing archive.
            LoketApp.launchedAtNanos = started;
            LoketApp.databaseFile = database;
            Logging.startInBackground();
            Application.launch(LoketApp.class);
            return;
        }
        CommandLine cli = commandLine();
        cli.setExecutionStrategy(parsed -> {
            DbOption option = parsed.subcommand() != null
                    ? parsed.subcommand().commandSpec().mixins().values().stream()
                        .map(m -> m.userObject()).filter(DbOption.class::isInstance).map(DbOption.class::cast)
                        .findFirst().orElse(null)
                    : null;
            Path file = option != null ? option.file() : ((Launcher) parsed.commandSpec().userObject()).db.file();
            Logging.configure(file);
            LoketApp.launchedAtNanos = started;
            return new CommandLine.RunLast().execute(parsed);
        });
        int code = cli.execute(args);
        if (code != 0 || args.length > 0 && !onlyDbArgs(args)) {
            System.exit(code);
        }
    }

    /**
     * The command line with its safety net: an unexpected failure prints one Indonesian line and
     * exits 1; the stack trace goes to the log, never to the administrator's screen.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Launcher());
        cli.setParameterExceptionHandler(new id.kalbarprov.loket.cli.ArgumentErrors());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            org.slf4j.LoggerFactory.getLogger(Launcher.class).error("Command failed: {} ({}, Java {})",
                    parsed.originalArgs(), BuildInfo.current().line(), System.getProperty("java.runtime.version"), e);
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            cmd.getErr().println("Perintah gagal: " + root.getMessage()
                    + ". Rincian dicatat di berkas log (loket.log).");
            return 1;
        });
        return cli;
    }

    /** The value of {@code --db FILE} or {@code --db=FILE} anywhere in {@code args}, or null. */
    static Path dbArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--db=")) {
                return Path.of(args[i].substring("--db=".length()));
            }
        }
        return null;
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
        LoketApp.databaseFile = db.file();
        Application.launch(LoketApp.class);
        return 0;
    }
}
