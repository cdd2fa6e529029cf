package id.kalbarprov.loket;

import id.kalbarprov.loket.cli.CommandsTestAccess;
import id.kalbarprov.loket.cli.VerifyCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The launcher's own paths, for tests in other packages. */
public final class LauncherTestAccess {

    private LauncherTestAccess() {
    }

    /** verify's plain form as the launcher runs it, without picocli ({@link VerifyCommand#direct}). */
    public static CommandsTestAccess.Run verify(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Launcher.verify(VerifyCommand.direct(args).orElseThrow(), args);
            return new CommandsTestAccess.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
