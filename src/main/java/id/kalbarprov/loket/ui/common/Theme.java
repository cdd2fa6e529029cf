package id.kalbarprov.loket.ui.common;

import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import java.util.Objects;
import javafx.scene.Scene;

/**
 * The app's look: AtlantaFX's Primer Light under Loket's own stylesheet. The build turns both into
 * JavaFX's binary form ({@code .bss}, pom.xml: Css2Bin), which loads without parsing about 170 kB of
 * CSS before the first frame (issue 16, start-up). Without the build's files (an IDE run of the
 * sources) the CSS itself is used, with the same rules (ThemeTest compares them).
 */
public final class Theme {
    static final String THEME_BSS = "/css/primer-light.bss";
    static final String OWN_BSS = "/css/loket.bss";
    static final String OWN_CSS = "/css/loket.css";

    private Theme() {
    }

    /** The user-agent stylesheet for {@link javafx.application.Application#setUserAgentStylesheet}. */
    public static String userAgent() {
        URL binary = Theme.class.getResource(THEME_BSS);
        return binary != null ? binary.toExternalForm() : new PrimerLight().getUserAgentStylesheet();
    }

    /** Loket's own stylesheet, added to every scene of the app. */
    public static String own() {
        URL binary = Theme.class.getResource(OWN_BSS);
        return (binary != null ? binary : Objects.requireNonNull(Theme.class.getResource(OWN_CSS))).toExternalForm();
    }

    /** Gives {@code scene} Loket's own stylesheet. */
    public static void style(Scene scene) {
        scene.getStylesheets().add(own());
    }
}
