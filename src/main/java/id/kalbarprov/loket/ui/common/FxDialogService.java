package id.kalbarprov.loket.ui.common;

import id.kalbarprov.loket.core.database.DatabaseException;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dialogs as JavaFX alerts, texts from the bundles; never a stack trace on screen. */
public final class FxDialogService implements DialogService {

    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);

    private final I18n i18n;
    private final java.util.function.Supplier<Window> owner;
    private volatile java.util.function.Function<Throwable, java.util.Optional<DatabaseException>> database =
            e -> java.util.Optional.empty();

    public FxDialogService(I18n i18n, java.util.function.Supplier<Window> owner) {
        this.i18n = i18n;
        this.owner = owner;
    }

    /**
     * How to recognise, behind an unexpected failure, a database problem that has words of its own
     * (the server went away, another desk held the database too long): the store's translation.
     */
    public void recogniseDatabaseProblems(
            java.util.function.Function<Throwable, java.util.Optional<DatabaseException>> translate) {
        this.database = translate;
    }

    @Override
    public void error(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void unexpected(Throwable error) {
        java.util.Optional<DatabaseException> db = database.apply(error);
        if (db.isPresent()) {
            // Nothing was saved half-way (one transaction per action); what the user typed is still there.
            LOG.warn("Database problem: {}", db.get().problem(), error);
            show(Alert.AlertType.ERROR, i18n.t("error.database.title"),
                    i18n.of("dbProblem", db.get().problem(), db.get().args().toArray()));
            return;
        }
        LOG.error("Unexpected error", error);
        show(Alert.AlertType.ERROR, i18n.t("error.unexpected.title"), i18n.t("error.unexpected.message"));
    }

    @Override
    public void info(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return ask(title, message, i18n.t("common.yes"), i18n.t("common.no"));
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        return ask(title, message, action, i18n.t("common.cancel"));
    }

    /** The question with {@code no} as the default and cancel button: Enter and Esc both answer no. */
    private boolean ask(String title, String message, String yesText, String noText) {
        Alert alert = question(title, message, yesText, noText);
        ButtonType yes = alert.getButtonTypes().get(0);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    /** Builds (does not show) the question; package-visible for the test of its default answer. */
    Alert question(String title, String message, String yesText, String noText) {
        ButtonType yes = new ButtonType(yesText, ButtonBar.ButtonData.OTHER);
        ButtonType no = new ButtonType(noText, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner.get());
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button yesButton = (Button) alert.getDialogPane().lookupButton(yes);
        Button noButton = (Button) alert.getDialogPane().lookupButton(no);
        yesButton.setDefaultButton(false);
        noButton.setDefaultButton(true);
        yesButton.setId("dialog-yes");
        noButton.setId("dialog-no");
        alert.setOnShown(e -> noButton.requestFocus());
        return alert;
    }

    @Override
    public void pages(String title, java.util.List<java.awt.image.BufferedImage> pages) {
        javafx.stage.Stage stage = pageWindow(title, pages);
        stage.showAndWait();
    }

    /** The window of {@link #pages}, as large as the app's window; package-visible for its test. */
    javafx.stage.Stage pageWindow(String title, java.util.List<java.awt.image.BufferedImage> pages) {
        javafx.stage.Stage stage = new javafx.stage.Stage();
        Window parent = owner.get();
        if (parent != null) {
            stage.initOwner(parent);
            stage.initModality(javafx.stage.Modality.WINDOW_MODAL);
        }
        stage.setTitle(title);
        PageViewer viewer = new PageViewer(i18n, pages, stage::close);
        javafx.scene.Scene scene = new javafx.scene.Scene(viewer,
                parent == null ? 1000 : parent.getWidth(), parent == null ? 740 : parent.getHeight());
        if (parent != null && parent.getScene() != null) {
            scene.getStylesheets().setAll(parent.getScene().getStylesheets());
            stage.setX(parent.getX());
            stage.setY(parent.getY());
        }
        stage.setScene(scene);
        stage.setOnShown(e -> viewer.focusPage());
        return stage;
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner.get());
        alert.showAndWait();
    }
}
