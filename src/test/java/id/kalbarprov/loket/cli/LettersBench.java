package id.kalbarprov.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.letters.LetterContent;
import id.kalbarprov.loket.core.letters.LetterKind;
import id.kalbarprov.loket.core.letters.OutgoingLetterService;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.documents.LetterPdf;
import id.kalbarprov.loket.documents.SampleLetters;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.LetterFixtures;
import id.kalbarprov.loket.store.OutgoingLetterStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 4 timings: mvn -B -o test -Pbench -Dtest=LettersBench (numbers in docs/BENCHMARKS.md). */
@Tag("benchmark")
class LettersBench {

    @TempDir
    Path dir;

    @Test
    void aLetterRendersWithin100MillisecondsWarm() {
        LetterPdf pdf = new LetterPdf();
        LetterContent c = SampleLetters.letter(LetterKind.SELESAI);
        for (int i = 0; i < 50; i++) {
            pdf.render(c);
        }
        int n = 200;
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            pdf.render(c);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double median = ms[n / 2];
        double p99 = ms[(int) Math.ceil(n * 0.99) - 1];
        System.out.printf("BENCH letter render: median %.1f ms, p99 %.1f ms, max %.1f ms (%d runs)%n", median, p99,
                ms[n - 1], n);
        assertThat(median).isLessThanOrEqualTo(100);
        assertThat(p99).isLessThanOrEqualTo(100);
    }

    @Test
    void thousandLettersAreExportedWithin60Seconds() throws Exception {
        Path file = dir.resolve("bench.db");
        Database db = Database.open(file);
        OutgoingLetterService store = new OutgoingLetterService(new OutgoingLetterStore(db), new LetterPdf(), LetterFixtures.clock());
        store.saveSettings(LetterFixtures.ADMIN, LetterFixtures.form(LetterFixtures.SIGNER));
        long s0 = System.nanoTime();
        for (int i = 1; i <= 1000; i++) {
            store.issue(LetterFixtures.KABID, LetterFixtures.request(db, RequestState.SIAP_SURAT, i), 3);
        }
        double issueSeconds = (System.nanoTime() - s0) / 1e9;
        Path out = dir.resolve("out");
        long t0 = System.nanoTime();
        CommandsTest.Run r = CommandsTest.run("letters", "--db", file.toString(), "--out", out.toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        long files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.count();
        }
        System.out.printf("BENCH issue 1000 letters (render + store, one transaction each): %.1f s%n", issueSeconds);
        System.out.printf("BENCH letters export of %d PDFs: %.2f s%n", files, seconds);
        assertThat(r.code()).isZero();
        assertThat(files).isEqualTo(1000);
        assertThat(seconds).isLessThanOrEqualTo(60);
    }
}
