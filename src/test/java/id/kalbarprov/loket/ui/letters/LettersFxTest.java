package id.kalbarprov.loket.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.letters.LetterKind;
import id.kalbarprov.loket.core.letters.OutgoingLetterService;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.store.LetterFixtures;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.shell.MainWindow;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** From a request waiting in SIAP_SURAT to a previewed and issued letter, on the real screen. */
@ExtendWith(ApplicationExtension.class)
class LettersFxTest {

    private Loket loket;
    private MainWindow main;
    private Stage stage;
    private final FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();
    private long siapSurat;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createTempDirectory("loket-letters-fx");
        loket = FxTestSupport.open(dir);
        siapSurat = LetterFixtures.request(loket.database(), RequestState.SIAP_SURAT, 1);
        LetterFixtures.request(loket.database(), RequestState.DIKEMBALIKAN, 2);
        main = FxTestSupport.show(stage, loket, dialogs);
        main.show(NavItem.BERANDA);
    }

    private String state(long id) {
        return loket.database().jdbi().withHandle(h -> h.createQuery("SELECT state FROM letter WHERE id = ?")
                .bind(0, id).mapTo(String.class).one());
    }

    @Test
    void aFinishedRequestIsPreviewedIssuedAndListedInTheRegister(FxRobot robot) {
        robot.interact(() -> main.show(NavItem.SURAT_KONFIRMASI));
        TableView<?> waiting = robot.lookup("#letters-waiting").queryTableView();
        assertThat(waiting.getItems()).hasSize(2);

        // Without a signer the letter cannot even be previewed: a clear message, nothing issued.
        robot.clickOn("0001/SM/2026");
        assertThat(dialogs.shown).anyMatch(s -> s.startsWith("error: Surat tidak diterbitkan: Penandatangan surat belum diatur"));
        assertThat(robot.lookup("#letters-issue").queryButton().isDisabled()).isFalse();
        dialogs.shown.clear();
        robot.clickOn("#letters-issue");
        assertThat(dialogs.shown).anyMatch(s -> s.contains("Penandatangan surat belum diatur"));
        assertThat(loket.outgoing().issued(10)).isEmpty();
        assertThat(state(siapSurat)).isEqualTo("SIAP_SURAT");

        loket.outgoing().saveSettings(LetterFixtures.ADMIN, LetterFixtures.form(LetterFixtures.SIGNER));
        dialogs.shown.clear();
        robot.clickOn("0002/SM/2026");
        robot.clickOn("0001/SM/2026");
        assertThat(robot.lookup("#letters-preview-caption").queryAs(Label.class).getText())
                .startsWith("Pratinjau untuk 0001/SM/2026 (Dinkes)");
        assertThat(robot.lookup("#letters-page-1").queryAs(ImageView.class).getImage()).isNotNull();
        // The Kepala Bidang reads the letter full size before issuing it: Enter on the list opens it.
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(dialogs.shown).last().asString().isEqualTo("pages: Pratinjau untuk 0001/SM/2026 (Dinkes) — "
                + "nomor surat diberikan saat diterbitkan: 1");

        robot.clickOn("#letters-issue");
        assertThat(dialogs.shown).anyMatch(s -> s.startsWith("confirm: Terbitkan surat konfirmasi"));
        assertThat(robot.lookup("#letters-status").queryAs(Label.class).getText())
                .isEqualTo("Surat Nomor 500.12.6/1/Diskominfo telah diterbitkan.");
        assertThat(state(siapSurat)).isEqualTo("SELESAI");
        assertThat(waiting.getItems()).hasSize(1);
        TableView<?> issued = robot.lookup("#letters-issued").queryTableView();
        assertThat(issued.getItems()).hasSize(1);
        assertThat(robot.lookup("#letters-preview-caption").queryAs(Label.class).getText())
                .isEqualTo("Surat Nomor 500.12.6/1/Diskominfo sebagaimana diterbitkan (1 halaman)");
        assertThat(robot.lookup("#letters-print").queryButton().isDisabled()).isFalse();

        // The delivery form lies below the letter's picture: the column scrolls to the field that gets the focus.
        robot.interact(() -> robot.lookup("#letters-receiver").query().requestFocus());
        robot.write("Andi Pratama").type(javafx.scene.input.KeyCode.ENTER);
        assertThat(loket.outgoing().issued(1).get(0).receiver()).isEqualTo("Andi Pratama");
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "letters"));

        robot.interact(() -> robot.lookup("#letters-actions").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        robot.clickOn("#letters-cancel");
        assertThat(robot.lookup("#letters-error-reason").queryAs(Label.class).getText()).isEqualTo("Wajib diisi.");
        assertThat(loket.outgoing().issued(1).get(0).cancelled()).isFalse();
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderIsRefusedWithAClearMessage(FxRobot robot) {
        robot.interact(() -> main.show(NavItem.PENGATURAN));
        TabPane tabs = robot.lookup("#settings-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> "settings-templates".equals(t.getId())).findFirst().orElseThrow()));
        robot.clickOn("Email Kedinasan — Ditolak");
        TextArea body = robot.lookup("#template-body").queryAs(TextArea.class);
        assertThat(body.getText()).contains("{alasan}");
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "letter-templates"));
        OutgoingLetterService store = loket.outgoing();
        String before = store.template(ServiceKind.EMAIL, LetterKind.DITOLAK).body();

        robot.interact(() -> body.appendText(" Hubungi {nama_petugas}."));
        assertThat(robot.lookup("#error-body").queryAs(Label.class).getText())
                .isEqualTo("Isian tidak dikenal: {nama_petugas}. Gunakan hanya isian yang tercantum di bawah.");
        robot.clickOn("#template-save");
        assertThat(store.template(ServiceKind.EMAIL, LetterKind.DITOLAK).body()).isEqualTo(before);
        assertThat(robot.lookup("#error-body").queryAs(Label.class).isVisible()).isTrue();

        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> "settings-signer".equals(t.getId())).findFirst().orElseThrow()));
        assertThat(robot.lookup("#signer-status").queryAs(Label.class).getText())
                .isEqualTo("Penandatangan belum diatur: surat konfirmasi belum dapat diterbitkan.");
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "letter-signer"));
    }
}
