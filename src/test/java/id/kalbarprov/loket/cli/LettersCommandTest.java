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
    void complaintRepliesAreWrittenWithTheConfirmationLettersAndToldApart() throws Exception {
        Path file = dir.resolve("reply.db");
        var loket = id.kalbarprov.loket.Loket.open(file, id.kalbarprov.loket.store.LetterFixtures.clock());
        loket.outgoing().saveSettings(id.kalbarprov.loket.store.LetterFixtures.ADMIN,
                id.kalbarprov.loket.store.LetterFixtures.form(id.kalbarprov.loket.store.LetterFixtures.SIGNER));
        var kabid = id.kalbarprov.loket.store.LetterFixtures.KABID;
        long req = id.kalbarprov.loket.store.LetterFixtures.request(loket.database(),
                id.kalbarprov.loket.core.request.RequestState.SIAP_SURAT, 1);
        loket.outgoing().issue(kabid, req, 3);
        long ch = loket.reference().complaintChannels().get(0).id();
        long c = loket.complaintService().register(new id.kalbarprov.loket.core.complaints.ComplaintDraft(
                java.time.LocalDateTime.of(2026, 11, 18, 9, 0), ch, null, false, "Agus Salim",
                id.kalbarprov.loket.core.complaints.ComplainantKind.MASYARAKAT, null, null, null, null,
                "Jaringan putus."), id.kalbarprov.loket.store.LetterFixtures.LOKET).id();
        loket.complaintService().verify(c, 0, loket.reference().complaintCategories().get(0).id(), null, kabid);
        loket.complaintService().followUp(c, 1, "Diperbaiki.", kabid);
        byte[] stored = loket.outgoing().pdf(loket.complaintReplies().issue(c, 2, "Sudah diperbaiki.",
                "Jl. Merdeka 5, Pontianak", kabid).id());

        Path out = dir.resolve("arsip-balasan");
        CommandsTest.Run r = CommandsTest.run("letters", "--db", file.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 surat ditulis", "1 di antaranya balasan pengaduan");
        assertThat(Files.readAllBytes(out.resolve("2026_500.12_2_Diskominfo_balasan-pengaduan.pdf"))).isEqualTo(stored);
        assertThat(out.resolve("2026_500.12.6_1_Diskominfo.pdf")).exists();
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
