package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.DataDir;
import id.kalbarprov.loket.core.database.DatabaseException;
import id.kalbarprov.loket.core.letters.Verdict;
import id.kalbarprov.loket.core.letters.VerificationPort;
import id.kalbarprov.loket.core.letters.VerificationService;
import id.kalbarprov.loket.core.text.IndonesianDates;
import id.kalbarprov.loket.documents.VerificationCodes;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.DbLocation;
import id.kalbarprov.loket.store.VerificationStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code verify --pdf FILE}: was this letter issued here, with these exact bytes? */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Memeriksa keaslian surat keluar (surat konfirmasi atau balasan pengaduan) dalam FILE: "
                + "asli (exit 0), dibatalkan (exit 0, dengan peringatan), diubah atau tidak dikenal (exit 1).")
public final class VerifyCommand implements Callable<Integer> {

    @Mixin
    private DbOption db;

    @Option(names = "--pdf", required = true, paramLabel = "FILE", description = "Berkas PDF surat yang diperiksa.")
    private Path pdf;

    @Override
    public Integer call() {
        return run(db.location(), pdf);
    }

    /**
     * The command as typed in its plain form, {@code verify --db X --pdf F} (either order, also
     * {@code --db=X}, {@code --pdf=F}), ready to run without picocli; empty for anything else (help, no
     * --db, a --db that does not read, another option), which picocli reads and answers as always.
     */
    public static Optional<Callable<Integer>> direct(String[] args) {
        String where = null;
        String file = null;
        boolean named = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("verify") && !named) {
                named = true;
            } else if ((a.equals("--db") || a.equals("--pdf")) && i + 1 < args.length && !args[i + 1].startsWith("-")) {
                if (a.equals("--db") ? where != null : file != null) {
                    return Optional.empty();
                }
                if (a.equals("--db")) {
                    where = args[++i];
                } else {
                    file = args[++i];
                }
            } else if (a.startsWith("--db=") && where == null) {
                where = a.substring("--db=".length());
            } else if (a.startsWith("--pdf=") && file == null) {
                file = a.substring("--pdf=".length());
            } else {
                return Optional.empty();
            }
        }
        if (!named || where == null || file == null || file.isEmpty()) {
            return Optional.empty();
        }
        DbLocation location;
        Path pdf;
        try {
            location = DataDir.parse(where);
            pdf = Path.of(file);
        } catch (DatabaseException | java.nio.file.InvalidPathException e) {
            return Optional.empty(); // picocli says what is wrong with it
        }
        return Optional.of(() -> run(location, pdf));
    }

    static int run(DbLocation location, Path pdf) {
        if (location instanceof DbLocation.File f && !Files.exists(f.path())) {
            System.err.println("Database tidak ditemukan: " + f.path());
            return 1;
        }
        byte[] content;
        try {
            if (!Files.isRegularFile(pdf)) {
                System.err.println("Berkas tidak ditemukan: " + pdf);
                return 1;
            }
            content = Files.readAllBytes(pdf);
        } catch (IOException e) {
            System.err.println("Tidak dapat membaca " + pdf + ": " + e.getMessage());
            return 1;
        }
        // A database ready as it is is read on one plain connection (no Jdbi, no pool: most of the command's
        // start-up time); any other is opened as always, to be upgraded, completed or refused in its words.
        Optional<VerificationStore> quick = VerificationStore.readOnly(location);
        if (quick.isPresent()) {
            try (VerificationStore store = quick.get()) {
                return answer(service(store), content);
            }
        }
        Database database = Database.open(location);
        try {
            return answer(service(new VerificationStore(database)), content);
        } finally {
            database.close();
        }
    }

    private static int answer(VerificationService service, byte[] content) {
        Verdict v = service.verifyPdf(content);
        (v.kind().genuine() ? System.out : System.err).println(say(v));
        return v.kind().genuine() ? 0 : 1;
    }

    static VerificationService service(VerificationPort register) {
        return new VerificationService(register, VerificationCodes::read);
    }

    /** The verdict in one Indonesian sentence. */
    public static String say(Verdict v) {
        return switch (v.kind()) {
            case ISSUED -> "ASLI: surat Nomor " + v.number() + " tanggal " + IndonesianDates.longDate(v.date())
                    + " diterbitkan di sini, isi berkas sama persis dengan yang diterbitkan.";
            case CANCELLED -> "DIBATALKAN: surat Nomor " + v.number() + " tanggal " + IndonesianDates.longDate(v.date())
                    + " diterbitkan di sini tetapi telah dibatalkan"
                    + (v.cancelReason() == null ? "." : " (" + v.cancelReason() + ").");
            case ALTERED -> "DIUBAH: berkas ini memakai kode verifikasi surat Nomor " + v.number() + " tanggal "
                    + IndonesianDates.longDate(v.date()) + ", tetapi isinya tidak sama dengan surat yang diterbitkan.";
            case UNKNOWN -> "TIDAK DIKENAL: surat ini tidak ada dalam register surat keluar.";
            case NOT_A_PDF -> "BUKAN PDF: berkas ini bukan PDF; yang dapat diperiksa hanya PDF surat keluar.";
        };
    }
}
