package id.kalbarprov.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.letters.LetterKind;
import id.kalbarprov.loket.core.letters.Paper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Printing counts as done only when the print system accepted the job: on a machine without lpr
 * (no cups-bsd) or when lpr refuses, the clerk hears that nothing was printed.
 */
@DisabledOnOs(OS.WINDOWS)
class LprPrintTest {

    @TempDir
    Path dir;

    private final byte[] letter = new LetterPdf().render(SampleLetters.letter(LetterKind.SELESAI)).pdf();

    private Path fakeLpr(String body) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path lpr = bin.resolve("lpr");
        Files.writeString(lpr, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(lpr, PosixFilePermissions.fromString("rwx------"));
        return bin;
    }

    @Test
    void withoutLprNothingIsReportedAsPrinted() {
        LetterPrinter printer = new LetterPrinter(Map.of("PATH", dir.resolve("empty").toString() + ":/nonexistent"), "Linux");
        assertThat(printer.lpr()).isEmpty();
        assertThatThrownBy(() -> printer.print(letter, "Kantor", Paper.A4, 1))
                .isInstanceOfSatisfying(LetterPrinter.PrintFailedException.class,
                        e -> assertThat(e.key()).isEqualTo("letters.print.noSpooler"));
    }

    @Test
    void aJobLprRefusesIsAFailure() throws Exception {
        Path bin = fakeLpr("echo 'lpr: The printer or class does not exist.' >&2; exit 1");
        assertThatThrownBy(() -> new LetterPrinter(Map.of("PATH", bin.toString()), "Linux")
                .print(letter, "TidakAda", Paper.A4, 1))
                .isInstanceOfSatisfying(LetterPrinter.PrintFailedException.class, e -> {
                    assertThat(e.key()).as("a printer the system does not know").isEqualTo("letters.print.noPrinter");
                    assertThat(e.getMessage()).contains("does not exist");
                });
    }

    @Test
    void anAcceptedJobCarriesThePdfPrinterCopiesAndPaper() throws Exception {
        Path args = dir.resolve("args.txt");
        Path got = dir.resolve("got.pdf");
        Path bin = fakeLpr("echo \"$@\" > " + args + "; for f; do last=$f; done; /bin/cp \"$last\" " + got + "; exit 0");
        new LetterPrinter(Map.of("PATH", bin.toString()), "Linux").print(letter, "Kantor", Paper.F4, 2);
        assertThat(Files.readString(args)).contains("-P Kantor", "-# 2", "media=Custom.215x330mm");
        assertThat(Files.readAllBytes(got)).isEqualTo(letter);
    }
}
