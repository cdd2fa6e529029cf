package id.kalbarprov.loket.ui.common;

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

    public FxDialogService(I18n i18n, java.util.function.Supplier<Window> owner) {
        this.i18n = i18n;
        this.owner = owner;
    }

    @Override
    public void error(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void unexpected(Throwable error) {
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
