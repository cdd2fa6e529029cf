package id.kalbarprov.loket.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.attachments.Attachment;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.documents.ScanSamples;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.shell.MainWindow;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Scanned letters on screen: the scan folder in Pengaturan, its offer at registration, thumbnails and the viewer. */
@ExtendWith(ApplicationExtension.class)
class ScansFxTest {

    @TempDir
    Path dir;
    Loket loket;
    MainWindow main;
    Stage stage;
    Path scans;
    List<Path> chosen = List.of();
    final FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        scans = Files.createDirectories(dir.resolve("Pindaian"));
        Loket.chooseScans = i18n -> owner -> chosen;
        Loket.chooseFolder = i18n -> owner -> Optional.of(scans);
        Loket.chooseSave = i18n -> (owner, name) -> Optional.of(dir.resolve(name));
        loket = FxTestSupport.open(dir);
        main = FxTestSupport.show(stage, loket, dialogs);
    }

    @AfterEach
    void giveBack(FxRobot robot) {
        Loket.chooseScans = id.kalbarprov.loket.ui.register.AttachmentsView::fileChooser;
        Loket.chooseFolder = id.kalbarprov.loket.ui.intake.ScanFolderView::folderChooser;
        Loket.chooseSave = id.kalbarprov.loket.ui.register.LetterPaperView::saveChooser;
        Loket.printing = id.kalbarprov.loket.ui.letters.Printing.system();
        robot.interact(() -> FxTestSupport.restore(stage));
    }

    long register(String number) {
        var s = loket.reference().services().stream().filter(x -> x.kind() == ServiceKind.EMAIL).findFirst().orElseThrow();
        Set<Long> done = new HashSet<>();
        s.requirements().forEach(r -> done.add(r.id()));
        LetterDraft d = new LetterDraft(LocalDateTime.of(2026, 11, 23, 9, 0), 5L, number, java.time.LocalDate.of(2026, 11, 20),
                "Permohonan akun email", s.id(), SignerRole.KEPALA_PD, "dr. Erna", done, null, null, null);
        return ((IntakeService.Done) loket.intake().register(d, loket.actor(), true)).id();
    }

    @Test
    void aScanFromTheScanFolderGoesWithTheLetterBeingRegistered(FxRobot robot) throws Exception {
        robot.interact(() -> main.show(NavItem.PENGATURAN));
        TabPane tabs = robot.lookup("#settings-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "settings-scanner".equals(t.getId())).findFirst().orElseThrow()));
        robot.clickOn("#scan-folder-choose");
        robot.clickOn("#scan-folder-save");
        assertThat(robot.lookup("#scan-folder-status").queryLabeled().getText())
                .isEqualTo("Folder pemindai disimpan: " + scans + ".");
        byte[] pdf = ScanSamples.pdf(2, 5);
        Files.write(scans.resolve("scan0001.pdf"), pdf);
        Files.writeString(scans.resolve("catatan.txt"), "bukan pindaian");

        robot.interact(() -> main.show(NavItem.SURAT_MASUK));
        robot.clickOn("#new-letter");
        robot.interact(() -> { }); // the form's first look into the folder
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#intake-scan-take-1").tryQuery().isPresent());
        assertThat(robot.lookup("#intake-scan-take-2").tryQuery()).isEmpty();
        robot.interact(() -> robot.lookup("#intake-scan-take-1").queryButton().fire());
        assertThat(robot.lookup("#intake-scan-1").queryLabeled().getText()).contains("scan0001.pdf");
        long id = saveWithOneScan(robot, "scan0001.pdf");
        assertThat(loket.attachments().content(loket.attachments().forLetter(id).get(0))).isEqualTo(pdf);
        // taken once: not offered to the next letter
        assertThat(robot.lookup("#intake-scan-take-1").tryQuery()).isEmpty();
    }

    /** Fills the form for Dinas Kesehatan, saves, and sees the letter registered with scan {@code name} only. */
    long saveWithOneScan(FxRobot robot, String name) {
        robot.clickOn("#agency").write("Dinas Kesehatan").type(javafx.scene.input.KeyCode.TAB);
        fillRest(robot);
        robot.interact(() -> robot.lookup("#intake-save").queryButton().fire());
        assertThat(robot.lookup("#intake-status").queryLabeled().getText()).contains("Pindaian terlampir: 1 berkas.");
        long id = loket.letters().search(LetterFilter.ALL, 0, 1).items().get(0).id();
        assertThat(loket.attachments().forLetter(id)).extracting(Attachment::fileName).containsExactly(name);
        return id;
    }

    void fillRest(FxRobot robot) {
        robot.interact(() -> {
            ((javafx.scene.control.TextField) robot.lookup("#letterNumber").query()).setText("800/77/Dinkes");
            ((javafx.scene.control.DatePicker) robot.lookup("#letterDate").query()).setValue(java.time.LocalDate.of(2026, 11, 20));
            ((javafx.scene.control.TextField) robot.lookup("#subject").query()).setText("Permohonan akun email");
            @SuppressWarnings("unchecked")
            var service = (javafx.scene.control.ComboBox<Object>) robot.lookup("#service").query();
            service.getSelectionModel().select(2);
            ((javafx.scene.control.TextField) robot.lookup("#signerName").query()).setText("dr. Erna Yulianti");
        });
    }

    @Test
    void theDetailShowsThumbnailsOpensTheViewerAndRefusesAPasswordPdfByName(FxRobot robot) throws Exception {
        long id = register("800/1/Dinkes");
        Path png = Files.write(dir.resolve("halaman.png"), ScanSamples.png(3));
        Path pdf = Files.write(dir.resolve("surat.pdf"), ScanSamples.pdf(3, 2));
        Path locked = Files.write(dir.resolve("kunci.pdf"), ScanSamples.passwordPdf());
        robot.interact(() -> main.show(NavItem.SURAT_MASUK));
        robot.interact(() -> ((SuratMasukScreen) main.screen(NavItem.SURAT_MASUK)).openDetail(id));
        assertThat(robot.lookup("#attachments-status").queryLabeled().getText()).isEqualTo("Belum ada pindaian untuk surat ini.");

        chosen = List.of(pdf, png);
        robot.interact(() -> robot.lookup("#detail-attach").queryButton().fire());
        assertThat(robot.lookup("#attachment-1").queryButton().getText()).startsWith("surat.pdf");
        assertThat(robot.lookup("#attachment-2").queryButton().getText()).startsWith("halaman.png");
        assertThat(robot.lookup("#attachment-1").queryButton().getGraphic()).isInstanceOf(javafx.scene.image.ImageView.class);
        robot.interact(() -> robot.lookup("#attachment-1").queryButton().fire());
        assertThat(dialogs.shown).contains("pages: surat.pdf: 3");

        chosen = List.of(locked, Files.write(dir.resolve("lain.jpg"), ScanSamples.jpeg(8)));
        robot.interact(() -> robot.lookup("#detail-attach").queryButton().fire());
        assertThat(dialogs.shown.get(dialogs.shown.size() - 1)).isEqualTo("error: Pindaian tidak dilampirkan: "
                + "Berkas kunci.pdf adalah PDF berkata sandi. Simpan ulang tanpa kata sandi, lalu lampirkan lagi. "
                + "Tidak ada berkas yang disimpan.");
        assertThat(loket.attachments().forLetter(id)).hasSize(2);
        assertThat(robot.lookup("#attachment-3").tryQuery()).isEmpty();
    }

    @Test
    void theReceiptIsShownFromTheDetailSavedAsPdfAndShownAfterARegistrationWhenAsked(FxRobot robot) throws Exception {
        long id = register("800/2/Dinkes");
        robot.interact(() -> main.show(NavItem.SURAT_MASUK));
        robot.interact(() -> ((SuratMasukScreen) main.screen(NavItem.SURAT_MASUK)).openDetail(id));
        robot.interact(() -> robot.lookup("#receipt-show").queryButton().fire());
        assertThat(dialogs.shown).contains("pages: Tanda terima 0001/SM/2026: 1");
        robot.interact(() -> robot.lookup("#receipt-save").queryButton().fire());
        Path saved = dir.resolve("tanda-terima-0001_SM_2026.pdf");
        assertThat(Files.readString(saved, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(robot.lookup("#receipt-status").queryLabeled().getText()).isEqualTo("Tanda terima disimpan: " + saved);
        robot.interact(() -> robot.lookup("#disposition-show").queryButton().fire());
        assertThat(dialogs.shown).contains("pages: Lembar disposisi 0001/SM/2026: 1");
        robot.interact(() -> robot.lookup("#disposition-save").queryButton().fire());
        assertThat(dir.resolve("disposisi-0001_SM_2026.pdf")).exists();

        robot.interact(() -> ((SuratMasukScreen) main.screen(NavItem.SURAT_MASUK)).openNew());
        robot.interact(() -> robot.lookup("#intake-receipt").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        robot.clickOn("#agency").write("Dinas Kesehatan").type(javafx.scene.input.KeyCode.TAB);
        fillRest(robot);
        robot.interact(() -> robot.lookup("#intake-save").queryButton().fire());
        assertThat(dialogs.shown).contains("pages: Tanda terima 0002/SM/2026: 1");
    }

    /** A printer that keeps what it was sent. */
    static final class FakePrinting implements id.kalbarprov.loket.ui.letters.Printing {
        final List<String> printers = new java.util.ArrayList<>();
        final List<String> printed = new java.util.ArrayList<>();

        @Override
        public List<String> printers() {
            return printers;
        }

        @Override
        public void print(byte[] pdf, String printer, id.kalbarprov.loket.core.letters.Paper paper, int copies) {
            throw new AssertionError("letters are not printed here");
        }

        @Override
        public void printSheet(byte[] pdf, String printer, int widthMm, int heightMm, int copies) {
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            printed.add(printer + " " + widthMm + "x" + heightMm + " " + copies);
        }
    }

    @Test
    void theReceiptAndTheDispositionSheetArePrintedFromTheDetailOrToldThatNoPrinterExists(FxRobot robot) {
        FakePrinting office = new FakePrinting();
        Loket.printing = office;
        long id = register("800/3/Dinkes");
        robot.interact(() -> main.show(NavItem.SURAT_MASUK));
        robot.interact(() -> ((SuratMasukScreen) main.screen(NavItem.SURAT_MASUK)).openDetail(id));
        robot.interact(() -> robot.lookup("#receipt-print").queryButton().fire());
        assertThat(dialogs.shown).containsExactly("error: Tidak dapat mencetak: Tidak ada printer yang terpasang di komputer ini, "
                + "jadi tidak ada yang dicetak. Pasang atau nyalakan printer lalu coba lagi, atau simpan PDF-nya dan cetak "
                + "dari komputer lain.");

        office.printers.addAll(List.of("HP-LaserJet-Loket", "Epson-L3110"));
        robot.interact(() -> robot.lookup("#receipt-print").queryButton().fire());
        assertThat(robot.lookup("#receipt-status").queryLabeled().getText())
                .isEqualTo("Tanda terima 0001/SM/2026 dikirim ke printer HP-LaserJet-Loket (kertas A5).");
        robot.interact(() -> robot.lookup("#disposition-print").queryButton().fire());
        assertThat(robot.lookup("#receipt-status").queryLabeled().getText())
                .isEqualTo("Lembar disposisi 0001/SM/2026 dikirim ke printer HP-LaserJet-Loket (kertas A4).");
        assertThat(office.printed).containsExactly("HP-LaserJet-Loket 148x210 1", "HP-LaserJet-Loket 210x297 1");
        assertThat(dialogs.shown).hasSize(1);

        // The clerk picks the other printer: both papers go there, and the next letter's detail keeps it.
        assertThat(robot.lookup("#receipt-printer").queryComboBox().getItems())
                .containsExactly("HP-LaserJet-Loket", "Epson-L3110");
        robot.interact(() -> robot.lookup("#receipt-printer").<String>queryComboBox().setValue("Epson-L3110"));
        robot.interact(() -> robot.lookup("#receipt-print").queryButton().fire());
        assertThat(robot.lookup("#receipt-status").queryLabeled().getText())
                .isEqualTo("Tanda terima 0001/SM/2026 dikirim ke printer Epson-L3110 (kertas A5).");
        long next = register("800/4/Dinkes");
        robot.interact(() -> ((SuratMasukScreen) main.screen(NavItem.SURAT_MASUK)).openDetail(next));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#receipt-printer").queryComboBox().getValue()).isEqualTo("Epson-L3110");
        robot.interact(() -> robot.lookup("#disposition-print").queryButton().fire());
        assertThat(office.printed).endsWith("Epson-L3110 148x210 1", "Epson-L3110 210x297 1");
        assertThat(dialogs.shown).hasSize(1);
    }

    @Test
    void aFileThatIsNotAScanIsRefusedByNameInTheFormAndTheLetterIsSavedWithTheGoodOnesOnly(FxRobot robot)
            throws Exception {
        Path text = Files.writeString(dir.resolve("surat-dinkes.pdf"), "ini teks biasa, bukan PDF");
        chosen = List.of(Files.write(dir.resolve("halaman.png"), ScanSamples.png(2)), text);
        robot.interact(() -> main.show(NavItem.SURAT_MASUK));
        robot.clickOn("#new-letter");
        robot.interact(() -> robot.lookup("#intake-attach").queryButton().fire());

        assertThat(dialogs.shown).singleElement().asString().startsWith("error: Pindaian tidak dilampirkan: ")
                .contains("Berkas surat-dinkes.pdf bukan PDF, JPEG atau PNG (isinya diperiksa, bukan namanya).");
        assertThat(robot.lookup("#intake-scan-1").queryLabeled().getText()).contains("halaman.png");
        assertThat(robot.lookup("#intake-scan-2").tryQuery()).isEmpty();
        assertThat(loket.letters().search(LetterFilter.ALL, 0, 10).items()).isEmpty();

        saveWithOneScan(robot, "halaman.png");
        assertThat(dialogs.shown).hasSize(1);
    }

    @Test
    void aWronglyAttachedScanIsRemovedWithARequiredReasonAfterAConfirmationWhoseDefaultIsCancel(FxRobot robot)
            throws Exception {
        long id = register("800/4/Dinkes");
        chosen = List.of(Files.write(dir.resolve("surat.pdf"), ScanSamples.pdf(1, 4)),
                Files.write(dir.resolve("salah.png"), ScanSamples.png(7)));
        robot.interact(() -> main.show(NavItem.SURAT_MASUK));
        robot.interact(() -> ((SuratMasukScreen) main.screen(NavItem.SURAT_MASUK)).openDetail(id));
        robot.interact(() -> robot.lookup("#detail-attach").queryButton().fire());
        robot.interact(() -> robot.lookup("#attachment-remove-2").queryButton().fire());
        assertThat(robot.lookup("#attachment-remove-title").queryLabeled().getText())
                .isEqualTo("Hapus pindaian salah.png dari surat ini");
        robot.interact(() -> robot.lookup("#attachment-remove-confirm").queryButton().fire());
        assertThat(robot.lookup("#attachment-remove-error").queryLabeled().getText())
                .isEqualTo("Wajib diisi: tulis mengapa pindaian ini dihapus.");
        assertThat(dialogs.shown).isEmpty();

        robot.interact(() -> robot.lookup("#attachment-remove-reason")
                .queryAs(javafx.scene.control.TextArea.class).setText("Salah lampir: pindaian surat lain"));
        dialogs.answer = false; // Batal, the default
        robot.interact(() -> robot.lookup("#attachment-remove-confirm").queryButton().fire());
        assertThat(dialogs.shown).singleElement().asString().startsWith("confirm: Hapus pindaian?: Pindaian salah.png")
                .contains("Alasan: Salah lampir: pindaian surat lain").endsWith("[Hapus pindaian]");
        assertThat(loket.attachments().forLetter(id)).hasSize(2);

        dialogs.answer = true;
        robot.interact(() -> robot.lookup("#attachment-remove-confirm").queryButton().fire());
        assertThat(loket.attachments().forLetter(id)).extracting(Attachment::fileName).containsExactly("surat.pdf");
        assertThat(robot.lookup("#attachments-status").queryLabeled().getText())
                .isEqualTo("Pindaian salah.png dihapus dari surat ini; tercatat di log audit.");
        assertThat(robot.lookup("#attachment-2").tryQuery()).isEmpty();
        assertThat(robot.lookup("#attachment-remove-form").query().isVisible()).isFalse();
    }
}
