package id.kalbarprov.loket.store;

import static id.kalbarprov.loket.store.LetterFixtures.ADMIN;
import static id.kalbarprov.loket.store.LetterFixtures.KABID;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import id.kalbarprov.loket.cli.CommandsTestAccess;
import id.kalbarprov.loket.core.letters.IssuedLetter;
import id.kalbarprov.loket.core.letters.OutgoingLetterService;
import id.kalbarprov.loket.core.letters.Verdict;
import id.kalbarprov.loket.core.letters.VerificationService;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.documents.LetterPages;
import id.kalbarprov.loket.documents.LetterPdf;
import id.kalbarprov.loket.documents.VerificationCodes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Verifiable letters (issue 14): the code and QR on an issued letter, and what verify says, on both backends. */
@OnBothBackends
class VerificationTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void anIssuedLetterIsGenuineByItsBytesAlteredWhenChangedAndCancelledWhenCancelled() throws Exception {
        Database db = backend.open(dir);
        OutgoingLetterService letters = new OutgoingLetterService(new OutgoingLetterStore(db), new LetterPdf(),
                LetterFixtures.clock());
        letters.saveSettings(ADMIN, LetterFixtures.form(LetterFixtures.SIGNER));
        long req = LetterFixtures.request(db, RequestState.SIAP_SURAT, 1);
        IssuedLetter issued = letters.issue(KABID, req, 3);
        byte[] pdf = letters.pdf(issued.id());
        VerificationService verify = new VerificationService(new VerificationStore(db), VerificationCodes::read);

