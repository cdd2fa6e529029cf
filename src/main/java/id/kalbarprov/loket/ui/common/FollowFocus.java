package id.kalbarprov.loket.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * A scroll pane that follows the keyboard: when Tab moves the focus to a field outside the visible
 * part, the pane scrolls just enough to show it (JavaFX does not do this by itself). Clerks work
 * without the mouse, so a form taller than the window must never hide the field being typed in.
 */
public final class FollowFocus {

    /** Space kept around the focused field when scrolling to it. */
    static final double MARGIN = 12;

    private FollowFocus() {
    }

    /** Makes {@code scroll} follow the focus within its content; returns it for chaining. */
    public static ScrollPane install(ScrollPane scroll) {
        ChangeListener<Node> onFocus = (o, before, focused) -> reveal(scroll, focused);
        scroll.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(onFocus);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(onFocus);
            }
        });
        Scene scene = scroll.getScene();
        if (scene != null) {
            scene.focusOwnerProperty().addListener(onFocus);
        }
        return scroll;
    }

    /** Scrolls {@code scroll} vertically so that {@code node} is inside the viewport, if it is in its content. */
    static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (node == null || content == null || !inside(node, content)) {
            return;
        }
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        double range = contentHeight - viewHeight;
        if (range <= 0 || viewHeight <= 0) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double span = scroll.getVmax() - scroll.getVmin();
        double top = (scroll.getVvalue() - scroll.getVmin()) / span * range;
        double newTop;
        if (b.getMinY() - MARGIN < top) {
            newTop = b.getMinY() - MARGIN;
        } else if (b.getMaxY() + MARGIN > top + viewHeight) {
            newTop = Math.min(b.getMaxY() + MARGIN - viewHeight, b.getMinY() - MARGIN);
        } else {
            return;
        }
        newTop = Math.max(0, Math.min(range, newTop));
        scroll.setVvalue(scroll.getVmin() + newTop / range * span);
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
