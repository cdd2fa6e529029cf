package id.kalbarprov.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import id.kalbarprov.loket.cli.CommandsTestAccess;
import id.kalbarprov.loket.core.receipt.Receipt;
import id.kalbarprov.loket.core.receipt.ReceiptService;
import id.kalbarprov.loket.core.receipt.ReceiptSize;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.LetterFixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The tanda terima an agency takes home: what it says, its QR code, PDF/A, and the receipt command. */
class ReceiptTest {

    @TempDir
    Path dir;

    Database letterOnDecember7(boolean complete) {
        Database db = Database.open(dir.resolve("loket.db"));
        long id = LetterFixtures.request(db, RequestState.DITERIMA, 12);
        db.jdbi().useHandle(h -> {
            h.execute("UPDATE letter SET service_id = 1, received_at = '2026-12-07T08:15', clock_start = ? WHERE id = ?",
                    complete ? "2026-12-07" : null, id);
            h.execute("""
                    INSERT INTO letter_requirement (letter_id, requirement_id, fulfilled)
                    SELECT ?, r.id, CASE WHEN ? = 1 OR r.position > 1 THEN 1 ELSE 0 END FROM service_requirement r
                    WHERE r.service_id = 1""", id, complete ? 1 : 0);
        });
        return db;
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static String qr(byte[] pdf) throws Exception {
        BufferedImage page = LetterPages.render(pdf, 150).get(0);
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)))).getText();
    }

    @Test
    void aCompleteFileSaysTheLatestCompletionDateInWordsAndTheQrHoldsTheAgendaNumber() throws Exception {
        Database db = letterOnDecember7(true);
        ReceiptService receipts = CommandsTestAccess.receipts(db);
        Receipt r = receipts.receipt("0012/SM/2026", ReceiptSize.A5).orElseThrow();
        byte[] pdf = receipts.pdf(r);
        String text = text(pdf);
        assertThat(text).contains("TANDA TERIMA", "0012/SM/2026", "Senin, 7 Desember 2026 pukul 08.15",
                "Dinas Kesehatan", "800/12/Dinkes", "Pelayanan Jaringan Informatika (3 hari kerja)", "Berkas lengkap.",
                "paling lambat Kamis, 10 Desember 2026", "nomor agenda 0012/SM/2026");
        assertThat(qr(pdf)).isEqualTo("0012/SM/2026");
        assertThat(receipts.pdf(r)).as("the same receipt, the same bytes").isEqualTo(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth() / 72 * 25.4).isCloseTo(148, org.assertj.core.data.Offset.offset(0.5));
        }
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            assertThat(validator.validate(parser).isCompliant()).isTrue();
        }
        db.close();
    }

    @Test
    void anIncompleteFileListsWhatIsMissingAndStartsNoDate() throws Exception {
        Database db = letterOnDecember7(false);
        ReceiptService receipts = CommandsTestAccess.receipts(db);
        byte[] pdf = receipts.pdf(receipts.receipt("0012/SM/2026", ReceiptSize.A4).orElseThrow());
        String text = text(pdf);
        assertThat(text).contains("Berkas belum lengkap. Yang belum ada:", "1. Surat",
                "Jangka waktu 3 hari kerja mulai dihitung setelah berkas lengkap diterima.")
                .doesNotContain("paling lambat");
        db.close();
    }

    @Test
    void aSubjectPastedWithCharactersTheFontLacksStillGivesAReceiptAndADispositionSheet() throws Exception {
        Database db = letterOnDecember7(true);
        // pasted from a chat: an emoji, a Chinese word and a zero-width space the letter font has no glyph for
        db.jdbi().useHandle(h -> h.execute("UPDATE letter SET subject = ?",
                "Permohonan akun Zoom \uD83D\uDE4F rapat \u4E2D\u6587\u200B koordinasi"));
        ReceiptService receipts = CommandsTestAccess.receipts(db);
        String receipt = text(receipts.pdf(receipts.receipt("0012/SM/2026", ReceiptSize.A5).orElseThrow()));
        assertThat(receipt).contains("Permohonan akun Zoom", "koordinasi");
        long id = db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM letter").mapTo(Long.class).one());
        assertThat(text(receipts.pdf(receipts.disposition(id).orElseThrow()))).contains("Permohonan akun Zoom", "koordinasi");
        db.close();
    }

    @Test
    void theReceiptCommandWritesThePdfOrSaysWhatIsWrong() throws Exception {
        letterOnDecember7(true).close();
        String db = dir.resolve("loket.db").toString();
        Path out = dir.resolve("tanda terima/0012.pdf");
        var ok = CommandsTestAccess.run("receipt", "--db", db, "--agenda", "0012/SM/2026", "--out", out.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(text(Files.readAllBytes(out))).contains("paling lambat Kamis, 10 Desember 2026");
        var unknown = CommandsTestAccess.run("receipt", "--db", db, "--agenda", "0099/SM/2026", "--out", out.toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("Tidak ada surat dengan nomor agenda 0099/SM/2026.");
        var paper = CommandsTestAccess.run("receipt", "--db", db, "--agenda", "0012/SM/2026", "--out", out.toString(),
                "--paper", "Letter");
        assertThat(paper.code()).isEqualTo(2);
        assertThat(paper.err()).contains("tulis A5 atau A4");
    }

    @Test
    void theDispositionSheetCarriesTheLetterAndTheBoxesToTick() throws Exception {
        Database db = letterOnDecember7(true);
        ReceiptService receipts = CommandsTestAccess.receipts(db);
        long id = receipts.receipt("0012/SM/2026", ReceiptSize.A4).isPresent()
                ? db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM letter").mapTo(Long.class).one()) : -1;
        byte[] pdf = receipts.pdf(receipts.disposition(id).orElseThrow());
        assertThat(text(pdf)).contains("LEMBAR DISPOSISI", "Surat dari : Dinas Kesehatan", "Nomor agenda : 0012/SM/2026",
                "Selesai paling lambat : Kamis, 10 Desember 2026", "Diteruskan kepada:", "Kepala Bidang Aplikasi Informatika",
                "Dengan hormat harap:", "Proses lebih lanjut", "Catatan:", "Tanggal:");
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            assertThat(validator.validate(parser).isCompliant()).isTrue();
        }
        assertThat(receipts.disposition(99_999)).isEmpty();
        db.close();
    }
}
