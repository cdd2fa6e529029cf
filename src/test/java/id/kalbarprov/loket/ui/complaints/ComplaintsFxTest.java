package id.kalbarprov.loket.ui.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.catalog.ComplaintChannel;
import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.complaints.ComplaintDraft;
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
        assertThat(text(robot, "#complaint-reference-error")).isEqualTo("Untuk kanal SP4N-LAPOR!, nomor tiket wajib diisi.");
        assertThat(loket.complaints().list(ComplaintFilter.ALL)).isEmpty();
        assertThat(robot.lookup("#complaint-reference").query().isFocused()).isTrue();
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "complaint-form"));

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

    long seed(String channel, String ref, java.time.LocalDateTime at, String name, String contact, String text,
              String category) {
        var channels = loket.reference().complaintChannels();
        long ch = channels.stream().filter(c -> c.code().equals(channel)).findFirst().orElseThrow().id();
        var actor = loket.actor();
        long id = loket.complaintService().register(new ComplaintDraft(at, ch, ref,
                name == null, name, ComplainantKind.MASYARAKAT, null, contact,
                null, null, text), actor).id();
        if (category != null) {
            long cat = loket.reference().complaintCategories().stream().filter(c -> c.code().equals(category))
                    .findFirst().orElseThrow().id();
            loket.complaintService().verify(id, 0, cat, null, actor);
        }
        return id;
    }

    @Test
    void theAgencyIsTypedAheadAsInTheRegistrationFormNeverPickedSilently(FxRobot robot) {
        robot.clickOn("#complaints-new");
        choose(robot, "#complaint-channel", (ComplaintChannel c) -> c.code().equals("TATAP_MUKA"));
        choose(robot, "#complaint-kind", (id.kalbarprov.loket.core.complaints.ComplainantKind k) ->
                k == id.kalbarprov.loket.core.complaints.ComplainantKind.INSTANSI);
        robot.clickOn("#complaint-agency").write("Dinas Kes");
        // suggestions open under the field; nothing is chosen until one is taken
        assertThat(robot.lookup("#complaint-agency-suggestions").tryQuery()).isPresent();
        robot.clickOn("#complaint-name").write("Rina Marlina");
        robot.clickOn("#complaint-contact").write("0812 3456 7890");
        robot.clickOn("#complaint-text").write("Akun Zoom belum aktif.");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        assertThat(text(robot, "#complaint-agency-error"))
                .isEqualTo("Instansi tidak ditemukan. Pilih dari daftar yang muncul saat mengetik.");
        assertThat(loket.complaints().list(ComplaintFilter.ALL)).isEmpty();

        robot.clickOn("#complaint-agency");
        robot.interact(() -> robot.lookup("#complaint-agency").queryAs(javafx.scene.control.TextField.class).clear());
        robot.write("dinkes");
        robot.type(KeyCode.ENTER); // takes the highlighted suggestion, the exact abbreviation first
        assertThat(robot.lookup("#complaint-agency").queryAs(javafx.scene.control.TextField.class).getText())
                .startsWith("Dinkes — Dinas Kesehatan");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        assertThat(robot.lookup(n -> n.getId() != null && n.getId().endsWith("-error") && n.isVisible()
                && !((Label) n).getText().isBlank()).queryAllAs(Label.class)).extracting(Label::getText).isEmpty();
        assertThat(loket.complaints().list(ComplaintFilter.ALL)).hasSize(1);
        long id = loket.complaints().list(ComplaintFilter.ALL).get(0).id();
        assertThat(loket.complaints().find(id).orElseThrow().agency()).contains("Kesehatan");
    }

    @Test
    void listShowsOpenComplaintsFirstWithTheirDeadlineInWordsAndColour(FxRobot robot) {
        var actor = loket.actor();
        long settled = seed("EMAIL", null, java.time.LocalDateTime.of(2026, 11, 2, 8, 30), "Hendra Gunawan",
                "hendra@example.id", "Balasan email kedinasan lambat.", "RINGAN");
        loket.complaintService().followUp(settled, 1, "Dicek", actor);
        loket.complaintService().close(settled, 2, "Sudah dibalas.", DeliveryChannel.EMAIL,
                java.time.LocalDate.of(2026, 11, 6), actor);
        long forwarded = seed("MEDIA_SOSIAL", "instagram.com/p/Cx12ab", java.time.LocalDateTime.of(2026, 11, 20, 14, 0),
                "Yuli", null, "Pengaduan tentang KTP elektronik.", null);
        loket.complaintService().forward(forwarded, 0, "Disdukcapil Provinsi Kalimantan Barat", null, actor);
        seed("TATAP_MUKA", null, java.time.LocalDateTime.of(2026, 11, 5, 9, 0), "Agus Salim", "0812 1111 2222",
                "Jaringan di gedung B putus berulang kali.", "NORMATIF");
        seed("LAPOR", "LAPOR-2611-0042", java.time.LocalDateTime.of(2026, 11, 16, 9, 0), "Rina Marlina",
                "0812 3456 7890", "Akun Zoom belum aktif.", "RINGAN");
        seed("WHATSAPP", null, java.time.LocalDateTime.of(2026, 11, 23, 8, 0), null, "0899 1234 5678",
                "Website dinas tidak dapat diakses.", "TIDAK_BERKADAR");
        seed("KOTAK_PENGADUAN", null, java.time.LocalDateTime.of(2026, 11, 23, 9, 15), "Siti Aminah", null,
                "Antrean loket terlalu lama.", null);
        robot.clickOn("#complaints-tab-recap .tab-label");
        robot.clickOn("#complaints-tab-list .tab-label");
        TableView<ComplaintRow> table = robot.lookup("#complaints-table").queryTableView();
        robot.interact(() -> { });
        assertThat(table.getItems()).extracting(ComplaintRow::number).containsExactly("0003/PGD/2026",
                "0004/PGD/2026", "0005/PGD/2026", "0006/PGD/2026", "0001/PGD/2026", "0002/PGD/2026");
        assertThat(robot.lookup(".due-overdue").queryAll()).extracting(n -> ((javafx.scene.control.Labeled) n).getText())
                .contains("12-11-2026 · Terlambat");
        assertThat(robot.lookup(".due-today").queryAll()).extracting(n -> ((javafx.scene.control.Labeled) n).getText())
                .contains("23-11-2026 · Batas waktu hari ini");
        assertThat(robot.lookup(".due-on-track").queryAll()).extracting(n -> ((javafx.scene.control.Labeled) n).getText())
                .contains("11-12-2026 · Sesuai jadwal");
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains("Belum dikategorikan")).tryQuery()).isPresent();
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "complaints"));

        robot.clickOn("#complaints-tab-recap .tab-label");
        assertThat(text(robot, "#recap-total")).isEqualTo("Jumlah pengaduan: 6 (November 2026)");
        assertThat(text(robot, "#recap-share")).isEqualTo(
                "Persentase selesai tepat waktu: 100,0 % (1 dari 1 pengaduan yang selesai)");
        robot.clickOn("#recap-include-contacts");
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "complaint-recap"));

        robot.clickOn("#complaints-tab-list .tab-label");
        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn("#complaints-table").type(KeyCode.ENTER);
        robot.interact(() -> { });
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "complaint-detail"));
    }
}
