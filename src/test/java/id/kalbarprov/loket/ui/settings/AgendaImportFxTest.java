package id.kalbarprov.loket.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.LayoutCheck;
import id.kalbarprov.loket.ui.shell.MainWindow;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Pengaturan → Buku Agenda Lama: a bad book shows its lines and imports nothing; a good one previews, then imports. */
@ExtendWith(ApplicationExtension.class)
class AgendaImportFxTest {

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
        Loket.chooseBook = i18n -> owner -> Optional.ofNullable(chosen);
        loket = FxTestSupport.open(dir);
        main = FxTestSupport.show(stage, loket, dialogs, 1024, 768);
    }

    @AfterEach
    void giveBack(FxRobot robot) {
        Loket.chooseBook = AgendaImportView::fileChooser;
        robot.interact(() -> FxTestSupport.restore(stage));
    }

    @Test
    void aBadBookNamesItsLinesAGoodOneIsPreviewedThenImported(FxRobot robot) throws Exception {
        robot.interact(() -> main.show(NavItem.PENGATURAN));
        TabPane tabs = robot.lookup("#settings-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "settings-agenda-import".equals(t.getId())).findFirst().orElseThrow()));
        String head = "No. Agenda;Tanggal Terima;Nomor Surat;Tanggal Surat;Asal Surat;Perihal;Layanan\n";
        chosen = Files.writeString(dir.resolve("lama.csv"), head + "1/AG/2024;31-02-2024;1/A;01-02-2024;Dinkes;Hal;EMAIL\n");
        robot.interact(() -> robot.lookup("#agenda-import-choose").queryButton().fire());
        assertThat(robot.lookup("#agenda-import-problems").queryListView().getItems())
                .containsExactly("Baris 2: tanggal terima '31-02-2024' bukan tanggal yang sah (tulis hh-bb-tttt atau hh/bb/tttt).");
        assertThat(robot.lookup("#agenda-import-run").queryButton().isDisabled()).isTrue();

        chosen = Files.writeString(dir.resolve("lama.csv"), head + "1/AG/2024;28-02-2024;1/A;01-02-2024;Dinkes;Permohonan akun;EMAIL\n"
                + "2/AG/2024;29-02-2024;2/A;01-02-2024;PUPR;Permohonan jaringan;JARINGAN\n");
        robot.interact(() -> robot.lookup("#agenda-import-choose").queryButton().fire());
        assertThat(robot.lookup("#agenda-import-status").queryLabeled().getText())
                .isEqualTo("2 surat siap diimpor dari lama.csv. Periksa, lalu tekan Impor.");
        assertThat(robot.lookup("#agenda-import-preview").queryTableView().getItems()).hasSize(2);
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "agenda-import-preview-1024"));
        assertThat(LayoutCheck.problems(robot, stage)).isEmpty();
        assertThat(loket.letters().count(LetterFilter.ALL).value()).isZero();
        robot.interact(() -> robot.lookup("#agenda-import-run").queryButton().fire());
        assertThat(robot.lookup("#agenda-import-status").queryLabeled().getText()).isEqualTo("2 surat dari lama.csv diimpor.");
        assertThat(loket.letters().count(LetterFilter.ALL).value()).isEqualTo(2);
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void unknownAgenciesAreMappedWithTheTypeAheadBeforeImportIsAllowed(FxRobot robot) throws Exception {
        robot.interact(() -> main.show(NavItem.PENGATURAN));
        TabPane tabs = robot.lookup("#settings-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "settings-agenda-import".equals(t.getId())).findFirst().orElseThrow()));
        chosen = Files.writeString(dir.resolve("lama.csv"), """
                No. Agenda;Tanggal Terima;Nomor Surat;Tanggal Surat;Asal Surat;Perihal;Layanan
                1/AG/2024;05-01-2024;800/1/DK;02-01-2024;Dinas Kesehatan Prov. Kalbar;Permohonan akun email;EMAIL
                2/AG/2024;06-01-2024;045/9/PU;03-01-2024;Dinas PU;Permohonan jaringan;JARINGAN
                3/AG/2024;07-01-2024;800/2/DK;04-01-2024;Dinas Kesehatan Prov. Kalbar;Permohonan hosting;HOSTING
                """);
        robot.interact(() -> robot.lookup("#agenda-import-choose").queryButton().fire());
        assertThat(robot.lookup("#agenda-import-status").queryLabeled().getText()).isEqualTo(
                "2 nama instansi di lama.csv belum dikenal Loket. Pilih instansi Loket untuk masing-masing di bawah; "
                        + "Impor aktif setelah semuanya dipetakan.");
        assertThat(robot.lookup("#agenda-import-unknown-1").queryLabeled().getText())
                .isEqualTo("Dinas Kesehatan Prov. Kalbar (baris 2, 4)");
        assertThat(robot.lookup("#agenda-import-unknown-2").queryLabeled().getText()).isEqualTo("Dinas PU (baris 3)");
        assertThat(robot.lookup("#agenda-import-problems").queryListView().isVisible()).isFalse();
        assertThat(robot.lookup("#agenda-import-run").queryButton().isDisabled()).isTrue();

        robot.clickOn("#agenda-import-map-1").write("Dinkes").type(javafx.scene.input.KeyCode.ENTER);
        assertThat(robot.lookup("#agenda-import-run").queryButton().isDisabled()).as("one name still unmapped").isTrue();
        robot.clickOn("#agenda-import-map-2").write("PUPR").type(javafx.scene.input.KeyCode.TAB);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#agenda-import-status").queryLabeled().getText())
                .isEqualTo("3 surat siap diimpor dari lama.csv. Periksa, lalu tekan Impor.");
        assertThat(robot.lookup("#agenda-import-preview").queryTableView().getItems()).hasSize(3);
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "agenda-import-mapping-1024"));
        assertThat(LayoutCheck.problems(robot, stage)).isEmpty();
        robot.interact(() -> robot.lookup("#agenda-import-run").queryButton().fire());
        assertThat(robot.lookup("#agenda-import-status").queryLabeled().getText()).isEqualTo("3 surat dari lama.csv diimpor.");
        assertThat(loket.letters().search(LetterFilter.ALL, 0, 10).items())
                .extracting(r -> r.agency()).containsExactlyInAnyOrder("Dinkes", "PUPR", "Dinkes");
        assertThat(robot.lookup("#agenda-import-mapping").query().isVisible()).isFalse();
        assertThat(dialogs.shown).isEmpty();
    }
}
