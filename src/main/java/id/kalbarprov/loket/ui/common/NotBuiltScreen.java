package id.kalbarprov.loket.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Says plainly that a screen is not built yet, and what it will hold. */
public final class NotBuiltScreen implements Screen {

    private final VBox root;

    public NotBuiltScreen(I18n i18n, String titleKey, String plannedKey) {
        Label title = new Label(i18n.t(titleKey));
        title.getStyleClass().add("title-2");
        Label notice = new Label(i18n.t("common.notBuilt"));
        notice.setId("not-built-notice");
        notice.getStyleClass().add("warning");
        notice.setWrapText(true);
        Label planned = new Label(i18n.t(plannedKey));
        planned.setWrapText(true);
        root = new VBox(12, title, notice, planned);
        root.setAlignment(Pos.TOP_LEFT);
        root.setMaxWidth(640);
        root.getStyleClass().add("screen");
    }

    @Override
    public Node view() {
        return root;
    }
}
