package id.kalbarprov.loket.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Wrong command-line arguments answered in Indonesian (picocli's own messages are English): one
 * line saying what is wrong, then where the help is. Exit code 2, as picocli's.
 */
public final class ArgumentErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        // the logger only when arguments are bad: every command makes this handler, most never log
        LoggerFactory.getLogger(ArgumentErrors.class).info("Bad arguments: {}", ex.getMessage() == null ? null
                : ex.getMessage().replaceAll("(?i)(postgres(?:ql)?://[^:@/\\s]*):[^@/\\s]*@", "$1:***@"));
        err.println(message(ex));
        err.println("Lihat: " + cmd.getCommandSpec().qualifiedName() + " --help");
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The Indonesian sentence for {@code ex}. */
    public static String message(ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return "Argumen tidak dikenal: " + u.getUnmatched().stream().map(a -> "'" + a + "'")
                    .collect(Collectors.joining(", ")) + ".";
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return "Belum diisi: " + m.getMissing().stream().map(ArgumentErrors::name)
                    .collect(Collectors.joining(", ")) + ".";
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return "Pilihan " + name(o.getOverwritten()) + " diberikan lebih dari sekali.";
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            return "Terlalu banyak nilai untuk perintah ini.";
        }
        if (ex.getCause() instanceof CommandLine.TypeConversionException t && t.getMessage() != null
                && ex.getArgSpec() instanceof OptionSpec o && o.longestName().equals("--db")) {
            return t.getMessage(); // already says what is wrong with the value and what to write
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return "Nilai '" + ex.getValue() + "' tidak sah untuk " + name(ex.getArgSpec()) + ".";
        }
        if (ex.getArgSpec() != null) {
            return "Pilihan " + name(ex.getArgSpec()) + " tidak dapat dipakai seperti itu.";
        }
        return "Argumen perintah tidak sah.";
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec o ? o.longestName() : spec.paramLabel();
    }
}
