package id.kalbarprov.loket.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.store.Backend;
import id.kalbarprov.loket.store.DbLocation;
import id.kalbarprov.loket.ui.FxTestSupport;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two desks, each its own app instance on the same database: what one registers shows at the
 * other's Beranda and register within 2 s, with no refresh button, and the other desk keeps its
 * selected row and the registration form it is filling in.
 */
@ExtendWith(ApplicationExtension.class)
class LiveDesksFxTest {

    @TempDir
    Path dir;
    Stage stageA;
    Stage stageB;
    int seq;

    @Start
    void start(Stage stage) {
        this.stageA = stage;
    }

    @AfterEach
    void drop(FxRobot robot) {
        robot.interact(() -> {
            if (stageB != null) {
                stageB.close();
            }
        });
        Backend.dropCreatedDatabases();
    }

    @Test
    void onTheServer(FxRobot robot) throws Exception {
        twoDesks(robot, Backend.POSTGRESQL.location(dir));
    }

    @Test
    void onOneSqliteFile(FxRobot robot) throws Exception {
        twoDesks(robot, Backend.SQLITE.location(dir));
    }

    void twoDesks(FxRobot robot, DbLocation shared) throws TimeoutException {
        Loket deskA = Loket.open(shared, FxTestSupport.clock());
        Loket deskB = Loket.open(shared, FxTestSupport.clock());
        register(deskA);
        AtomicReference<MainWindow> b = new AtomicReference<>();
        FxTestSupport.RecordingDialogs dialogsB = new FxTestSupport.RecordingDialogs();
        robot.interact(() -> {
            FxTestSupport.show(stageA, deskA, new FxTestSupport.RecordingDialogs());
            stageB = new Stage();
            b.set(FxTestSupport.show(stageB, deskB, dialogsB));
            b.get().show(NavItem.BERANDA);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogsB.shown).isEmpty();
        Node rootB = stageB.getScene().getRoot();
        assertThat(count(robot, rootB, "count-state-DITERIMA")).isEqualTo("1");

        register(deskA); // at the other desk
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS,
                () -> "2".equals(count(robot, rootB, "count-state-DITERIMA")));

        // Desk B reads the register with a row selected, then starts filling in a letter of its own.
        robot.interact(() -> b.get().show(NavItem.SURAT_MASUK));
        TableView<?> table = robot.from(rootB).lookup("#register-table").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        robot.interact(() -> table.getSelectionModel().select(1));
        Object selected = table.getSelectionModel().getSelectedItem();
        TabPane tabs = robot.from(rootB).lookup((TabPane t) -> true).query();
        robot.interact(() -> {
            tabs.getSelectionModel().select(1);
            robot.from(rootB).lookup("#subject").queryAs(TextField.class).setText("Permohonan hosting sedang diketik");
        });

        register(deskA);
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(rootB).lookup("#subject").queryAs(TextField.class).getText())
                .isEqualTo("Permohonan hosting sedang diketik");
        assertThat(table.getSelectionModel().getSelectedItem()).isNotNull();
        assertThat(table.getSelectionModel().getSelectedItem().toString()).contains(agendaOf(selected));
        deskA.stopWatching();
        deskB.stopWatching();
    }

    private static String agendaOf(Object row) {
        String s = row.toString();
        int i = s.indexOf("/SM/");
        return s.substring(i - 4, i + 8);
    }

    /** The number on Beranda's count button {@code id}, read on the FX thread ("" while Beranda rebuilds). */
    private static String count(FxRobot robot, Node root, String id) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> robot.from(root).lookup("#" + id).tryQuery()
                    .map(b -> ((Label) ((javafx.scene.layout.VBox) ((javafx.scene.control.Button) b).getGraphic())
                            .getChildren().get(0)).getText()).orElse("")).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void register(Loket loket) {
        ServiceStandard s = loket.reference().services().stream().filter(x -> x.kind() == ServiceKind.EMAIL)
                .findFirst().orElseThrow();
        LocalDateTime at = LocalDateTime.of(2026, 11, 23, 9, ++seq);
        var outcome = loket.intake().register(new LetterDraft(at, 5L, "005/" + seq + "/Dinkes", at.toLocalDate(),
                "Permohonan reset password", s.id(), SignerRole.KEPALA_PD, "dr. Erna Yulianti",
                Set.of(s.requirements().get(0).id()), null, null, null), loket.actor(), true);
        assertThat(outcome).isInstanceOf(IntakeService.Done.class);
    }
}
