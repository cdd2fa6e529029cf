package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.DataDir;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --db FILE}, taken by every command; falls back to LOKET_DB and the per-user default. */
public final class DbOption {

    @Option(names = "--db", paramLabel = "FILE",
            description = "Berkas database SQLite (bawaan: LOKET_DB atau folder data pengguna).")
    private Path file;

    public Path file() {
        return DataDir.resolve(file, System.getenv());
    }
}
