package id.kalbarprov.loket.ui.shell;

import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.ui.common.CreatesNew;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.LetterFilterTarget;
import id.kalbarprov.loket.ui.common.Screen;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The main window: navigation on the left, the current screen on the right. */
public final class MainWindow implements Navigator {

    private final BorderPane root = new BorderPane();
    private final Map<NavItem, Function<Navigator, Screen>> factories;
    private final Map<NavItem, Screen> built = new EnumMap<>(NavItem.class);
    private final Map<NavItem, ScrollPane> scrolls = new EnumMap<>(NavItem.class);
    private final Map<NavItem, ToggleButton> buttons = new EnumMap<>(NavItem.class);
    private final ToggleGroup group = new ToggleGroup();
    private final VBox nav = new VBox(4);
    private java.util.function.Predicate<NavItem> allowed = i -> true;
    private java.util.function.Consumer<NavItem> shown = i -> { };
    private NavItem current;
    private final I18n i18n;
    private final VBox banners = new VBox();
    private javafx.scene.Node banner;
    private javafx.scene.Node lostBanner;
    private final java.util.concurrent.atomic.AtomicBoolean changePending = new java.util.concurrent.atomic.AtomicBoolean();

    /** {@code factories} build each screen on first use; they get this window to navigate with. */
    public MainWindow(I18n i18n, Map<NavItem, Function<Navigator, Screen>> factories, String operatorLabel) {
        this.factories = new EnumMap<>(factories);
        this.i18n = i18n;
        banners.setId("banners");
        root.setTop(banners);
        nav.setId("navigation");
        nav.getStyleClass().add("nav");
        Label brand = new Label(i18n.t("app.name"));
        brand.getStyleClass().addAll("title-3", "nav-brand");
        Label office = new Label(i18n.t("app.office"));
        office.getStyleClass().addAll("text-small", "nav-office");
        office.setWrapText(true);
        nav.getChildren().addAll(brand, office);
        int n = 1;
        for (NavItem item : NavItem.values()) {
            ToggleButton b = new ToggleButton(i18n.of("nav", item));
            b.setId(item.buttonId());
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("nav-button");
            b.setAccessibleHelp("Ctrl+" + (n % 10));
            b.setOnAction(e -> show(item));
            buttons.put(item, b);
            nav.getChildren().add(b);
            n++;
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label who = new Label(operatorLabel);
        who.setId("operator-label");
        who.getStyleClass().add("text-small");
        // the database line names a file path or server address: wrapped in full, never cut with "…"
        who.setWrapText(true);
        who.setMinHeight(Region.USE_PREF_SIZE);
        who.setMaxWidth(Double.MAX_VALUE);
        who.setTooltip(new javafx.scene.control.Tooltip(operatorLabel));
        nav.getChildren().addAll(spacer, who);
        nav.setPrefWidth(210);
        nav.setMinWidth(190);
        root.setLeft(nav);
        root.getStyleClass().add("main-window");
    }

    /** Installs Ctrl+1 ... Ctrl+9 and Ctrl+0 on the scene. */
    public void installShortcuts(javafx.scene.Scene scene) {
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9, KeyCode.DIGIT0};
        for (NavItem item : NavItem.values()) {
            scene.getAccelerators().put(new KeyCodeCombination(digits[item.ordinal()], KeyCombination.SHORTCUT_DOWN),
                    () -> show(item));
        }
        // Ctrl+N: a new incoming letter from anywhere, the desk's most frequent action.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            if (current != NavItem.SURAT_MASUK) {
                show(NavItem.SURAT_MASUK); // already there: the form opens in place, the focus stays in the window
            }
            if (current == NavItem.SURAT_MASUK && screen(NavItem.SURAT_MASUK) instanceof CreatesNew target) {
                target.openNew();
            }
        });
    }

    public Parent root() {
        return root;
    }

    public NavItem current() {
        return current;
    }

    /** The screen of {@code item}, built on first use. */
    public Screen screen(NavItem item) {
        return built.computeIfAbsent(item, i -> factories.get(i).apply(this));
    }

    @Override
    public void openRegister(LetterFilter filter) {
        if (screen(NavItem.SURAT_MASUK) instanceof LetterFilterTarget target) {
            target.applyFilter(filter);
        }
        show(NavItem.SURAT_MASUK);
    }

    @Override
    public void openSettings(String tabId) {
        show(NavItem.PENGATURAN);
        if (current == NavItem.PENGATURAN && screen(NavItem.PENGATURAN)
                instanceof id.kalbarprov.loket.ui.common.TabTarget settings) {
            settings.select(tabId);
        }
    }

    /** Adds a node at the bottom of the navigation (the signed-in operator, sign out). */
    public void addToNavigation(javafx.scene.Node node) {
        nav.getChildren().add(node);
    }

    /** Disables the rooms the signed-in operator's roles cannot use; {@link #show} ignores them. */
    public void allow(java.util.function.Predicate<NavItem> rule) {
        this.allowed = rule;
        buttons.forEach((item, b) -> b.setDisable(!rule.test(item)));
    }

    /** Called after each change of screen (the session re-reads the operator's rights then). */
    public void onShown(java.util.function.Consumer<NavItem> listener) {
        this.shown = listener;
    }

    /** Forgets the built screen of {@code item}: the next {@link #show} builds it again (its tabs follow the roles). */
    public void rebuild(NavItem item) {
        built.remove(item);
        scrolls.remove(item);
        if (current == item) {
            show(item);
        }
    }

    /**
     * The database changed (here or at another desk); callable from any thread. The screen that
     * shows refreshes once for any number of changes that arrive before it gets to it.
     */
    public void dataChanged() {
        if (changePending.compareAndSet(false, true)) {
            javafx.application.Platform.runLater(() -> {
                changePending.set(false);
                if (current != null && built.containsKey(current)) {
                    built.get(current).onDataChanged();
                }
            });
        }
    }

    /** A warning across the top of the window (e.g. the audit log was altered). */
    public void setBanner(javafx.scene.Node banner) {
        if (this.banner != null) {
            banners.getChildren().remove(this.banner);
        }
        this.banner = banner;
        banners.getChildren().add(0, banner);
    }

    /**
     * The database server answers ({@code up}) or not; callable from any thread. While it does not, a
     * banner across the top says so; the screens keep what is typed in them. It goes when the server is back.
     */
    public void connection(boolean up) {
        javafx.application.Platform.runLater(() -> {
            if (up && lostBanner != null) {
                banners.getChildren().remove(lostBanner);
                lostBanner = null;
            } else if (!up && lostBanner == null) {
                Label l = new Label(i18n.t("connection.lost"));
                l.setId("connection-lost-banner");
                l.getStyleClass().add("banner-danger");
                l.setWrapText(true);
                l.setMaxWidth(Double.MAX_VALUE);
                lostBanner = l;
                banners.getChildren().add(l);
            }
        });
    }

    @Override
    public void show(NavItem item) {
        if (!allowed.test(item)) {
            return;
        }
        Screen screen = screen(item);
        current = item;
        buttons.get(item).setSelected(true);
        // One scroll pane per screen, kept: showing the screen again does not take its nodes out of the
        // scene, which would drop the keyboard focus to the navigation.
        ScrollPane scroll = scrolls.computeIfAbsent(item, i -> {
            ScrollPane p = id.kalbarprov.loket.ui.common.FollowFocus.install(new ScrollPane(screen.view()));
            p.setFitToWidth(true);
            p.setFitToHeight(true);
            p.getStyleClass().add("edge-to-edge");
            return p;
        });
        if (root.getCenter() != scroll) {
            root.setCenter(scroll);
            if (root.getScene() != null) {
                // A screen shown for the first time is not in the scene until its skins exist (a TabPane
                // adds its tabs' content then): build them now, so what the screen focuses in onShow can
                // take the keyboard. Without it, after a sign-in Ctrl+2 left the focus on Beranda's button
                // and the clerk's next Enter opened another room.
                root.applyCss();
                root.layout();
            }
        }
        screen.onShow();
        shown.accept(item);
    }
}
