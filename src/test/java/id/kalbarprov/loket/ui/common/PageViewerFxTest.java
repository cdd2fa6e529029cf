package id.kalbarprov.loket.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import id.kalbarprov.loket.ui.LayoutCheck;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The full-size letter view (issue 13): a letter's A4 pages, page by page, fitted to the width or at
 * 100 % and zoom steps, all by keyboard, in a window of 1024×768 without anything cut.
 */
@ExtendWith(ApplicationExtension.class)
class PageViewerFxTest {

    /** An A4 page at the viewer's resolution, with its number drawn on it. */
    static BufferedImage page(int n) {
        int w = Math.round(210 / 25.4f * PageViewer.RENDER_DPI);
        int h = Math.round(297 / 25.4f * PageViewer.RENDER_DPI);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.drawString("Halaman " + n, 100, 100);
        g.dispose();
        return img;
    }

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(new Label("Loket"), 1024, 768);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/css/loket.css")).toExternalForm());
        stage.setScene(scene);
        // the shared test window may come sized by an earlier test class: the office screen's size here
        stage.setWidth(1024);
        stage.setHeight(768);
        stage.show();
    }

    @org.junit.jupiter.api.AfterEach
    void giveBack(FxRobot robot) {
        robot.interact(() -> id.kalbarprov.loket.ui.FxTestSupport.restore(stage));
    }

    @Test
    void aTwoPageLetterIsReadPageByPageAtAReadableSizeByKeyboard(FxRobot robot) {
        FxDialogService dialogs = new FxDialogService(new id.kalbarprov.loket.ui.common.I18n(
                id.kalbarprov.loket.ui.common.I18n.INDONESIAN), () -> stage);
        Stage[] window = new Stage[1];
        robot.interact(() -> {
            window[0] = dialogs.pageWindow("Surat Nomor 500.12.6/1/Diskominfo", List.of(page(1), page(2)));
            window[0].show();
        });
        Stage viewer = window[0];
        assertThat(viewer.getWidth()).isEqualTo(1024);
        PageViewer pages = robot.lookup("#page-viewer").queryAs(PageViewer.class);
        ImageView shown = robot.lookup("#page-viewer-page").queryAs(ImageView.class);
        assertThat(robot.lookup("#page-viewer-page-number").queryLabeled().getText()).isEqualTo("Halaman 1 dari 2");
        // Fitted to the width of a 1024 px window the page is larger than on paper (about 125 %).
        assertThat(shown.getFitWidth()).isGreaterThan(900);
        assertThat(pages.shownZoom()).isGreaterThan(1.1);
        assertThat(LayoutCheck.problems(robot, viewer)).isEmpty();

        robot.type(KeyCode.PAGE_DOWN);
        assertThat(robot.lookup("#page-viewer-page-number").queryLabeled().getText()).isEqualTo("Halaman 2 dari 2");
        assertThat(robot.lookup("#page-viewer-next").queryButton().isDisabled()).isTrue();
        robot.type(KeyCode.PAGE_UP);
        assertThat(pages.page().get()).isZero();

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#page-viewer-zoom").queryLabeled().getText()).isEqualTo("100 %");
        // 100 %: an A4 page as wide as on paper on a 96 dpi screen (210 mm = 794 px).
        assertThat(shown.getFitWidth()).isCloseTo(794, org.assertj.core.data.Offset.offset(2.0));
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#page-viewer-zoom").queryLabeled().getText()).isEqualTo("125 %");
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#page-viewer-zoom").queryLabeled().getText()).isEqualTo("75 %");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertThat(shown.getFitWidth()).isGreaterThan(900);
        robot.interact(() -> id.kalbarprov.loket.ui.FxTestSupport.snapshot(viewer.getScene(), "page-viewer-1024"));

        robot.type(KeyCode.ESCAPE);
        assertThat(viewer.isShowing()).as("Esc closes the letter").isFalse();
    }
}
