package id.kalbarprov.loket.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.shell.MainWindow;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Correcting a registered letter from Surat Masuk, as a clerk and a Kepala Bidang would (issue 13 item 5). */
@ExtendWith(ApplicationExtension.class)
class LetterCorrectionFxTest {

    static final String TYPO = "Permohonan akun emial kedinasan";
    static final String FIXED = "Permohonan akun email kedinasan";

    @TempDir
    Path dir;
    Loket loket;
    MainWindow main;
    Stage stage;
    long letter;
    final FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        loket = FxTestSupport.open(dir);
        ServiceStandard email = loket.reference().services().stream().filter(s -> s.kind() == ServiceKind.EMAIL)
                .findFirst().orElseThrow();
        LocalDateTime at = FxTestSupport.NOW.minusHours(1);
        letter = ((IntakeService.Done) loket.intake().register(new LetterDraft(at, 5L, "800/12/Dinkes",
                at.toLocalDate().minusDays(1), TYPO, email.id(), SignerRole.KEPALA_PD, "dr. Erna Yulianti",
                Set.copyOf(email.requirements().stream().map(ServiceStandard.Requirement::id).toList()), "Budi",
                "0812 3456 7890", null), loket.actor(), true)).id();
        main = FxTestSupport.show(stage, loket, dialogs);
        main.show(NavItem.SURAT_MASUK);
    }

    @AfterEach
    void giveTheStageBack() {
        FxTestSupport.restore(stage);
    }

    void openTheLetterFromTheRegister(FxRobot robot) {
        robot.interact(() -> robot.lookup("#register-table").queryAs(TableView.class).getSelectionModel().select(0));
        robot.clickOn("#register-table");
        robot.type(KeyCode.ENTER);
        assertThat(text(robot, "#detail-subject")).isEqualTo(TYPO);
    }

    String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    void retype(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).clear());
        robot.write(text);
    }

    @Test
    void theClerkCorrectsTheSubjectWithAReasonConfirmsTheChangeAndTheHistorySaysSo(FxRobot robot) {
        openTheLetterFromTheRegister(robot);
        String agenda = text(robot, "#detail-agenda");
        robot.clickOn("#detail-correct");
        assertThat(dialogs.shown).isEmpty();
        assertThat(robot.lookup("#correct-subject").queryAs(TextField.class).getText()).isEqualTo(TYPO);
        assertThat(robot.lookup("#correct-letterNumber").queryAs(TextField.class).getText()).isEqualTo("800/12/Dinkes");
        assertThat(text(robot, "#correct-who")).contains("Petugas Loket atau Kepala Bidang");

        retype(robot, "#correct-subject", FIXED);
        robot.clickOn("#correct-notes");
        robot.type(KeyCode.TAB); // Tab leaves the notes for the reason, as in every form
        robot.write("Salah ketik saat registrasi");
        assertThat(robot.lookup("#correct-reason").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo("Salah ketik saat registrasi");
        robot.clickOn("#correct-subject");
        robot.type(KeyCode.ENTER);

        assertThat(dialogs.shown).singleElement().asString()
                .contains("Perihal '" + TYPO + "' → '" + FIXED + "'")
                .contains("Alasan: Salah ketik saat registrasi")
                .endsWith("[Simpan koreksi]");
        assertThat(text(robot, "#detail-subject")).isEqualTo(FIXED);
        assertThat(text(robot, "#detail-agenda")).isEqualTo(agenda);
        assertThat(text(robot, "#detail-correction-0")).isEqualTo("Dikoreksi oleh Operator Uji: Perihal '" + TYPO
                + "' → '" + FIXED + "'. Alasan: Salah ketik saat registrasi");
        // the register shows the corrected subject too
        assertThat(robot.lookup(FIXED).tryQuery()).isPresent();
    }

    @Test
    void withoutAReasonNothingIsSavedAndEscGoesBackToTheUnchangedLetter(FxRobot robot) {
        openTheLetterFromTheRegister(robot);
        robot.clickOn("#detail-correct");
        retype(robot, "#correct-subject", FIXED);
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#correct-reason-error").queryAs(Label.class).getText()).isEqualTo("Wajib diisi.");
        assertThat(dialogs.shown).isEmpty();

        robot.type(KeyCode.ESCAPE);
        assertThat(text(robot, "#detail-subject")).isEqualTo(TYPO);
        assertThat(robot.lookup("#detail-correction-0").tryQuery()).isEmpty();
        assertThat(loket.letters().detail(letter).orElseThrow().corrections()).isEmpty();
    }

    @Test
    void answeringNoToTheConfirmationSavesNothing(FxRobot robot) {
        dialogs.answer = false;
        openTheLetterFromTheRegister(robot);
        robot.clickOn("#detail-correct");
        retype(robot, "#correct-subject", FIXED);
        robot.clickOn("#correct-reason").write("Salah ketik");
        robot.clickOn("#correct-save");
        assertThat(dialogs.shown).hasSize(1);
        assertThat(robot.lookup("#correct-subject").queryAs(TextField.class).getText()).isEqualTo(FIXED);
        assertThat(loket.letters().detail(letter).orElseThrow().row().subject()).isEqualTo(TYPO);
    }

    @Test
    void afterTheReviewStartedTheClerkIsToldOnlyTheKepalaBidangMayCorrect(FxRobot robot) {
        Actor andi = new Actor(0, "uji", "Operator Uji", EnumSet.allOf(Role.class));
        loket.workflow().takeForReview(letter, loket.requests().find(letter).orElseThrow().version(), andi);
        loket.signIn(new Actor(0, "uji", "Operator Uji", Set.of(Role.PETUGAS_LOKET)));
        openTheLetterFromTheRegister(robot);
        robot.clickOn("#detail-correct");
        assertThat(text(robot, "#correct-who")).isEqualTo("Kajian sudah dimulai: koreksi hanya oleh Kepala Bidang.");
        retype(robot, "#correct-subject", FIXED);
        robot.clickOn("#correct-reason").write("Salah ketik");
        robot.clickOn("#correct-save");

        assertThat(dialogs.shown).singleElement().asString()
                .startsWith("error: Tidak berwenang mengoreksi: Koreksi setelah kajian dimulai hanya oleh Kepala Bidang.")
                .contains("Mengoreksi surat masuk sesudah kajian dimulai (Kepala Bidang)");
        assertThat(loket.letters().detail(letter).orElseThrow().row().subject()).isEqualTo(TYPO);

        // the Kepala Bidang may: signed in as one, the same letter is corrected, and Kajian's detail says so
        dialogs.shown.clear();
        loket.signIn(new Actor(0, "uji", "Operator Uji", Set.of(Role.KEPALA_BIDANG, Role.ANALIS)));
        robot.clickOn("#correct-save");
        assertThat(dialogs.shown).singleElement().asString().startsWith("confirm: ");
        assertThat(text(robot, "#detail-subject")).isEqualTo(FIXED);
        robot.interact(() -> main.show(NavItem.KAJIAN));
        robot.interact(() -> robot.lookup("#review-list").queryAs(TableView.class).getSelectionModel().select(0));
        assertThat(robot.lookup("#review-detail-history").lookup((Label l) -> l.getText().contains(
                "Dikoreksi oleh Operator Uji: Perihal '" + TYPO + "' → '" + FIXED + "'. Alasan: Salah ketik")).tryQuery())
                .isPresent();
    }

    @Test
    void anOpenLetterShowsACorrectionMadeAtAnotherDesk(FxRobot robot) {
        openTheLetterFromTheRegister(robot);
        var now = loket.corrections().current(letter).orElseThrow();
        var f = now.fields();
        loket.corrections().correct(letter, now.version(), new id.kalbarprov.loket.core.intake.LetterCorrection(
                f.receivedAt(), f.agencyId(), f.letterNumber(), f.letterDate(), FIXED, f.signerRole(), f.signerName(),
                f.contactName(), f.contactPhone(), f.notes()), "Salah ketik", new Actor(9, "kartika", "Kartika Sari",
                Set.of(Role.KEPALA_BIDANG)));
        // what the ChangeWatcher calls when the other desk's commit is seen
        robot.interact(() -> main.screen(NavItem.SURAT_MASUK).onDataChanged());
        assertThat(text(robot, "#detail-subject")).isEqualTo(FIXED);
        assertThat(text(robot, "#detail-correction-0")).startsWith("Dikoreksi oleh Kartika Sari: Perihal");
    }
}
