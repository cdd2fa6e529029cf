package id.kalbarprov.loket.ui;

import atlantafx.base.theme.PrimerLight;
import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.shell.MainWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Builds the real main window on a real SQLite file, with dialogs recorded instead of shown. */
public final class FxTestSupport {

    /** Monday 23 November 2026, 10:00, office time. */
    public static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    /** Dialogs the screens asked for, in order; {@code answer} is what confirm() returns. */
    public static final class RecordingDialogs implements DialogService {
        public final List<String> shown = new ArrayList<>();
        public boolean answer = true;

        @Override
        public void error(String title, String message) {
            shown.add("error: " + title + ": " + message);
        }

        @Override
        public void unexpected(Throwable error) {
            shown.add("unexpected: " + error);
        }

        @Override
        public void info(String title, String message) {
            shown.add("info: " + title + ": " + message);
        }

        @Override
        public boolean confirm(String title, String message) {
            shown.add("confirm: " + title + ": " + message);
            return answer;
        }

        @Override
        public boolean confirm(String title, String message, String action) {
            shown.add("confirm: " + title + ": " + message + " [" + action + "]");
            return answer;
        }

        @Override
        public void pages(String title, List<java.awt.image.BufferedImage> pages) {
            shown.add("pages: " + title + ": " + pages.size());
        }
    }

    private FxTestSupport() {
    }

    /**
     * Saves a PNG of the window when -Dloket.screenshots=DIR is set (docs/screenshots/ is made this way
     * and from a real window under Xvfb). Call on the FX thread, e.g. robot.interact(() -> snapshot(...)).
     */
    public static void snapshot(javafx.scene.Scene scene, String name) {
        String dir = System.getProperty("loket.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            java.nio.file.Files.createDirectories(Path.of(dir));
            var image = scene.snapshot(null);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    Path.of(dir, name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Clock clock() {
        return Clock.fixed(NOW.atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    }

    public static Loket open(Path dir) {
        // a copy of a database migrated once in this JVM (store/TempDb): a second per test less
        return Loket.open(id.kalbarprov.loket.store.TempDb.copyOfMigrated(dir.resolve("loket.db")), clock());
    }

    /** Shows the main window of {@code loket} on {@code stage}. */
    public static MainWindow show(Stage stage, Loket loket, DialogService dialogs) {
        return show(stage, loket, dialogs, 1280, 800);
    }

    /** Shows the main window of {@code loket} on {@code stage} in a window of {@code width}×{@code height}. */
    public static MainWindow show(Stage stage, Loket loket, DialogService dialogs, double width, double height) {
        // Each class starts from the same stage whatever ran before it in this JVM (the tests run in two
        // JVMs, so which classes came before is not fixed).
        restore(stage);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        I18n i18n = new I18n(I18n.INDONESIAN);
        loket.signIn(new id.kalbarprov.loket.core.auth.Actor(0, "uji", "Operator Uji",
                java.util.EnumSet.allOf(id.kalbarprov.loket.core.auth.Role.class)));
        MainWindow main = loket.mainWindow(i18n, TaskRunner.direct(), dialogs, "test");
        Scene scene = new Scene(main.root(), width, height);
        scene.getStylesheets().add(Objects.requireNonNull(FxTestSupport.class.getResource("/css/loket.css"))
                .toExternalForm());
        main.installShortcuts(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
        return main;
    }

    /**
     * Leaves the shared primary stage as {@link #show} found it, for the next test class: closes every
     * other window still open (a kiosk or dialog a failed test left behind would be modal over the next
     * test and take its clicks) and gives the stage back its 1280 x 800 (a test that shrank it to
     * 1024 x 768 would push later tests' controls out of the scene).
     */
    public static void restore(javafx.stage.Stage stage) {
        for (javafx.stage.Window w : new java.util.ArrayList<>(javafx.stage.Window.getWindows())) {
            if (w != stage && w.isShowing()) {
                w.hide();
            }
        }
        stage.setWidth(1280);
        stage.setHeight(800);
    }
}
