package id.kalbarprov.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo-data} issues confirmation letters; {@code letters} writes every issued PDF. */
class LettersCommandTest {

    @TempDir
    Path dir;

    @Test
    void demoDataIssuesLettersAndLettersWritesEachPdf() throws Exception {
        String db = dir.resolve("demo.db").toString();
        CommandsTest.Run demo = CommandsTest.run("demo-data", "--db", db, "--letters", "300");
        assertThat(demo.code()).as(demo.err()).isZero();
        Matcher m = Pattern.compile("(\\d+) surat konfirmasi contoh diterbitkan").matcher(demo.out());
        assertThat(m.find()).as(demo.out()).isTrue();
        int issued = Integer.parseInt(m.group(1));
        assertThat(issued).isGreaterThan(10);
        assertThat(CommandsTest.run("check", "--db", db).out()).contains("outgoing_letter: " + issued);

        Path out = dir.resolve("arsip");
        CommandsTest.Run r = CommandsTest.run("letters", "--db", db, "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(issued + " surat ditulis");
        List<Path> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.sorted().toList();
        }
        assertThat(files).hasSize(issued);
        for (Path f : files) {
            assertThat(f.getFileName().toString()).matches("[A-Za-z0-9.\\-_]+\\.pdf");
            byte[] head = new byte[8];
            try (var in = Files.newInputStream(f)) {
                assertThat(in.read(head)).isEqualTo(8);
            }
            assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).startsWith("%PDF-");
        }
        assertThat(files).anyMatch(f -> f.getFileName().toString().matches("2024_500\\.12\\.(6|15)_1_Diskominfo\\.pdf"));
    }

    @Test
    void fileNamesKeepOnlySafeCharacters() {
        assertThat(LettersCommand.fileName(2026, "500.12.6/17/Diskominfo", false)).isEqualTo("2026_500.12.6_17_Diskominfo.pdf");
        assertThat(LettersCommand.fileName(2025, "../x:y*z?/1", true)).isEqualTo("2025_x_y_z_1_DIBATALKAN.pdf");
    }

    @Test
    void aMissingDatabaseIsAClearError() {
        CommandsTest.Run r = CommandsTest.run("letters", "--db", dir.resolve("none.db").toString(), "--out",
                dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Database tidak ditemukan");
    }
}
