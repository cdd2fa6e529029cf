package id.kalbarprov.loket.ui.survey;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * Kiosk mode: the kiosk screen in its own full-screen, undecorated window, modal over the app, so the
 * visitor cannot reach the main window, leave full screen with Esc or close it with Alt+F4. It closes
 * only when the kiosk's operator check passes.
 */
public final class KioskWindow {

    private KioskWindow() {
    }

    /** Opens kiosk mode over the window of {@code owner}; {@code afterClose} runs once it is left. */
    public static Stage open(Node owner, KioskView view, KioskViewModel vm, Runnable afterClose) {
        Window window = owner.getScene().getWindow();
        Stage stage = new Stage(StageStyle.UNDECORATED);
        stage.initOwner(window);
        stage.initModality(Modality.APPLICATION_MODAL);
        Scene scene = new Scene((javafx.scene.Parent) view.view(), 1024, 768);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        stage.setOnCloseRequest(e -> e.consume()); // Alt+F4 and the like: only the operator closes it
        // should anything take it out of full screen, it goes back
        stage.fullScreenProperty().addListener((o, a, full) -> {
            if (!full && !vm.closed().get()) {
                stage.setFullScreen(true);
            }
        });
        vm.closed().addListener((o, a, closed) -> {
            if (closed) {
                stage.close();
                afterClose.run();
            }
        });
        vm.load();
        stage.show();
        return stage;
    }
}