        String code = VerificationCodes.read(pdf).orElseThrow();
        assertThat(code).matches("[0-9A-Z]{5}-[0-9A-Z]{5}");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("Kode verifikasi: " + code);
        BufferedImage page = LetterPages.render(pdf, 200).get(0);
        int[] px = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        assertThat(new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(page.getWidth(), page.getHeight(), px)))).getText())
                .isEqualTo("VERIFIKASI " + code + " 500.12.6/1/Diskominfo");

        Verdict genuine = verify.verifyPdf(pdf);
        assertThat(genuine.kind()).isEqualTo(Verdict.Kind.ISSUED);
        assertThat(genuine.number()).isEqualTo("500.12.6/1/Diskominfo");
        assertThat(verify.verifyCode(code.toLowerCase().replace("-", " ")).number()).isEqualTo("500.12.6/1/Diskominfo");

        byte[] altered = resaved(pdf);
        assertThat(altered).isNotEqualTo(pdf);
        Verdict changed = verify.verifyPdf(altered);
        assertThat(changed.kind()).isEqualTo(Verdict.Kind.ALTERED);
        assertThat(changed.number()).isEqualTo("500.12.6/1/Diskominfo");

        assertThat(verify.verifyPdf("Ini bukan PDF".getBytes(StandardCharsets.UTF_8)).kind())
                .isEqualTo(Verdict.Kind.NOT_A_PDF);
        assertThat(verify.verifyPdf(id.kalbarprov.loket.documents.ScanSamples.pdf(1, 1)).kind())
                .isEqualTo(Verdict.Kind.UNKNOWN);
        assertThat(verify.verifyCode("ZZZZZ-ZZZZZ").kind()).isEqualTo(Verdict.Kind.UNKNOWN);
        assertThat(verify.verifyCode("bukan kode").kind()).isEqualTo(Verdict.Kind.UNKNOWN);

        letters.cancel(KABID, issued.id(), "Salah alamat");
        assertThat(verify.verifyPdf(pdf).kind()).isEqualTo(Verdict.Kind.CANCELLED);
        assertThat(letters.pdf(issued.id())).as("the stored PDF never changes").isEqualTo(pdf);
    }

    /** The same letter opened and saved again by another program: same look, other bytes. */
    static byte[] resaved(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle("Disunting");
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void theVerifyCommandExitsOneForAlteredUnknownAndNonPdf() throws Exception {
        if (backend != Backend.SQLITE) {
            return; // the command itself is the same on both; the store is what differs
        }
        Database db = backend.open(dir);
        Path file = issuedLetterAndAlteredCopy(db);
        Path changed = dir.resolve("ubah.pdf");
        Path word = java.nio.file.Files.writeString(dir.resolve("surat.docx"), "PK bukan pdf");
        db.close();
        String dbFile = dir.resolve("loket.db").toString();
        var ok = CommandsTestAccess.run("verify", "--db", dbFile, "--pdf", file.toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).startsWith("ASLI: surat Nomor 500.12.6/1/Diskominfo tanggal 23 November 2026");
        var bad = CommandsTestAccess.run("verify", "--db", dbFile, "--pdf", changed.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).startsWith("DIUBAH: berkas ini memakai kode verifikasi surat Nomor 500.12.6/1/Diskominfo");
        var notPdf = CommandsTestAccess.run("verify", "--db", dbFile, "--pdf", word.toString());
        assertThat(notPdf.code()).isEqualTo(1);
        assertThat(notPdf.err()).startsWith("BUKAN PDF");
    }

    /**
     * The command reads a database that needs nothing done on one plain connection (no Jdbi: issue 14's
     * 200 ms), with the same answers; one that a newer Loket made is refused in the same words as before,
     * and one whose demo data stopped half-way is completed by opening it, as every command does.
     */
    @Test
    void theVerifyCommandAnswersTheSameOnTheDirectPathAndLeavesOtherDatabasesToOpening() throws Exception {
        Database db = backend.open(dir);
        Path file = issuedLetterAndAlteredCopy(db);
        Path changed = dir.resolve("ubah.pdf");
        db.close();
        DbLocation location = backend.location(dir);
        String where = location.display();
        try (VerificationStore direct = VerificationStore.readOnly(location).orElseThrow()) {
            VerificationService service = new VerificationService(direct, VerificationCodes::read);
            assertThat(service.verifyPdf(java.nio.file.Files.readAllBytes(file)).kind()).isEqualTo(Verdict.Kind.ISSUED);
        }
        var ok = CommandsTestAccess.run("verify", "--db", where, "--pdf", file.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).startsWith("ASLI: surat Nomor 500.12.6/1/Diskominfo tanggal 23 November 2026");
        var bad = CommandsTestAccess.run("verify", "--db", where, "--pdf", changed.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).startsWith("DIUBAH: berkas ini memakai kode verifikasi surat Nomor 500.12.6/1/Diskominfo");
        assertThat(id.kalbarprov.loket.LauncherTestAccess.verify("verify", "--db", where, "--pdf", file.toString()))
                .as("as the launcher runs it, without picocli").isEqualTo(ok);
        assertThat(id.kalbarprov.loket.LauncherTestAccess.verify("verify", "--pdf=" + changed, "--db=" + where)).isEqualTo(bad);

        if (backend == Backend.SQLITE) {
            Backend.behindTheAppsBack(db, "CREATE TABLE " + LoadIndexes.TABLE + " (name TEXT PRIMARY KEY, sql TEXT NOT NULL)");
            assertThat(VerificationStore.readOnly(location)).as("demo data stopped half-way").isEmpty();
            assertThat(CommandsTestAccess.run("verify", "--db", where, "--pdf", file.toString()).code()).isZero();
            java.util.Optional<VerificationStore> completed = VerificationStore.readOnly(location);
            assertThat(completed).as("completed by opening it").isPresent();
            completed.ifPresent(VerificationStore::close);
        }

        Backend.behindTheAppsBack(db, "INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                + " script, checksum, installed_by, execution_time, success) VALUES (999, '"
                + (Database.LATEST_MIGRATION + 1) + "', 'future', 'SQL', 'V999__future.sql', 0, 'x', 0, "
                + (backend == Backend.SQLITE ? "1" : "true") + ")");
        assertThat(VerificationStore.readOnly(location)).isEmpty();
        var newer = CommandsTestAccess.run("verify", "--db", where, "--pdf", file.toString());
        assertThat(newer.code()).isEqualTo(1);
        assertThat(newer.err()).contains("Database ini dibuat oleh Loket versi lebih baru — perbarui Loket di komputer ini");
        assertThat(newer.out()).isEmpty();
        var direct = id.kalbarprov.loket.LauncherTestAccess.verify("verify", "--db", where, "--pdf", file.toString());
        assertThat(direct.code()).isEqualTo(1);
        assertThat(direct.err()).contains("Database ini dibuat oleh Loket versi lebih baru — perbarui Loket di komputer ini");
    }

    /** One letter issued in {@code db}, its PDF as surat.pdf and an altered copy as ubah.pdf in dir; returns surat.pdf. */
    private Path issuedLetterAndAlteredCopy(Database db) throws Exception {
        OutgoingLetterService letters = new OutgoingLetterService(new OutgoingLetterStore(db), new LetterPdf(),
                LetterFixtures.clock());
        letters.saveSettings(ADMIN, LetterFixtures.form(LetterFixtures.SIGNER));
        IssuedLetter issued = letters.issue(KABID, LetterFixtures.request(db, RequestState.SIAP_SURAT, 1), 3);
        java.nio.file.Files.write(dir.resolve("ubah.pdf"), resaved(letters.pdf(issued.id())));
        return java.nio.file.Files.write(dir.resolve("surat.pdf"), letters.pdf(issued.id()));
    }
}
