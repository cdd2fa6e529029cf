import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick of packaging/startup-bench.sh: the barest JavaFX window (one label), timed the same
 * way as Loket (id.kalbarprov.loket.StartupTiming): at the first laid-out pulse after show(), the wall
 * clock in milliseconds is appended to the file named by -Dloket.startupMark.
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Loket"), 1280, 800);
        stage.setTitle("Bare");
        stage.setScene(scene);
        stage.show();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            String mark = System.getProperty("loket.startupMark");
            if (mark != null) {
                try {
                    Files.writeString(Path.of(mark), System.currentTimeMillis() + "\n", StandardCharsets.US_ASCII,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}

/** The main class: not an Application itself, so the JavaFX jars may sit on the class path (as in loket.jar). */
final class BareMain {
    public static void main(String[] args) {
        javafx.application.Application.launch(BareWindow.class, args);
    }
}
