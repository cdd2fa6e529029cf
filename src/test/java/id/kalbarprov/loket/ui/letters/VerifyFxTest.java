package id.kalbarprov.loket.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.letters.IssuedLetter;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.documents.VerificationCodes;
import id.kalbarprov.loket.store.LetterFixtures;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.shell.MainWindow;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Verifikasi surat in Pengaturan: a typed code, a genuine PDF, an altered one, a file that is no PDF. */
@ExtendWith(ApplicationExtension.class)
class VerifyFxTest {

    @TempDir
    Path dir;
    Loket loket;
    MainWindow main;
    Stage stage;
    Path chosen;
    final FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Loket.choosePdf = i18n -> owner -> Optional.ofNullable(chosen);
        loket = FxTestSupport.open(dir);
        main = FxTestSupport.show(stage, loket, dialogs);
    }

    @AfterEach
    void giveBack(FxRobot robot) {
        Loket.choosePdf = VerifyView::pdfChooser;
        robot.interact(() -> FxTestSupport.restore(stage));
    }

    String result(FxRobot robot) {
        return robot.lookup("#verify-result").queryLabeled().getText();
    }

    @Test
    void aCodeAGenuinePdfAnAlteredOneAndAWordFile(FxRobot robot) throws Exception {
        loket.outgoing().saveSettings(LetterFixtures.ADMIN, LetterFixtures.form(LetterFixtures.SIGNER));
        long req = LetterFixtures.request(loket.database(), RequestState.SIAP_SURAT, 1);
        IssuedLetter issued = loket.outgoing().issue(LetterFixtures.KABID, req, 3);
        byte[] pdf = loket.outgoing().pdf(issued.id());
        String code = VerificationCodes.read(pdf).orElseThrow();
        Path genuine = Files.write(dir.resolve("surat.pdf"), pdf);
        Path altered = dir.resolve("ubah.pdf");
        try (var doc = Loader.loadPDF(pdf)) {
            doc.getDocumentInformation().setTitle("Disunting");
            doc.save(altered.toFile());
        }
        robot.interact(() -> main.show(NavItem.PENGATURAN));
        TabPane tabs = robot.lookup("#settings-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "settings-verify".equals(t.getId())).findFirst().orElseThrow()));

        robot.clickOn("#verify-code").write(code.toLowerCase()).type(javafx.scene.input.KeyCode.ENTER);
        assertThat(result(robot)).startsWith("Kode ini milik surat Nomor " + issued.number() + " tanggal 23 November 2026");
        robot.interact(() -> robot.lookup("#verify-code").queryTextInputControl().setText("AAAAA-BBBBB"));
        robot.interact(() -> robot.lookup("#verify-check").queryButton().fire());
        assertThat(result(robot)).startsWith("TIDAK DIKENAL. Tidak ada surat dengan kode ini.");

        chosen = genuine;
        robot.interact(() -> robot.lookup("#verify-open").queryButton().fire());
        assertThat(result(robot)).startsWith("Berkas surat.pdf: ASLI. Surat Nomor " + issued.number());
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "verify-genuine"));
        chosen = altered;
        robot.interact(() -> robot.lookup("#verify-open").queryButton().fire());
        assertThat(result(robot)).startsWith("Berkas ubah.pdf: DIUBAH.");
        chosen = Files.writeString(dir.resolve("surat.docx"), "PK bukan pdf");
        robot.interact(() -> robot.lookup("#verify-open").queryButton().fire());
        assertThat(result(robot)).isEqualTo("Berkas surat.docx: BUKAN PDF. Berkas ini bukan PDF; yang dapat diperiksa "
                + "hanya PDF surat keluar.");
        assertThat(dialogs.shown).isEmpty();
    }
}
