package id.kalbarprov.loket.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * What a user of a small screen would notice: a text cut off with "...", a control that sticks
 * out past the window's right edge, and table columns that only a sideways scroll would show. Walks the visible nodes under {@code root}; call on the FX thread
 * after layout.
 */
public final class ScreenFit {

    private ScreenFit() {
    }

    public static List<String> problems(Parent root) {
        List<String> out = new ArrayList<>();
        double width = root.getScene().getWidth();
        walk(root, width, out);
        return out;
    }

    private static void walk(Node n, double width, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Text t && t.getParent() instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            String shown = t.getText();
            String ellipsis = l.getEllipsisString();
            if (shown != null && !ellipsis.isEmpty() && shown.endsWith(ellipsis) && !l.getText().endsWith(ellipsis)) {
                out.add("cut off: \"" + l.getText() + "\" shown as \"" + shown + "\" (" + describe(l) + ")");
            }
            if (l.isWrapText() && t.getWrappingWidth() > 0) {
                for (String word : l.getText().split("\\s+")) {
                    Text probe = new Text(word);
                    probe.setFont(t.getFont());
                    if (probe.getLayoutBounds().getWidth() > t.getWrappingWidth() + 0.5) {
                        out.add("word broken: \"" + word + "\" in \"" + l.getText() + "\" (" + describe(l) + ")");
                    }
                }
            }
        }
        if (n instanceof Control c && c.getScene() != null) {
            Bounds b = c.localToScene(c.getLayoutBounds());
            if (b.getMaxX() > width + 1 && b.getWidth() > 0 && !inScrolledTable(c)) {
                out.add("past the right edge: " + describe(c) + " ends at " + Math.round(b.getMaxX()) + " of "
                        + Math.round(width));
            }
        }
        if (n instanceof javafx.scene.control.TableView<?> t && t.getWidth() > 0) {
            double columns = t.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
            double inside = t.getWidth() - t.snappedLeftInset() - t.snappedRightInset();
            if (columns > inside + 1) {
                out.add("columns hidden past the table's edge: " + describe(t) + " " + t.getVisibleLeafColumns().stream().map(c -> Math.round(c.getWidth()) + "/" + Math.round(c.getMinWidth())).toList() + " needs " + Math.round(columns)
                        + " of " + Math.round(inside));
            }
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, width, out);
            }
        }
    }

    /** Cells and heads inside a table are clipped by it; the table itself is checked. */
    private static boolean inScrolledTable(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.TableView<?> || p instanceof javafx.scene.control.ListView<?>) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node n) {
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId());
    }
}
