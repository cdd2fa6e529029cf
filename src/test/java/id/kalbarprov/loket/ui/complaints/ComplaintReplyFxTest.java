package id.kalbarprov.loket.ui.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.complaints.ComplaintDraft;
import id.kalbarprov.loket.core.complaints.ComplaintRow;
import id.kalbarprov.loket.core.letters.IssuedLetter;
import id.kalbarprov.loket.store.LetterFixtures;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.shell.MainWindow;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** From a followed-up complaint to its issued, numbered reply letter, on the real screens. */
@ExtendWith(ApplicationExtension.class)
class ComplaintReplyFxTest {

    Loket loket;
    MainWindow main;
    Stage stage;
    final FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createTempDirectory("loket-reply-fx");
        loket = FxTestSupport.open(dir);
        main = FxTestSupport.show(stage, loket, dialogs);
        loket.outgoing().saveSettings(LetterFixtures.ADMIN, LetterFixtures.form(LetterFixtures.SIGNER));
    }

    /** A complaint verified as ringan and followed up; anonymous when {@code name} is null. */
    long followedUp(String name, String text) {
        var actor = loket.actor();
        long ch = loket.reference().complaintChannels().stream().filter(c -> c.code().equals("WHATSAPP"))
                .findFirst().orElseThrow().id();
        long id = loket.complaintService().register(new ComplaintDraft(LocalDateTime.of(2026, 11, 18, 9, 30), ch,
                null, name == null, name, ComplainantKind.MASYARAKAT, null, "0812 3456 7890", null, null, text),
                actor).id();
        long cat = loket.reference().complaintCategories().get(0).id();
        loket.complaintService().verify(id, 0, cat, null, actor);
        loket.complaintService().followUp(id, 1, "Diperiksa oleh Bidang Aplikasi Informatika.", actor);
        return id;
    }

    void open(FxRobot robot, String number) {
        robot.interact(() -> main.show(NavItem.PENGADUAN));
        TableView<ComplaintRow> table = robot.lookup("#complaints-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.number().equals(number)).findFirst().orElseThrow()));
        robot.clickOn("#complaints-table").type(KeyCode.ENTER);
        robot.interact(() -> { });
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

    /** The reply section may be below the fold: focus the field (as Tab would), then type. */
    void focus(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).query().requestFocus());
    }

    void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryButton().fire());
    }

    @Test
    void aFollowedUpComplaintGetsANumberedReplyLetterInTheOutgoingRegister(FxRobot robot) {
        followedUp("Rina Marlina", "Akun Zoom belum aktif sejak minggu lalu.");
        open(robot, "0001/PGD/2026");
        assertThat(text(robot, "#complaint-state")).isEqualTo("Ditindaklanjuti");
        assertThat(visible(robot, "#complaint-reply-box")).isTrue();

        // no answer and no postal address: the messages under the fields, nothing issued
        fire(robot, "#complaint-reply-issue");
        assertThat(text(robot, "#complaint-reply-answer-error")).isEqualTo("Wajib diisi.");
        assertThat(text(robot, "#complaint-reply-address-error")).startsWith(
                "Pengadu ini tidak mempunyai alamat surat.");
        assertThat(loket.outgoing().issued(10)).isEmpty();

        focus(robot, "#complaint-reply-answer");
        robot.write("Akun Zoom Saudara telah aktif kembali sejak 20 November 2026.");
        focus(robot, "#complaint-reply-address");
        robot.write("Jl. Merdeka No. 5, Pontianak 78111");
        fire(robot, "#complaint-reply-preview");
        assertThat(text(robot, "#complaint-reply-caption")).startsWith("Pratinjau");
        assertThat(robot.lookup("#complaint-reply-pages").queryAs(VBox.class).getChildren()).hasSize(2);
        fire(robot, "#complaint-reply-open-pages");
        assertThat(dialogs.shown).last().asString().startsWith("pages: Pratinjau").endsWith(": 1");
        assertThat(loket.outgoing().issued(10)).isEmpty();

        fire(robot, "#complaint-reply-issue");
        assertThat(dialogs.shown).anyMatch(s -> s.startsWith("confirm: Terbitkan surat balasan"));
        assertThat(text(robot, "#complaint-reply-letter-value")).isEqualTo("500.12/1/Diskominfo tanggal 23 November 2026");
        assertThat(text(robot, "#complaint-reply-issued")).startsWith("Surat balasan Nomor 500.12/1/Diskominfo");
        assertThat(visible(robot, "#complaint-reply-issue")).isFalse();
        assertThat(robot.lookup("#complaint-history").queryAs(VBox.class).getChildren())
                .anyMatch(n -> ((Label) n).getText().contains("Surat balasan Nomor 500.12/1/Diskominfo"));

        fire(robot, "#complaint-reply-open");
        assertThat(text(robot, "#complaint-reply-caption"))
                .isEqualTo("Surat balasan Nomor 500.12/1/Diskominfo sebagaimana diterbitkan.");
        // closing now offers the letter's answer, delivered by letter
        assertThat(robot.lookup("#complaint-answer").queryTextInputControl().getText())
                .isEqualTo("Akun Zoom Saudara telah aktif kembali sejak 20 November 2026.");
        robot.interact(() -> {
            javafx.scene.control.ScrollPane detail = robot.lookup("#complaint-detail")
                    .queryAs(javafx.scene.control.ScrollPane.class);
            detail.layout();
            detail.setVvalue(0.45);
        });
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "complaint-reply"));
        if (System.getProperty("loket.letterPdfs") != null) {
            try {
                Path out = Path.of(System.getProperty("loket.letterPdfs"));
                Files.createDirectories(out);
                Files.write(out.resolve("letter-complaint-reply.pdf"),
                        loket.outgoing().pdf(loket.outgoing().issued(1).get(0).id()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        // the same register and numbering as the confirmation letters, marked as a complaint reply
        robot.interact(() -> main.show(NavItem.SURAT_KONFIRMASI));
        TableView<IssuedLetter> issued = robot.lookup("#letters-issued").queryTableView();
        assertThat(issued.getItems()).extracting(IssuedLetter::number)
                .containsExactly("500.12/1/Diskominfo");
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l
                && "Balasan pengaduan · Terbit".equals(l.getText())).tryQuery()).isPresent();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReplyTemplateIsEditedInTemplatWithItsOwnPlaceholdersAndUsedByTheNextLetter(FxRobot robot)
            throws Exception {
        robot.interact(() -> main.show(NavItem.PENGATURAN));
        javafx.scene.control.TabPane tabs = robot.lookup("#settings-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "settings-templates".equals(t.getId())).findFirst().orElseThrow()));
        javafx.scene.control.ListView<id.kalbarprov.loket.core.letters.LetterTemplate> list =
                robot.lookup("#templates-list").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> {
            list.getSelectionModel().select(list.getItems().size() - 1);
            list.scrollTo(list.getItems().size() - 1);
        });
        assertThat(list.getItems().get(list.getItems().size() - 1).kind())
                .isEqualTo(id.kalbarprov.loket.core.letters.LetterKind.BALASAN_PENGADUAN);
        assertThat(text(robot, "#template-help")).contains("{jawaban}", "{nomor_pengaduan}").doesNotContain("{rincian}");
        javafx.scene.control.TextArea body = robot.lookup("#template-body").queryAs(javafx.scene.control.TextArea.class);
        assertThat(body.getText()).contains("{jawaban}");
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "letter-template-reply"));

        // a confirmation letter's placeholder is refused in the reply template
        robot.interact(() -> body.appendText("\n\n{rincian}"));
        assertThat(text(robot, "#error-body")).contains("{rincian}");
        robot.interact(() -> body.setText(body.getText().replace("\n\n{rincian}", "")
                + "\n\nHormat kami, Tim Pengelola Pengaduan."));
        fire(robot, "#template-save");
        assertThat(text(robot, "#template-status")).isNotBlank();

        long id = followedUp("Rina Marlina", "Akun Zoom belum aktif.");
        var letter = loket.complaintReplies().issue(id, 2, "Sudah aktif.", "Jl. Merdeka 5", loket.actor());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(loket.outgoing().pdf(letter.id()))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                    .contains("Hormat kami, Tim Pengelola Pengaduan.");
        }
    }

    @Test
    void anAnonymousComplaintShowsWhyThereIsNoLetter(FxRobot robot) {
        followedUp(null, "Antrean loket terlalu lama.");
        open(robot, "0001/PGD/2026");
        assertThat(visible(robot, "#complaint-reply-refusal")).isTrue();
        assertThat(text(robot, "#complaint-reply-refusal")).startsWith("Pengaduan anonim tidak dapat dibalas dengan surat");
        assertThat(visible(robot, "#complaint-reply-issue")).isFalse();
    }
}
