package id.kalbarprov.loket.ui;

import id.kalbarprov.loket.ui.common.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Accordion;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Does a screen fit its window? One checker for every screen (issue 13): at 1024×768 no button,
 * label, tab, check box, combo box or column header may show its text cut ("…" or clipped), no text
 * field's prompt may be cut, nothing may scroll sideways (a visible horizontal scroll bar), and no
 * control may lie outside the window or outside the part of the window its container shows.
 * Vertical scrolling is allowed: the screens sit in scroll panes.
 *
 * <p>Table and list cells are data and are checked too, except in columns and lists the view marked
 * with {@link Columns#elidable} (free text such as a subject or an agency's full name, whose cells then
 * carry the whole text as a tooltip).
 *
 * <p>Use on any screen: show it in a window of the size to test (e.g. {@link FxTestSupport#show(Stage,
 * id.kalbarprov.loket.Loket, id.kalbarprov.loket.ui.common.DialogService, double, double)}), bring it into
 * the state to check, then {@code assertThat(LayoutCheck.problems(robot, stage)).isEmpty()}; add
 * {@link #popupProblems} to open every drop-down once.
 */
public final class LayoutCheck {

    /** Sub-pixel layout rounding. */
    private static final double TOLERANCE = 1.0;

    private LayoutCheck() {
    }

    /** Everything on {@code stage}'s scene that does not fit, in words; empty when all fits. */
    public static List<String> problems(FxRobot robot, Stage stage) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> out = new ArrayList<>();
        robot.interact(() -> {
            Scene scene = stage.getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            visit(scene.getRoot(), scene, out);
        });
        return out;
    }

    /**
     * Opens every visible, enabled drop-down (combo box, date picker) once and reports a pop-up larger
     * than the window (the system cannot move it onto the screen then) and cut texts inside it.
     */
    public static List<String> popupProblems(FxRobot robot, Stage stage) {
        List<ComboBoxBase<?>> boxes = new ArrayList<>();
        robot.interact(() -> collect(stage.getScene().getRoot(), boxes));
        List<String> out = new ArrayList<>();
        for (ComboBoxBase<?> box : boxes) {
            robot.interact(box::show);
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                for (Window w : Window.getWindows()) {
                    if (w instanceof PopupWindow p && p.isShowing() && p.getOwnerWindow() == stage) {
                        p.getScene().getRoot().applyCss();
                        p.getScene().getRoot().layout();
                        String name = describe(box);
                        // The system moves a pop-up that would cross the screen edge back onto the screen
                        // (the window fills a small screen); it cannot when the pop-up is larger than the window.
                        if (p.getWidth() > stage.getWidth() + TOLERANCE || p.getHeight() > stage.getHeight() + TOLERANCE) {
                            out.add("the list of " + name + " is larger than the window ("
                                    + (int) p.getWidth() + "×" + (int) p.getHeight() + " in a " + (int) stage.getWidth()
                                    + "×" + (int) stage.getHeight() + " window)");
                        }
                        List<String> inside = new ArrayList<>();
                        visit(p.getScene().getRoot(), p.getScene(), inside);
                        inside.stream().filter(s -> s.contains("is cut")).forEach(s -> out.add("in the list of " + name + ": " + s));
                    }
                }
                box.hide();
            });
        }
        return out;
    }

    private static void collect(Node node, List<ComboBoxBase<?>> boxes) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ComboBoxBase<?> box) {
            if (!box.isDisabled()) {
                boxes.add(box);
            }
            return;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, boxes);
            }
        }
    }

    private static void visit(Node node, Scene scene, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                && bar.getWidth() > 0 && bar.getHeight() > 0 && !insideTextInput(bar)) {
            out.add("sideways scrolling in " + describe(owningControl(bar)));
        }
        if (node instanceof Labeled labeled) {
            checkLabeled(labeled, out);
        }
        if (node instanceof TextInputControl field) {
            checkPrompt(field, out);
        }
        if (node instanceof TableView<?> table) {
            checkColumns(table, out);
        }
        if (node instanceof TabPane tabs && tabsOverflow(tabs)) {
            out.add("the tabs of " + describe(tabs) + " do not fit: some are hidden behind the overflow menu");
        }
        if (node instanceof Control control && !(node instanceof IndexedCell<?>) && checkedForBounds(control)) {
            checkBounds(control, scene, out);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child, scene, out);
            }
        }
    }

    private static void checkLabeled(Labeled labeled, List<String> out) {
        String full = labeled.getText();
        if (full == null || full.isBlank() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return;
        }
        if (elidableCell(labeled)) {
            return;
        }
        Text shown = null;
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                shown = t;
                break;
            }
        }
        if (shown == null) {
            return; // not skinned yet
        }
        String expected = labeled.isMnemonicParsing() ? withoutMnemonic(full) : full;
        if (!squeeze(expected).equals(squeeze(shown.getText())) || labeled.getWidth() <= 0) {
            out.add("'" + expected + "' is cut to '" + shown.getText() + "' in " + describe(labeled)
                    + " (" + (int) labeled.getWidth() + " px wide)");
        }
    }

    /** Every column's header lies inside the table: no column is pushed out of sight (with or without rows). */
    private static void checkColumns(TableView<?> table, List<String> out) {
        Bounds t = table.localToScene(table.getLayoutBounds());
        double right = t.getMaxX() - table.snappedRightInset();
        for (Node header : table.lookupAll(".column-header")) {
            if (header instanceof TableColumnHeader h && h.isVisible() && h.getTableColumn() != null
                    && h.getTableColumn().getColumns().isEmpty()) {
                Bounds b = h.localToScene(h.getLayoutBounds());
                if (b.getMaxX() > right + TOLERANCE || b.getWidth() <= 0) {
                    out.add("column '" + h.getTableColumn().getText() + "' of " + describe(table)
                            + " lies outside the table (ends at x " + (int) b.getMaxX() + ", the table at " + (int) right
                            + ")");
                }
            }
        }
    }

    private static void checkPrompt(TextInputControl field, List<String> out) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isBlank() || (field.getText() != null && !field.getText().isEmpty())) {
            return;
        }
        Text probe = new Text(prompt);
        probe.setFont(field.getFont());
        double need = probe.getLayoutBounds().getWidth();
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        if (need > room + TOLERANCE) {
            out.add("the prompt '" + prompt + "' is cut in " + describe(field) + " (needs " + (int) need + " px, has "
                    + (int) room + ")");
        }
    }

    private static void checkBounds(Control control, Scene scene, List<String> out) {
        if (control.getWidth() <= 0 && control.getHeight() <= 0) {
            return;
        }
        Bounds b = control.localToScene(control.getLayoutBounds());
        boolean scrolls = false;
        for (Node n = control.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane) {
                scrolls = true;
            }
            Node clip = n.getClip();
            if (clip != null && !(n instanceof Text)) {
                Bounds c = n.localToScene(clip.getBoundsInParent());
                boolean vertical = n.getStyleClass().contains("viewport") || n.getStyleClass().contains("clipped-container");
                if (b.getMinX() < c.getMinX() - TOLERANCE || b.getMaxX() > c.getMaxX() + TOLERANCE
                        || (!vertical && !scrolls && (b.getMinY() < c.getMinY() - TOLERANCE
                        || b.getMaxY() > c.getMaxY() + TOLERANCE))) {
                    out.add(describe(control) + " lies outside the part of the window that shows it ("
                            + rect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()) + " outside "
                            + rect(c.getMinX(), c.getMinY(), c.getWidth(), c.getHeight()) + ")");
                    return;
                }
            }
        }
        if (b.getMinX() < -TOLERANCE || b.getMaxX() > scene.getWidth() + TOLERANCE
                || (!scrolls && (b.getMinY() < -TOLERANCE || b.getMaxY() > scene.getHeight() + TOLERANCE))) {
            out.add(describe(control) + " lies outside the window (" + rect(b.getMinX(), b.getMinY(), b.getWidth(),
                    b.getHeight()) + " in " + (int) scene.getWidth() + "×" + (int) scene.getHeight() + ")");
        }
    }

    /** Controls laid out by the screen, not the inner parts of another control (a table's header, a spinner's field). */
    private static boolean checkedForBounds(Control control) {
        for (Node n = control.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Control c) {
                return c instanceof ScrollPane || c instanceof SplitPane || c instanceof TabPane
                        || c instanceof TitledPane || c instanceof Accordion || c instanceof ToolBar
                        || c instanceof javafx.scene.control.ButtonBar;
            }
        }
        return true;
    }

    private static boolean elidableCell(Labeled labeled) {
        if (Columns.isElidable(labeled)) {
            return true; // one line of a two-line cell that may be cut
        }
        if (labeled instanceof TableCell<?, ?> cell) {
            return cell.getTableColumn() == null || Columns.isElidable(cell.getTableColumn());
        }
        if (labeled instanceof ListCell<?> cell) {
            ListView<?> list = cell.getListView();
            if (list == null) {
                return false; // a combo box's button cell: what the box shows must fit
            }
            return Columns.isElidable(list);
        }
        return labeled instanceof IndexedCell<?>;
    }

    private static boolean tabsOverflow(TabPane tabs) {
        Node down = tabs.lookup(".control-buttons-tab");
        return down != null && down.isVisible() && down.getLayoutBounds().getWidth() > 0
                && tabs.lookupAll(".tab-down-button").stream().anyMatch(n -> n.isVisible() && visibleUp(n, tabs));
    }

    private static boolean visibleUp(Node n, Node stop) {
        for (Node x = n; x != null && x != stop; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideTextInput(Node n) {
        for (Node x = n.getParent(); x != null; x = x.getParent()) {
            if (x instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }

    private static Node owningControl(Node n) {
        for (Node x = n.getParent(); x != null; x = x.getParent()) {
            if (x instanceof Control) {
                return x;
            }
        }
        return n;
    }

    static String describe(Node n) {
        StringBuilder s = new StringBuilder(n.getClass().getSimpleName());
        Node named = n;
        while (named != null && named.getId() == null) {
            named = named.getParent();
        }
        if (named == n) {
            s.append(" #").append(n.getId());
        } else if (named != null) {
            s.append(" in #").append(named.getId());
        }
        if (n instanceof Labeled l && l.getText() != null && named != n) {
            s.append(" ('").append(l.getText()).append("')");
        }
        return s.toString();
    }

    private static String rect(double x, double y, double w, double h) {
        return String.format(Locale.ROOT, "x %.0f, y %.0f, %.0f×%.0f", x, y, w, h);
    }

    private static String withoutMnemonic(String text) {
        int i = text.indexOf('_');
        return i >= 0 && i + 1 < text.length() ? text.substring(0, i) + text.substring(i + 1) : text;
    }

    private static String squeeze(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }
}
