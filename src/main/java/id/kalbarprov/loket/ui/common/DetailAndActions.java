package id.kalbarprov.loket.ui.common;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;

/**
 * The right side of a worklist screen (Kajian, Proses): the request above, what to do with it below,
 * each scrolling on its own and the border between them movable. In a window 768 px high a form that
 * opens (a reason to type, errors under fields) stays reachable instead of being pushed out of sight.
 */
public final class DetailAndActions {

    /** Share of the height the request keeps however tall the actions grow. */
    private static final double MIN_DETAIL = 0.3;

    private DetailAndActions() {
    }

    public static SplitPane of(Node detail, Node actions, String id) {
        ScrollPane top = FollowFocus.install(new ScrollPane(detail));
        top.setFitToWidth(true);
        top.setId(id + "-scroll");
        ScrollPane bottom = FollowFocus.install(new ScrollPane(actions));
        bottom.setFitToWidth(true);
        bottom.setId(id + "-actions-scroll");
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        // The actions get the room they need (up to 70 % of the height) whenever they change size: a
        // form that opens moves the border up, so its buttons are not left below the fold.
        Runnable fit = () -> {
            double h = split.getHeight();
            if (h > 0 && actions instanceof javafx.scene.layout.Region r) {
                double need = r.prefHeight(bottom.getViewportBounds().getWidth()) + 8;
                split.setDividerPositions(Math.max(MIN_DETAIL, 1 - need / h));
            }
        };
        split.heightProperty().addListener((o, a, b) -> fit.run());
        actions.layoutBoundsProperty().addListener((o, a, b) -> {
            if (a.getHeight() != b.getHeight()) {
                fit.run();
            }
        });
        return split;
    }
}
