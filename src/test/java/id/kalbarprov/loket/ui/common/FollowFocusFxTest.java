package id.kalbarprov.loket.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A form taller than the window: Tab down to a field below the fold and back up; it is always in view. */
@ExtendWith(ApplicationExtension.class)
class FollowFocusFxTest {

    final List<TextField> fields = new ArrayList<>();
    ScrollPane scroll;

    @Start
    void start(Stage stage) {
        id.kalbarprov.loket.ui.FxTestSupport.restore(stage);
        VBox box = new VBox(8);
        for (int i = 0; i < 30; i++) {
            TextField f = new TextField();
            f.setId("field-" + i);
            fields.add(f);
            box.getChildren().add(f);
        }
        scroll = FollowFocus.install(new ScrollPane(box));
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 320, 240));
        stage.show();
    }

    @Test
    void tabbingToAFieldBelowTheFoldScrollsItIntoViewAndBackUp(FxRobot robot) {
        robot.interact(() -> fields.get(0).requestFocus());
        for (int i = 0; i < 24; i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(fields.get(24).isFocused()).isTrue();
        assertThat(visible(fields.get(24))).as("field 25 of 30 shown while typed in").isTrue();
        assertThat(visible(fields.get(0))).isFalse();

        robot.interact(() -> fields.get(2).requestFocus());
        assertThat(visible(fields.get(2))).as("back near the top").isTrue();
    }

    private boolean visible(Node n) {
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        Bounds field = n.localToScene(n.getLayoutBounds());
        return field.getMinY() >= view.getMinY() && field.getMaxY() <= view.getMaxY();
    }
}
