package id.kalbarprov.loket.ui.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.complaints.ComplaintDraft;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.register.SuratMasukScreen;
import id.kalbarprov.loket.ui.shell.MainWindow;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 5: Beranda counts open complaints, and a complaint about a request shows on its detail. */
@ExtendWith(ApplicationExtension.class)
class ComplaintsOnBerandaAndDetailFxTest {

    @TempDir
    Path dir;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aComplaintAboutARequestShowsOnBerandaAndOnTheRequestsDetail(FxRobot robot) {
        Loket loket = FxTestSupport.open(dir);
        ServiceStandard vicon = loket.reference().services().stream().filter(s -> s.kind() == ServiceKind.VICON)
                .findFirst().orElseThrow();
        var letter = (IntakeService.Done) loket.intake().register(new LetterDraft(
                LocalDateTime.of(2026, 11, 20, 9, 0), 5L, "005/77/Dinkes", LocalDateTime.of(2026, 11, 19, 0, 0)
                        .toLocalDate(), "Permohonan akun Zoom", vicon.id(), SignerRole.KEPALA_PD, "dr. Erna Yulianti",
                Set.of(vicon.requirements().get(0).id()), null, null, null), loket.actor(), false);
        long channel = loket.reference().complaintChannels().stream().filter(c -> c.code().equals("WHATSAPP"))
                .findFirst().orElseThrow().id();
        var complaint = loket.complaintService().register(new ComplaintDraft(LocalDateTime.of(2026, 11, 23, 9, 0),
                channel, null, false, "Rina Marlina", ComplainantKind.MASYARAKAT, null, "0812 3456 7890",
                vicon.id(), letter.id(), "Akun Zoom belum aktif."), loket.actor());

        AtomicReference<MainWindow> main = new AtomicReference<>();
        robot.interact(() -> main.set(FxTestSupport.show(stage, loket, new FxTestSupport.RecordingDialogs())));
        robot.interact(() -> main.get().show(NavItem.BERANDA));
        assertThat(robot.lookup("#dashboard-complaints-open-value").queryAs(Label.class).getText()).isEqualTo("1");
        assertThat(robot.lookup("#dashboard-complaints-overdue-value").queryAs(Label.class).getText()).isEqualTo("0");
        // below the Admin's setup checklist: the clerk scrolls down to it (Beranda follows the focus)
        robot.interact(() -> robot.lookup("#dashboard-complaints-open").query().requestFocus());
        robot.clickOn("#dashboard-complaints-open");
        assertThat(main.get().current()).isEqualTo(NavItem.PENGADUAN);

        robot.interact(() -> {
            main.get().show(NavItem.SURAT_MASUK);
            ((SuratMasukScreen) main.get().screen(NavItem.SURAT_MASUK)).openDetail(letter.id());
        });
        String shown = robot.lookup("#detail-complaints").queryAs(javafx.scene.layout.VBox.class).getChildren()
                .stream().map(n -> ((Label) n).getText()).findFirst().orElseThrow();
        assertThat(shown).startsWith(complaint.number() + " — diterima 23-11-2026 09.00 — Diterima")
                .endsWith("Akun Zoom belum aktif.");

        // The analyst reviewing the request sees the complaint too.
        robot.interact(() -> main.get().show(NavItem.KAJIAN));
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<id.kalbarprov.loket.core.register.WorkItem> review =
                robot.lookup("#review-list").queryAs(javafx.scene.control.TableView.class);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> review.getSelectionModel().select(review.getItems().stream()
                .filter(w -> w.row().id() == letter.id()).findFirst().orElseThrow()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#review-detail-complaints").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .singleElement().extracting(n -> ((Label) n).getText()).asString()
                .startsWith(complaint.number() + " — diterima 23-11-2026 09.00");
    }
}
