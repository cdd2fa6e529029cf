package id.kalbarprov.loket.ui.startup;

import id.kalbarprov.loket.ui.common.I18n;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The window's first frame while the database opens behind it (docs/decisions/0015): the card of the
 * sign-in screen with the app's name and "Membuka database…", replaced by the sign-in form (or the
 * guided restore) a moment later.
 */
public final class OpeningView {

    private OpeningView() {
    }

    public static Parent root(I18n i18n) {
        Label brand = new Label(i18n.t("app.name"));
        brand.getStyleClass().add("title-1");
        Label office = new Label(i18n.t("app.office"));
        office.getStyleClass().add("text-muted");
        office.setWrapText(true);
        Label opening = new Label(i18n.t("startup.opening"));
        opening.setId("startup-opening");
        opening.getStyleClass().add("text-muted");
        VBox card = new VBox(10, brand, office, opening);
        card.getStyleClass().add("signin-card");
        card.setMaxWidth(420);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane root = new StackPane(card);
        root.setAlignment(Pos.CENTER);
        root.setId("startup-opening-view");
        root.getStyleClass().add("signin-view");
        return root;
    }
}
