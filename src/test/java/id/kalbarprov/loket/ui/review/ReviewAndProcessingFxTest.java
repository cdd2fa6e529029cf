package id.kalbarprov.loket.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.register.RequestDetail;
import id.kalbarprov.loket.core.register.WorkItem;
import id.kalbarprov.loket.core.request.RequestState;
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
        loket.operators().createFirstAdministrator("budi", "Budi Santoso", "rahasia-pelaksana-1");
        main = FxTestSupport.show(stage, loket, dialogs);
        main.show(NavItem.BERANDA);
    }

    long register(ServiceKind kind, LocalDateTime at, String number) {
        return register(kind, at, number, 5L, "Permohonan fasilitas " + kind, true);
    }

    long register(ServiceKind kind, LocalDateTime at, String number, long agency, String subject, boolean complete) {
        ServiceStandard s = loket.reference().services().stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
        LetterDraft d = new LetterDraft(at, agency, number, at.toLocalDate(), subject, s.id(),
                SignerRole.KEPALA_PD, "dr. Erna Yulianti, M.Kes", complete ? Set.of(s.requirements().get(0).id()) : Set.of(),
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
        assertThat(robot.lookup("#review-list").lookup((Label l) -> "Terlambat".equals(l.getText())
                && l.getStyleClass().contains("due-overdue")).tryQuery()).as("overdue in words and colour").isPresent();
        assertThat(robot.lookup("#review-list").lookup((Label l) -> "19-11-2026".equals(l.getText())
                && l.getStyleClass().contains("due-overdue")).tryQuery()).isPresent();
        assertThat(robot.lookup("#review-list").lookup((Label l) -> "Sesuai jadwal".equals(l.getText())
                && l.getStyleClass().contains("due-on-track")).tryQuery()).isPresent();

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
        main.dataChanged(); // another desk commits: the live refresh keeps the message just given
        org.testfx.util.WaitForAsyncUtils.sleep(1, java.util.concurrent.TimeUnit.SECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#review-error-processor")).isEqualTo("Wajib diisi.");
        // The processors are listed by full name; the request keeps the username.
        javafx.scene.control.ComboBox<?> processors = robot.lookup("#review-processor").queryComboBox();
        assertThat(processors.getItems()).extracting(Object::toString).containsExactly("Budi Santoso");
        robot.clickOn("#review-processor").clickOn("Budi Santoso");
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
        robot.clickOn("#processing-vicon-account").type(javafx.scene.input.KeyCode.END).write(".go.id");
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
        loket.stopWatching(); // a desk that acts before the live refresh shows the other desk's change
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
        robot.clickOn("#review-refuse-open");
        robot.clickOn("#review-refuse-reason").write("Bukan kewenangan Diskominfo");
        robot.clickOn("#review-refuse");
        assertThat(dialogs.shown).first().asString().startsWith("confirm: Tolak permohonan?: Permohonan ")
                .contains("tidak dapat diproses lagi", "Alasan penolakan: Bukan kewenangan Diskominfo");
        assertThat(dialogs.shown).hasSize(2).last().asString()
                .isEqualTo("info: Data sudah berubah: Permohonan ini baru saja diubah oleh Andi Pratama (andi) pada "
                        + "23-11-2026 10.00. Data dimuat ulang.");
        assertThat(text(robot, "#review-detail-state")).isEqualTo("Dikaji");
        assertThat(loket.requests().find(overdue).orElseThrow().state()).isEqualTo(RequestState.DIKAJI);
    }

    /** A fuller desk for the screenshots in docs/screenshots (written with -Dloket.screenshots=DIR). */
    @Test
    void screensWithAFullerWorklist(FxRobot robot) {
        var flow = loket.workflow();
        var me = loket.actor();
        long[] ids = {
            register(ServiceKind.JARINGAN, LocalDateTime.of(2026, 11, 19, 8, 40), "005/311/Bappeda/2026", 26,
                    "Permohonan penambahan titik akses Wi-Fi ruang rapat", true),
            register(ServiceKind.EMAIL, LocalDateTime.of(2026, 11, 20, 14, 5), "800/122/BKD/2026", 29,
                    "Permohonan reset password email kedinasan", true),
            register(ServiceKind.CLOUD, LocalDateTime.of(2026, 11, 23, 8, 15), "045/88/BPBD/2026", 32,
                    "Penunjukan admin pengelola data cloud", true),
            register(ServiceKind.HOSTING, LocalDateTime.of(2026, 11, 23, 9, 20), "555/41/Disporapar/2026", 19,
                    "Permohonan subdomain dan hosting website pariwisata", true),
            register(ServiceKind.VICON, LocalDateTime.of(2026, 11, 20, 10, 0), "005/900/Setda/2026", 1,
                    "Permohonan fasilitas video conference rapat koordinasi", false)};
        flow.takeForReview(ids[1], loket.requests().find(ids[1]).orElseThrow().version(), me);
        flow.takeForReview(ids[2], loket.requests().find(ids[2]).orElseThrow().version(), me);
        flow.forwardToProcessing(ids[2], loket.requests().find(ids[2]).orElseThrow().version(), me, me.username(), null);
        flow.takeForReview(vicon, loket.requests().find(vicon).orElseThrow().version(), me);
        flow.forwardToProcessing(vicon, loket.requests().find(vicon).orElseThrow().version(), me, "budi", null);

        robot.clickOn("#" + NavItem.KAJIAN.buttonId());
        TableView<WorkItem> review = table(robot, "#review-list");
        assertThat(review.getItems()).extracting(WorkItem::dueStatus).containsExactly(
                id.kalbarprov.loket.core.calendar.DueStatus.OVERDUE, id.kalbarprov.loket.core.calendar.DueStatus.DUE_TODAY,
                id.kalbarprov.loket.core.calendar.DueStatus.ON_TRACK, id.kalbarprov.loket.core.calendar.DueStatus.ON_TRACK);
        assertThat(review.getItems()).extracting(w -> w.row().id()).containsExactly(overdue, ids[1], ids[0], ids[3]);
        robot.interact(() -> review.getSelectionModel().select(1));
        robot.clickOn("#review-return-open");
        robot.clickOn("#review-reason").write("Belum disebutkan nama akun yang akan direset");
        robot.interact(() -> FxTestSupport.snapshot(robot.window(0).getScene(), "review"));
        robot.clickOn("#review-section-waiting");
        assertThat(review.getItems()).extracting(w -> w.row().id()).containsExactly(ids[4]);

        robot.clickOn("#" + NavItem.PROSES.buttonId());
        TableView<WorkItem> work = table(robot, "#processing-list");
        assertThat(work.getItems()).extracting(w -> w.row().id()).containsExactly(ids[2], vicon);
        robot.clickOn("#processing-mine");
        assertThat(work.getItems()).extracting(w -> w.row().id()).containsExactly(ids[2]);
        robot.interact(() -> work.getSelectionModel().select(0));
        robot.clickOn("#processing-cloud-account").write("bpbd");
        robot.clickOn("#processing-cloud-quota").write("100 GB");
        robot.clickOn("#processing-cloud-adminName").write("Yohanes Saputra, S.Kom");
        robot.clickOn("#processing-cloud-adminNip").write("19891231 201503 1 000");
        robot.clickOn("#processing-finish");
        assertThat(text(robot, "#processing-error-cloud-adminNip"))
                .isEqualTo("Tiga angka terakhir NIP (nomor urut) tidak boleh 000.");
        assertThat(text(robot, "#processing-error-cloud-adminPosition")).isEqualTo("Wajib diisi.");
        robot.interact(() -> FxTestSupport.snapshot(robot.window(0).getScene(), "processing"));
    }
}
