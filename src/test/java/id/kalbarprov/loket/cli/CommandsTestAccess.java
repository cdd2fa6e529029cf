package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.core.receipt.ReceiptService;
import id.kalbarprov.loket.store.Database;

/** The commands' package-private wiring and the command runner, for tests in other packages. */
public final class CommandsTestAccess {

    private CommandsTestAccess() {
    }

    public static ReceiptService receipts(Database db) {
        return ReceiptCommand.service(db);
    }

    public record Run(int code, String out, String err) {
    }

    /** Runs {@code command} with System.out and System.err caught. */
    public static Run captured(java.util.function.IntSupplier command) {
        CommandsTest.Run r = CommandsTest.captured(command);
        return new Run(r.code(), r.out(), r.err());
    }

    public static Run run(String... args) {
        CommandsTest.Run r = CommandsTest.run(args);
        return new Run(r.code(), r.out(), r.err());
    }
}
