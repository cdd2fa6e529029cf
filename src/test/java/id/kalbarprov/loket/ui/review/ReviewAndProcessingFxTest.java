package id.kalbarprov.loket.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.request.RequestDetail;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.request.WorkItem;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.shell.MainWindow;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A request registered at the desk goes through the real Kajian and Proses screens to "siap surat". */
@ExtendWith(ApplicationExtension.class)
class ReviewAndProcessingFxTest {

    @TempDir
    Path dir;

    Loket loket;
    MainWindow main;
    FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();
    long vicon;
    long overdue;

    @Start
    void start(Stage stage) {
        loket = FxTestSupport.open(dir);
        vicon = register(ServiceKind.VICON, LocalDateTime.of(2026, 11, 23, 9, 0), "045/712/Dinkes/2026");
        overdue = register(ServiceKind.HOSTING, LocalDateTime.of(2026, 11, 16, 9, 0), "046/713/Dinkes/2026");
        main = FxTestSupport.show(stage, loket, dialogs);
        main.show(NavItem.BERANDA);
    }

    long register(ServiceKind kind, LocalDateTime at, String number) {
        ServiceStandard s = loket.reference().services().stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
        LetterDraft d = new LetterDraft(at, 5L, number, at.toLocalDate(), "Permohonan fasilitas " + kind, s.id(),
                SignerRole.KEPALA_PD, "dr. Erna Yulianti, M.Kes", Set.of(s.requirements().get(0).id()),
                "Budi Hartono", "0812 5678 1234", null);
        return ((IntakeService.Done) loket.intake().register(d, loket.actor(), true)).id();
    }

    String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    TableView<WorkItem> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    void fromRegisteredThroughReviewAndProcessingToReadyForItsLetter(FxRobot robot) {
        robot.clickOn("#" + NavItem.KAJIAN.buttonId());
        TableView<WorkItem> review = table(robot, "#review-list");
        assertThat(review.getItems()).extracting(w -> w.row().id()).as("most urgent first").containsExactly(overdue, vicon);
        assertThat(robot.lookup("Terlambat").tryQuery()).isPresent();
        assertThat(robot.lookup("Sesuai jadwal").tryQuery()).isPresent();

        robot.interact(() -> review.getSelectionModel().select(1));
        assertThat(text(robot, "#review-detail-state")).isEqualTo("Diterima");
        assertThat(text(robot, "#review-detail-due")).isEqualTo("24 November 2026 — Sesuai jadwal");
        assertThat(robot.lookup("#review-forward").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#review-take");
        assertThat(text(robot, "#review-detail-state")).isEqualTo("Dikaji");
        assertThat(text(robot, "#review-notice")).contains("sedang dikaji");

        // Forwarding without a processor is refused under the field.
        robot.clickOn("#review-forward");
        assertThat(text(robot, "#review-error-processor")).isEqualTo("Wajib diisi.");
        assertThat(loket.requests().find(vicon).orElseThrow().state()).isEqualTo(RequestState.DIKAJI);
        robot.clickOn("#review-processor").write("admin");
        robot.clickOn("#review-forward");
        assertThat(review.getItems()).extracting(w -> w.row().id()).containsExactly(overdue);

        robot.clickOn("#" + NavItem.PROSES.buttonId());
        TableView<WorkItem> work = table(robot, "#processing-list");
        assertThat(work.getItems()).extracting(w -> w.row().id()).containsExactly(vicon);
        robot.interact(() -> work.getSelectionModel().select(0));
        assertThat(robot.lookup("Aktivasi akun Zoom").tryQuery()).isPresent();
        robot.clickOn("#processing-vicon-account").write("vicon3@kalbarprov");
        robot.interact(() -> robot.lookup("#processing-vicon-eventAt").queryAs(DatePicker.class)
                .setValue(LocalDate.of(2026, 11, 30)));
        robot.clickOn("#processing-vicon-eventTime").write("09.00");
        robot.clickOn("#processing-finish");
        assertThat(text(robot, "#processing-error-vicon-activated")).isEqualTo("Centang bila sudah dikerjakan.");
        assertThat(text(robot, "#processing-error-vicon-account")).startsWith("Bukan alamat email yang sah");
        assertThat(loket.requests().find(vicon).orElseThrow().state()).isEqualTo(RequestState.DIPROSES);

        robot.clickOn("#processing-vicon-activated");
        robot.clickOn("#processing-vicon-account").write(".go.id");
        robot.clickOn("#processing-finish");
        assertThat(dialogs.shown).isEmpty();
        assertThat(work.getItems()).isEmpty();
        assertThat(text(robot, "#processing-notice")).contains("siap dibuatkan surat konfirmasi");
        RequestDetail done = loket.requests().detail(vicon, FxTestSupport.NOW.toLocalDate()).orElseThrow();
        assertThat(done.item().row().state()).isEqualTo(RequestState.SIAP_SURAT);
        assertThat(done.processingSummary()).isEqualTo("Akun Zoom vicon3@kalbarprov.go.id telah diaktifkan untuk "
                + "kegiatan pada Senin, 30 November 2026 pukul 09.00 WIB.");
        assertThat(done.history()).extracting(RequestDetail.HistoryEntry::to).containsExactly(RequestState.DITERIMA,
                RequestState.DIKAJI, RequestState.DIPROSES, RequestState.SIAP_SURAT);
    }

    @Test
    void aChangeFromAnotherWorkstationIsReportedAndReloaded(FxRobot robot) {
        robot.clickOn("#" + NavItem.KAJIAN.buttonId());
        TableView<WorkItem> review = table(robot, "#review-list");
        assertThat(review.getItems().get(0).row().id()).isEqualTo(overdue);
        robot.interact(() -> review.getSelectionModel().select(0));
        // Another workstation takes the same request for review meanwhile.
        var other = id.kalbarprov.loket.store.Database.open(loket.database().file());
        var otherStore = new id.kalbarprov.loket.store.RequestStore(other, loket::calendar);
        new id.kalbarprov.loket.core.request.RequestWorkflow(otherStore, loket::calendar, loket.clock())
                .takeForReview(overdue, otherStore.find(overdue).orElseThrow().version(),
                        new id.kalbarprov.loket.core.auth.Actor(9, "andi", "Andi Pratama",
                                Set.of(id.kalbarprov.loket.core.auth.Role.ANALIS)));
        robot.clickOn("#review-reason").write("Bukan kewenangan Diskominfo");
        robot.clickOn("#review-refuse");
        assertThat(dialogs.shown).singleElement().asString()
                .isEqualTo("info: Data sudah berubah: Permohonan ini baru saja diubah oleh Andi Pratama (andi) pada "
                        + "23-11-2026 10.00. Data dimuat ulang.");
        assertThat(text(robot, "#review-detail-state")).isEqualTo("Dikaji");
        assertThat(loket.requests().find(overdue).orElseThrow().state()).isEqualTo(RequestState.DIKAJI);
    }
}
