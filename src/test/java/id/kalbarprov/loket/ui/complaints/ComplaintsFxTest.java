package id.kalbarprov.loket.ui.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.catalog.ComplaintChannel;
import id.kalbarprov.loket.core.complaints.ComplaintFilter;
import id.kalbarprov.loket.core.complaints.ComplaintRow;
import id.kalbarprov.loket.core.complaints.DeliveryChannel;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The complaints procedure driven on the real Pengaduan screen: register, verify, follow up, close. */
@ExtendWith(ApplicationExtension.class)
class ComplaintsFxTest {

    @TempDir
    static Path dir;
    Loket loket;
    Stage stage;
    final FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        loket = FxTestSupport.open(dir.resolve("fx-" + System.nanoTime()));
        FxTestSupport.show(stage, loket, dialogs).show(NavItem.PENGADUAN);
    }

    String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> {
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false);
    }

    @SuppressWarnings("unchecked")
    <T> void choose(FxRobot robot, String id, java.util.function.Predicate<T> which) {
        ComboBox<T> box = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(box.getItems().stream().filter(which).findFirst().orElseThrow()));
    }

    @Test
    void registrationVerificationFollowUpAndClosing(FxRobot robot) {
        robot.clickOn("#complaints-new");
        choose(robot, "#complaint-channel", (ComplaintChannel c) -> c.code().equals("LAPOR"));
        assertThat(robot.lookup("#complaint-reference").query().isVisible()).isTrue();
        robot.clickOn("#complaint-name").write("Rina Marlina");
        robot.clickOn("#complaint-contact").write("0812 3456 7890");
        robot.clickOn("#complaint-text").write("Akun Zoom belum aktif.");
        robot.clickOn("#complaint-save");
        // LAPOR! without its ticket: the message under the field, nothing saved
        assertThat(visible(robot, "#complaint-reference-error")).isTrue();
        assertThat(text(robot, "#complaint-reference-error")).startsWith("Nomor tiket SP4N-LAPOR! wajib diisi");
        assertThat(loket.complaints().list(ComplaintFilter.ALL)).isEmpty();
        assertThat(robot.lookup("#complaint-reference").query().isFocused()).isTrue();

        robot.write("LAPOR-2611-0042");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        assertThat(dialogs.shown).contains("info: Tersimpan: Pengaduan 0001/PGD/2026 tercatat.");
        assertThat(text(robot, "#complaint-title")).isEqualTo("0001/PGD/2026");
        assertThat(text(robot, "#complaint-state")).isEqualTo("Diterima");
        assertThat(text(robot, "#complaint-due")).isEqualTo("Belum dikategorikan");
        assertThat(text(robot, "#complaint-contact-value")).isEqualTo("0812 3456 7890");

        choose(robot, "#complaint-category", (ComplaintDetailViewModel.Verdict v) -> !v.notOurs()
                && v.category().code().equals("RINGAN"));
        robot.clickOn("#complaint-verify");
        assertThat(text(robot, "#complaint-state")).isEqualTo("Diverifikasi");
        // received Mon 23 Nov 2026 10:00; ringan 5 working days: 24, 25, 26, 27, 30 November
        assertThat(text(robot, "#complaint-due")).isEqualTo("30-11-2026 · Sesuai jadwal");
        assertThat(robot.lookup("#complaint-due").query().getStyleClass()).contains("due-on-track");

        robot.clickOn("#complaint-actions").write("Akun diaktifkan ulang oleh admin Zoom.");
        robot.clickOn("#complaint-follow-up");
        assertThat(text(robot, "#complaint-state")).isEqualTo("Ditindaklanjuti");

        robot.clickOn("#complaint-close");
        assertThat(text(robot, "#complaint-answer-error")).isEqualTo("Wajib diisi.");
        assertThat(text(robot, "#complaint-state")).isEqualTo("Ditindaklanjuti");
        robot.clickOn("#complaint-answer").write("Akun Zoom Anda sudah aktif kembali.");
        choose(robot, "#complaint-delivery", (DeliveryChannel d) -> d == DeliveryChannel.LAPOR);
        robot.clickOn("#complaint-close");
        assertThat(text(robot, "#complaint-state")).isEqualTo("Selesai");
        assertThat(text(robot, "#complaint-answer-value")).isEqualTo("Akun Zoom Anda sudah aktif kembali.");
        assertThat(robot.lookup("#complaint-history").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .hasSize(4);
        assertThat(visible(robot, "#complaint-close")).isFalse();

        robot.clickOn("#complaint-back");
        TableView<ComplaintRow> table = robot.lookup("#complaints-table").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        assertThat(table.getItems().get(0).state().name()).isEqualTo("SELESAI");
        // the list shows no contact details
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains("0812")).tryQuery()).isEmpty();
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l
                && "Selesai".equals(l.getText())).tryQuery()).isPresent();
    }
}
