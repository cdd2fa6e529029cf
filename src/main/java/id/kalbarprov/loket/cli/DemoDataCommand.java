package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.documents.LetterPdf;
import id.kalbarprov.loket.store.DemoData;
import id.kalbarprov.loket.store.DemoFeedback;
import id.kalbarprov.loket.store.DemoLetters;
import id.kalbarprov.loket.store.DemoOperators;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code demo-data}: fills a database with realistic records. */
@Command(name = "demo-data", mixinStandardHelpOptions = true,
        description = "Mengisi database dengan data contoh yang realistis (2024 s.d. hari ini).")
public final class DemoDataCommand implements Callable<Integer> {

    @Mixin
    private DbOption db;

    @Option(names = "--letters", defaultValue = "2000", paramLabel = "N", description = "Jumlah surat masuk (bawaan 2000).")
    private int letters;

    @Option(names = "--seed", defaultValue = "20261123", description = "Benih acak, agar hasil dapat diulang.")
    private long seed;

    @Override
    public Integer call() {
        if (letters < 1 || letters > 5_000_000) {
            System.err.println("--letters harus antara 1 dan 5000000.");
            return 2;
        }
        long t0 = System.nanoTime();
        Database database = db.open();
        long t1 = System.nanoTime();
        // Up to the last working day: on a Sunday, letters "received" on Monday would lie in the future.
        int n = DemoData.write(database, letters, seed, DemoData.lastWorkingDay(database, LocalDate.now()));
        long t2 = System.nanoTime();
        System.out.printf("%d surat masuk contoh ditulis (%.1f detik)%n", n, (t2 - t1) / 1e9);
        int issued = DemoLetters.write(database, new LetterPdf(), 4, 300, seed, LocalDate.now());
        long t3 = System.nanoTime();
        System.out.printf("%d surat konfirmasi contoh diterbitkan (%.1f detik)%n", issued, (t3 - t2) / 1e9);
        int complaints = DemoFeedback.complaints(database, n, seed, LocalDate.now());
        int surveys = DemoFeedback.surveys(database, seed, LocalDate.now());
        System.out.printf("%d pengaduan dan %d kuesioner survei kepuasan contoh ditulis (%.1f detik)%n", complaints,
                surveys, (System.nanoTime() - t3) / 1e9);
        int people = DemoOperators.write(database, LocalDateTime.now());
        if (people > 0) {
            System.out.printf("%d petugas contoh ditambahkan dengan nama lengkapnya (nonaktif, tanpa kata sandi)%n", people);
        }
        System.out.printf("%d surat contoh ditulis ke %s dalam %.1f detik%n", n, db.location().display(),
                (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
