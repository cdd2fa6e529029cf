package id.kalbarprov.loket.ui.common;

import id.kalbarprov.loket.core.database.DatabaseException;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
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
        ButtonType yes = new ButtonType(i18n.t("common.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(i18n.t("common.no"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner.get());
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner.get());
        alert.showAndWait();
    }
}
