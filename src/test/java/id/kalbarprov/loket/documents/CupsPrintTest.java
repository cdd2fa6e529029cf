package id.kalbarprov.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.kalbarprov.loket.core.letters.LetterKind;
import id.kalbarprov.loket.core.letters.Paper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prints a letter through JavaFX printing to the CUPS-PDF printer that .ci/run installs, and
 * checks a new PDF came out. Skipped only where no printer is visible (a dev machine without CUPS).
 */
class CupsPrintTest {

    @BeforeAll
    static void startFx() throws Exception {
        // The same toolkit start as the TestFX tests, so they can share this JVM.
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    /** Where cups-pdf writes: its configured Out folder, and the usual fallbacks. */
    static List<Path> outputFolders() throws IOException {
        String home = System.getProperty("user.home");
        Set<Path> folders = new HashSet<>();
        Path conf = Path.of("/etc/cups/cups-pdf.conf");
        if (Files.isReadable(conf)) {
            for (String line : Files.readAllLines(conf)) {
                String l = line.strip();
                if (l.startsWith("Out ")) {
                    folders.add(Path.of(l.substring(4).strip().replace("${HOME}", home)
                            .replace("${USER}", System.getProperty("user.name"))));
                }
            }
        }
        folders.add(Path.of(home, "PDF"));
        folders.add(Path.of("/var/spool/cups-pdf/ANONYMOUS"));
        folders.add(Path.of("/var/spool/cups-pdf", System.getProperty("user.name")));
        return List.copyOf(folders);
    }

    static Set<Path> pdfs(List<Path> folders) throws IOException {
        Set<Path> all = new HashSet<>();
        for (Path f : folders) {
            if (Files.isDirectory(f)) {
                try (Stream<Path> s = Files.list(f)) {
                    s.filter(p -> p.toString().endsWith(".pdf")).forEach(all::add);
                }
            }
        }
        return all;
    }

    @Test
    void aLetterPrintedToCupsPdfComesOutAsAPdfPage() throws Exception {
        List<String> printers = LetterPrinter.printerNames();
        assumeTrue(!printers.isEmpty(), "no printer visible (CUPS not running): .ci/run starts one");
        String printer = printers.stream().filter(n -> n.toUpperCase().contains("PDF")).findFirst()
                .orElse(printers.get(0));
        List<Path> folders = outputFolders();
        Set<Path> before = pdfs(folders);

        byte[] letter = new LetterPdf().render(SampleLetters.letter(LetterKind.SELESAI)).pdf();
        new LetterPrinter().print(letter, printer, Paper.A4, 1);

        Path printed = null;
        long deadline = System.currentTimeMillis() + 60_000;
        while (printed == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            Set<Path> now = pdfs(folders);
            now.removeAll(before);
            for (Path p : now) {
                if (Files.size(p) > 0) {
                    printed = p;
                }
            }
        }
        assertThat(printed).as("a new PDF in %s", folders).isNotNull();
        Thread.sleep(1000);
        try (var doc = Loader.loadPDF(printed.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void anAbsentPrinterIsAClearFailure() {
        byte[] letter = new LetterPdf().render(SampleLetters.letter(LetterKind.DITOLAK)).pdf();
        boolean spooler = System.getProperty("os.name").toLowerCase().contains("win")
                || new LetterPrinter().lpr().isPresent();
        assertThatThrownBy(() -> new LetterPrinter().print(letter, "Printer Yang Tidak Ada", Paper.A4, 1))
                .isInstanceOfSatisfying(LetterPrinter.PrintFailedException.class, e -> assertThat(e.key())
                        .isEqualTo(spooler ? "letters.print.noPrinter" : "letters.print.noSpooler"));
        assertThatThrownBy(() -> new LetterPrinter().print(letter, "x", Paper.A4, 0))
                .isInstanceOfSatisfying(LetterPrinter.PrintFailedException.class,
                        e -> assertThat(e.key()).isEqualTo("letters.print.badCopies"));
    }
}
