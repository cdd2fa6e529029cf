package id.kalbarprov.loket.cli;

import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.OutgoingLetterStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code letters --out DIR}: writes the stored PDF of every issued letter (confirmations and complaint replies). */
@Command(name = "letters", mixinStandardHelpOptions = true,
        description = "Menulis PDF setiap surat keluar yang telah diterbitkan (surat konfirmasi dan balasan "
                + "pengaduan) ke folder DIR (untuk arsip).")
public final class LettersCommand implements Callable<Integer> {

    @Mixin
    private DbOption db;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder tujuan (dibuat bila belum ada).")
    private Path out;

    @Override
    public Integer call() {
        if (!db.onServer() && !Files.exists(db.file())) {
            System.err.println("Database tidak ditemukan: " + db.file());
            return 1;
        }
        long t0 = System.nanoTime();
        int[] n = {0, 0};
        try {
            Files.createDirectories(out);
            OutgoingLetterStore store = new OutgoingLetterStore(db.open());
            store.forEachPdf((letter, pdf) -> {
                try {
                    Files.write(out.resolve(fileName(letter.year(), letter.number(), letter.cancelled(),
                            letter.complaintReply())), pdf);
                    n[0]++;
                    n[1] += letter.complaintReply() ? 1 : 0;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Tidak dapat menulis ke " + out + ": " + e.getMessage());
            return 1;
        }
        System.out.printf("%d surat ditulis ke %s (%d di antaranya balasan pengaduan) dalam %.1f detik%n", n[0], out,
                n[1], (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    /**
     * "2026_500.12.6_17_Diskominfo.pdf" from "500.12.6/17/Diskominfo" of 2026: letters, digits, dot,
     * dash only; the year first because serials restart every year.
     */
    static String fileName(int year, String number, boolean cancelled) {
        return fileName(year, number, cancelled, false);
    }

    /** As above; a reply to a complaint ends in "_balasan-pengaduan" so the archive tells them apart. */
    static String fileName(int year, String number, boolean cancelled, boolean complaintReply) {
        String safe = number.replaceAll("[^A-Za-z0-9.\\-]+", "_").replaceAll("^[._]+|_+$", "");
        return year + "_" + (safe.isEmpty() ? "surat" : safe) + (complaintReply ? "_balasan-pengaduan" : "")
                + (cancelled ? "_DIBATALKAN" : "") + ".pdf";
    }
}
