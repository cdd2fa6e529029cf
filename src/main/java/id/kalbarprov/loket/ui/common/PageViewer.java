package id.kalbarprov.loket.ui.common;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;

/**
 * A letter's pages at a readable size (issue 13): one page at a time, fitted to the width of the
 * window or at a chosen zoom (100 % is the paper's real size on a 96 dpi screen). Keys: Page Down /
 * Page Up (or Alt+→ / Alt+←) turn the page, Ctrl+plus / Ctrl+minus zoom, Ctrl+0 shows 100 %, Ctrl+1
 * fits the width, Ctrl+Home / Ctrl+End go to the first / last page; Esc closes the window that holds it.
 */
public final class PageViewer extends BorderPane {

    /** The resolution the pages are rendered at: sharp up to 150 %. */
    public static final float RENDER_DPI = 144f;
    /** Zoom steps, as a share of the paper's real size. */
    static final double[] ZOOMS = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0};
    private static final double SCREEN_DPI = 96;

    private final List<Image> pages = new ArrayList<>();
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    /** The zoom, or 0 while the page fits the width. */
    private final DoubleProperty zoom = new SimpleDoubleProperty(0);
    private final ImageView view = new ImageView();
    private final ScrollPane scroll;
    private final Label pageLabel = new Label();
    private final Label zoomLabel = new Label();
    private final I18n i18n;

    public PageViewer(I18n i18n, List<BufferedImage> images, Runnable onClose) {
        this.i18n = i18n;
        for (BufferedImage img : images) {
            pages.add(SwingFXUtils.toFXImage(img, null));
        }
        setId("page-viewer");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setId("page-viewer-page");
        view.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.3), 8, 0, 0, 2);");
        StackPane paper = new StackPane(view);
        paper.setPadding(new Insets(12));
        paper.setStyle("-fx-background-color: -color-bg-subtle;");
        scroll = new ScrollPane(paper);
        scroll.setId("page-viewer-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPannable(true);
        scroll.setFocusTraversable(true);
        scroll.setAccessibleText(i18n.t("pages.accessible"));
        setCenter(scroll);

        Button prev = button("page-viewer-prev", "pages.prev", () -> turn(-1));
        Button next = button("page-viewer-next", "pages.next", () -> turn(1));
        prev.disableProperty().bind(page.lessThanOrEqualTo(0));
        next.disableProperty().bind(page.greaterThanOrEqualTo(pages.size() - 1));
        pageLabel.setId("page-viewer-page-number");
        ToggleButton fit = new ToggleButton(i18n.t("pages.fitWidth"));
        fit.setId("page-viewer-fit");
        fit.selectedProperty().bind(zoom.isEqualTo(0, 0.001));
        fit.setOnAction(e -> fitWidth());
        Button actual = button("page-viewer-100", "pages.actualSize", () -> zoom.set(1.0));
        Button smaller = button("page-viewer-zoom-out", "pages.zoomOut", () -> step(-1));
        Button larger = button("page-viewer-zoom-in", "pages.zoomIn", () -> step(1));
        zoomLabel.setId("page-viewer-zoom");
        zoomLabel.setMinWidth(48);
        Button close = button("page-viewer-close", "pages.close", onClose);
        close.setCancelButton(true);
        FlowPane bar = new FlowPane(8, 6, prev, pageLabel, next, new Label("   "), fit, actual, smaller, zoomLabel,
                larger, new Label("   "), close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        Label hint = new Label(i18n.t("pages.keys"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setPadding(new Insets(0, 12, 6, 12));
        setTop(new javafx.scene.layout.VBox(bar, hint));

        page.addListener((o, a, b) -> show());
        zoom.addListener((o, a, b) -> show());
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            if (zoom.get() == 0) {
                show();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        show();
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(i18n.t(key));
        b.setId(id);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean handled = true;
        if (code == KeyCode.PAGE_DOWN || (e.isAltDown() && code == KeyCode.RIGHT)) {
            turn(1);
        } else if (code == KeyCode.PAGE_UP || (e.isAltDown() && code == KeyCode.LEFT)) {
            turn(-1);
        } else if (code == KeyCode.HOME && e.isShortcutDown()) {
            page.set(0);
        } else if (code == KeyCode.END && e.isShortcutDown()) {
            page.set(Math.max(0, pages.size() - 1));
        } else if (e.isShortcutDown() && (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD)) {
            step(1);
        } else if (e.isShortcutDown() && (code == KeyCode.MINUS || code == KeyCode.SUBTRACT)) {
            step(-1);
        } else if (e.isShortcutDown() && (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0)) {
            zoom.set(1.0);
        } else if (e.isShortcutDown() && (code == KeyCode.DIGIT1 || code == KeyCode.NUMPAD1)) {
            fitWidth();
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void turn(int by) {
        int to = Math.max(0, Math.min(pages.size() - 1, page.get() + by));
        page.set(to);
        scroll.setVvalue(0);
    }

    private void fitWidth() {
        zoom.set(0);
        show();
    }

    /** One zoom step up or down from what is shown now (from fit width: the nearest step). */
    private void step(int direction) {
        double now = shownZoom();
        double to = now;
        if (direction > 0) {
            for (double z : ZOOMS) {
                if (z > now + 0.01) {
                    to = z;
                    break;
                }
            }
        } else {
            for (int i = ZOOMS.length - 1; i >= 0; i--) {
                if (ZOOMS[i] < now - 0.01) {
                    to = ZOOMS[i];
                    break;
                }
            }
        }
        zoom.set(to);
    }

    /** The zoom the page is shown at now (while fitting the width: what that width works out to). */
    public double shownZoom() {
        if (pages.isEmpty()) {
            return 1.0;
        }
        return view.getFitWidth() / realWidth(pages.get(page.get()));
    }

    private static double realWidth(Image img) {
        return img.getWidth() * SCREEN_DPI / RENDER_DPI;
    }

    private void show() {
        if (pages.isEmpty()) {
            view.setImage(null);
            pageLabel.setText(i18n.t("pages.none"));
            zoomLabel.setText("");
            return;
        }
        Image img = pages.get(page.get());
        view.setImage(img);
        double width;
        if (zoom.get() == 0) {
            double room = scroll.getViewportBounds().getWidth() - 24 - 4;
            width = room > 50 ? room : realWidth(img);
        } else {
            width = realWidth(img) * zoom.get();
        }
        view.setFitWidth(width);
        pageLabel.setText(i18n.t("pages.pageOf", page.get() + 1, pages.size()));
        zoomLabel.setText(Math.round(width / realWidth(img) * 100) + " %");
    }

    /** The page shown, from 0. */
    public IntegerProperty page() {
        return page;
    }

    public int pageCount() {
        return pages.size();
    }

    /** Focus on the page, so the keys work at once. */
    public void focusPage() {
        scroll.requestFocus();
    }
}
