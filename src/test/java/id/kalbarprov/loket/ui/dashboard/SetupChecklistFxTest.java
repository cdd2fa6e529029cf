package id.kalbarprov.loket.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.office.OfficeSettingsService;
import id.kalbarprov.loket.store.OfficeSettingsStore;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.shell.MainWindow;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.nio.file.Path;
import java.util.EnumSet;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Admin's Beranda lists the setup steps still to take, in words, each one click from its settings. */
@ExtendWith(ApplicationExtension.class)
class SetupChecklistFxTest {

    @TempDir
    Path dir;
    Stage stage;
    Loket loket;
    MainWindow main;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        loket = FxTestSupport.open(dir);
        main = FxTestSupport.show(stage, loket, new FxTestSupport.RecordingDialogs());
        main.show(NavItem.BERANDA);
    }

    @AfterEach
    void giveBack(FxRobot robot) {
        robot.interact(() -> FxTestSupport.restore(stage));
    }

    String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    boolean shown(FxRobot robot) {
        Node n = robot.lookup("#setup-checklist").query();
        return n.isVisible() && n.isManaged();
    }

    @Test
    void aNewOfficeSeesWhatIsMissingAndEachStepOpensItsSettings(FxRobot robot) {
        assertThat(shown(robot)).isTrue();
        // The 2024-2027 holidays are seeded; everything else is for the Admin to do.
        assertThat(text(robot, "setup-title")).isEqualTo("Persiapan kantor: 1 dari 5 langkah selesai");
        assertThat(text(robot, "setup-signer")).startsWith("Penandatangan surat konfirmasi belum lengkap");
        assertThat(text(robot, "setup-holidays")).isEqualTo("Hari libur tahun ini dan tahun depan sudah tercatat.");
        assertThat(text(robot, "setup-office")).contains("belum pernah diperiksa dan disimpan");
        // the default backup folder lies beside the database (made at the first backup): the same disk
        assertThat(text(robot, "setup-backup")).startsWith("Cadangan otomatis masih di disk yang sama");
        assertThat(text(robot, "setup-roles")).isEqualTo(
                "Belum ada operator aktif untuk peran: Petugas Loket, Analis, Pelaksana, Kepala Bidang, Admin (Pengaturan › Operator).");
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "dashboard-setup-checklist"));

        robot.clickOn("#setup-signer-open");
        assertThat(main.current()).isEqualTo(NavItem.PENGATURAN);
        Tab selected = robot.lookup("#settings-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem();
        assertThat(selected.getId()).isEqualTo("settings-signer");
    }

    @Test
    void aStepDoneElsewhereIsTickedAtTheNextShow(FxRobot robot) {
        Actor admin = new Actor(0, "uji", "Operator Uji", EnumSet.allOf(Role.class));
        new OfficeSettingsService(new OfficeSettingsStore(loket.database())).save("16.00", "Pontianak", admin);
        robot.interact(() -> main.show(NavItem.BERANDA));
        assertThat(text(robot, "setup-office")).startsWith("Pengaturan kantor (jam tutup layanan, tempat di tanggal surat) sudah disimpan.");
        assertThat(text(robot, "setup-title")).isEqualTo("Persiapan kantor: 2 dari 5 langkah selesai");
    }

    @Test
    void anOperatorWhoIsNoAdminSeesNoChecklist(FxRobot robot) {
        robot.interact(() -> {
            loket.signIn(new Actor(0, "loket", "Petugas", EnumSet.of(Role.PETUGAS_LOKET)));
            main.show(NavItem.SURAT_MASUK);
            main.show(NavItem.BERANDA);
        });
        assertThat(shown(robot)).isFalse();
    }
}
