package id.kalbarprov.loket;

import id.kalbarprov.loket.cli.CommandsTestAccess;
import id.kalbarprov.loket.cli.VerifyCommand;

/** The launcher's own paths, for tests in other packages. */
public final class LauncherTestAccess {

    private LauncherTestAccess() {
    }

    /** verify's plain form as the launcher runs it, without picocli ({@link VerifyCommand#direct}). */
    public static CommandsTestAccess.Run verify(String... args) {
        return CommandsTestAccess.captured(() -> Launcher.verify(VerifyCommand.direct(args).orElseThrow(), args));
    }
}
